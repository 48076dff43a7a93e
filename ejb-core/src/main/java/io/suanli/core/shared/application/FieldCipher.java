package io.suanli.core.shared.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * Encryption of sensitive fields at rest (ID numbers, mobiles, e-mail addresses, second-factor secrets):
 * AES-256-GCM with a random 96-bit IV, the field's name as associated data (a value cannot be moved to another
 * column), and the key id in the stored value ({@code v1:<keyId>:<base64>}) so keys can rotate: old values stay
 * readable while new ones use the active key. Keys come from MicroProfile Config:
 * {@code suanli.crypto.keys=k1:<base64 32 bytes>,k2:…} and {@code suanli.crypto.active-key=k2}. The dev profile
 * has a built-in key; production refuses to start encrypting without one.
 */
@ApplicationScoped
public class FieldCipher {

    /** Development key only (profile dev); never used by production. */
    static final String DEV_KEYS = "dev:ZGV2LW9ubHkta2V5LWRvLW5vdC11c2UtaW4tcHJvZCE=";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = "suanli.crypto.keys")
    Optional<String> keysConfig;

    @Inject
    @ConfigProperty(name = "suanli.crypto.active-key")
    Optional<String> activeKeyConfig;

    @Inject
    PlatformConfig platform;

    private final Map<String, SecretKeySpec> keys = new HashMap<>();
    private String activeKey;
    /** The key of blind indexes: the first key of the list, which therefore stays in the list across rotations. */
    private String indexKey;

    public FieldCipher() {
    }

    /** For tests: a cipher over the given key list ({@code id:base64,…}) and active key id. */
    public FieldCipher(String keys, String active) {
        load(keys, active);
    }

    @PostConstruct
    void init() {
        String configured = keysConfig.map(String::trim).orElse("");
        if (configured.isEmpty()) {
            if (!platform.isDev()) {
                throw new IllegalStateException("suanli.crypto.keys is not configured (SUANLI_CRYPTO_KEYS)");
            }
            load(DEV_KEYS, "dev");
        } else {
            load(configured, activeKeyConfig.orElse(null));
        }
    }

    private void load(String list, String active) {
        for (String entry : list.split(",")) {
            String[] p = entry.trim().split(":", 2);
            if (p.length != 2) {
                throw new IllegalStateException("suanli.crypto.keys entries are id:base64");
            }
            byte[] key = Base64.getDecoder().decode(p[1].trim());
            if (key.length != 32) {
                throw new IllegalStateException("crypto key " + p[0] + " must be 32 bytes");
            }
            keys.put(p[0].trim(), new SecretKeySpec(key, "AES"));
        }
        indexKey = list.split(",")[0].split(":")[0].trim();
        activeKey = active == null || active.isBlank() ? list.split(",")[0].split(":")[0].trim() : active.trim();
        if (!keys.containsKey(activeKey)) {
            throw new IllegalStateException("active crypto key " + activeKey + " is not among suanli.crypto.keys");
        }
    }

    public String encrypt(String field, String plaintext) {
        if (plaintext == null) {
            return null;
        }
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, keys.get(activeKey), new GCMParameterSpec(128, iv));
            c.updateAAD(field.getBytes(StandardCharsets.UTF_8));
            byte[] ct = c.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(iv.length + ct.length).put(iv).put(ct).array();
            return "v1:" + activeKey + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public String decrypt(String field, String stored) {
        if (stored == null) {
            return null;
        }
        String[] p = stored.split(":", 3);
        if (p.length != 3 || !"v1".equals(p[0]) || !keys.containsKey(p[1])) {
            throw new IllegalStateException("not a value of this cipher, or its key is unknown");
        }
        try {
            byte[] in = Base64.getDecoder().decode(p[2]);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, keys.get(p[1]), new GCMParameterSpec(128, in, 0, 12));
            c.updateAAD(field.getBytes(StandardCharsets.UTF_8));
            return new String(c.doFinal(in, 12, in.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("decryption failed (tampered value or wrong field)", e);
        }
    }

    /** Whether a stored value was written with an older key and should be re-encrypted. */
    public boolean needsRotation(String stored) {
        return stored != null && !stored.startsWith("v1:" + activeKey + ":");
    }

    /**
     * A keyed hash for finding or de-duplicating encrypted values (e.g. "is this mobile registered?") without
     * decrypting: HMAC-SHA256 under the index key (the first key of the list, stable across rotations), over the
     * field name and the normalised value.
     */
    public String blindIndex(String field, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keys.get(indexKey).getEncoded(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((field + "\u001f" + value.trim().toLowerCase()).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
