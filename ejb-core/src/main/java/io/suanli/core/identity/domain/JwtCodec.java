package io.suanli.core.identity.domain;

import io.suanli.core.shared.domain.AuthenticationFailedException;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Signs and verifies RS256 JSON Web Tokens with the claims of MicroProfile JWT ({@code iss, sub, upn, groups,
 * iat, exp, jti}) plus {@code customerId}. Verification checks the algorithm, the signature, the issuer and
 * the expiry (with {@link #LEEWAY_SECONDS} of clock skew) and refuses anything else.
 */
public final class JwtCodec {

    public static final long LEEWAY_SECONDS = 30;
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String issuer;

    public JwtCodec(PrivateKey privateKey, PublicKey publicKey, String issuer) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.issuer = issuer;
    }

    /** The verified content of a token. */
    public record Claims(String subject, Set<String> groups, Long customerId, Instant issuedAt, Instant expiresAt,
                         String id, String stamp) {
    }

    public String sign(String subject, Set<String> groups, Long customerId, Instant issuedAt, Instant expiresAt) {
        return sign(subject, groups, customerId, issuedAt, expiresAt, null);
    }

    /**
     * A token carrying the {@code stamp} of the credentials it was issued under (claim {@code sst}): the verifier
     * compares it with the account's current stamp, so a password change invalidates every earlier token at once.
     */
    public String sign(String subject, Set<String> groups, Long customerId, Instant issuedAt, Instant expiresAt,
                       String stamp) {
        JsonArrayBuilder g = Json.createArrayBuilder();
        groups.stream().sorted().forEach(g::add);
        var payload = Json.createObjectBuilder()
                .add("iss", issuer)
                .add("sub", subject)
                .add("upn", subject)
                .add("groups", g)
                .add("iat", issuedAt.getEpochSecond())
                .add("exp", expiresAt.getEpochSecond())
                .add("jti", UUID.randomUUID().toString());
        if (customerId != null) {
            payload.add("customerId", customerId);
        }
        if (stamp != null) {
            payload.add("sst", stamp);
        }
        String header = Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT").build().toString();
        String signingInput = B64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + B64.encodeToString(payload.build().toString().getBytes(StandardCharsets.UTF_8));
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(privateKey);
            s.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64.encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

    /** Verifies a token at {@code now}; every defect is an {@link AuthenticationFailedException}. */
    public Claims verify(String token, Instant now) {
        String[] parts = token == null ? new String[0] : token.split("\\.", -1);
        if (parts.length != 3) {
            throw new AuthenticationFailedException("auth.tokenInvalid");
        }
        try {
            JsonObject header = parse(parts[0]);
            if (!"RS256".equals(header.getString("alg", null))) {
                throw new AuthenticationFailedException("auth.tokenInvalid");
            }
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initVerify(publicKey);
            s.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!s.verify(B64D.decode(parts[2]))) {
                throw new AuthenticationFailedException("auth.tokenInvalid");
            }
            JsonObject claims = parse(parts[1]);
            if (!issuer.equals(claims.getString("iss", null))) {
                throw new AuthenticationFailedException("auth.tokenInvalid");
            }
            Instant exp = Instant.ofEpochSecond(claims.getJsonNumber("exp").longValueExact());
            if (!now.isBefore(exp.plusSeconds(LEEWAY_SECONDS))) {
                throw new AuthenticationFailedException("auth.tokenExpired");
            }
            Set<String> groups = new LinkedHashSet<>();
            for (JsonValue v : claims.getJsonArray("groups")) {
                groups.add(((JsonString) v).getString());
            }
            Long customerId = claims.containsKey("customerId") ? claims.getJsonNumber("customerId").longValueExact() : null;
            return new Claims(claims.getString("upn"), groups, customerId,
                    Instant.ofEpochSecond(claims.getJsonNumber("iat").longValueExact()), exp, claims.getString("jti"),
                    claims.getString("sst", null));
        } catch (AuthenticationFailedException e) {
            throw e;
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new AuthenticationFailedException("auth.tokenInvalid");
        }
    }

    private static JsonObject parse(String part) {
        try (JsonReader r = Json.createReader(new StringReader(new String(B64D.decode(part), StandardCharsets.UTF_8)))) {
            return r.readObject();
        }
    }
}
