package io.suanli.integration.hcso;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Client tokens: the name under which a resource is created in the cloud, derived from our order number alone, so
 * that a retry (or a second attempt after a crash) asks for the same name and finds the resource instead of creating
 * a second one.
 * <p>
 * ModelArts pool names ({@code os.modelarts/name}) allow 4 to 25 lower-case letters, digits and hyphens; OBS bucket
 * names 3 to 63 of the same. A token is {@code sl-} plus the order number in lower case with other characters as
 * hyphens; when that is too long, {@code sl-} plus the first 22 hex digits of the order number's SHA-256 (still one
 * order, one name).
 */
public final class ClientTokens {

    /** Longest pool name ModelArts accepts. */
    public static final int MAX_POOL_NAME = 25;
    private static final String PREFIX = "sl-";

    private ClientTokens() {
    }

    /** The pool name for an order number. */
    public static String poolName(String orderNumber) {
        if (orderNumber == null || orderNumber.isBlank()) {
            throw new IllegalArgumentException("order number is missing");
        }
        String readable = PREFIX + orderNumber.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
        if (readable.length() <= MAX_POOL_NAME && !readable.endsWith("-")) {
            return readable;
        }
        return PREFIX + sha256Hex(orderNumber).substring(0, MAX_POOL_NAME - PREFIX.length());
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing", e);
        }
    }
}
