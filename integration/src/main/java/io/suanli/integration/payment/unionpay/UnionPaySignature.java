package io.suanli.integration.payment.unionpay;

import io.suanli.integration.payment.support.Forms;
import io.suanli.integration.payment.support.Rsa;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The UPACP 5.1.0 signature with {@code signMethod=01} (public specification "签名机制"): the fields except
 * {@code signature}, sorted by name, as {@code name=value&…} (empty values included); its SHA-256 as lower-case hex;
 * that hex string signed with SHA256withRSA; Base64.
 */
public final class UnionPaySignature {

    /** The field that carries the signature. */
    public static final String FIELD = "signature";

    private UnionPaySignature() {
    }

    /** The signature of the fields (any {@code signature} field among them is ignored). */
    public static String sign(Map<String, String> fields, PrivateKey key) {
        return Rsa.sign(key, digest(fields));
    }

    /** True when the fields' {@code signature} is valid for the others under the key. */
    public static boolean verify(Map<String, String> fields, PublicKey key) {
        return Rsa.verify(key, digest(fields), fields.get(FIELD));
    }

    /** The hex SHA-256 of the sorted {@code name=value&…} string: the text that is actually RSA-signed. */
    static String digest(Map<String, String> fields) {
        String data = Forms.signString(fields, List.of(FIELD), false);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(data.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
