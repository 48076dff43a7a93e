package io.suanli.integration.sms.huawei;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/**
 * The WSSE UsernameToken authentication of Huawei Cloud's Message &amp; SMS API: a fixed {@code Authorization}
 * header and an {@code X-WSSE} header whose {@code PasswordDigest} is
 * {@code base64(sha256(nonce + created + appSecret))}.
 */
final class Wsse {

    static final String AUTHORIZATION = "WSSE realm=\"SDP\",profile=\"UsernameToken\",type=\"Appkey\"";

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private Wsse() {
    }

    /** The value of {@code X-WSSE} for one request. */
    static String header(String appKey, String appSecret, String nonce, Instant now) {
        String created = CREATED.format(now.truncatedTo(ChronoUnit.SECONDS));
        return "UsernameToken Username=\"" + appKey + "\",PasswordDigest=\"" + digest(nonce, created, appSecret)
                + "\",Nonce=\"" + nonce + "\",Created=\"" + created + "\"";
    }

    /** {@code base64(sha256(nonce + created + appSecret))} of the UTF-8 bytes. */
    static String digest(String nonce, String created, String appSecret) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] hash = sha256.digest((nonce + created + appSecret).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
