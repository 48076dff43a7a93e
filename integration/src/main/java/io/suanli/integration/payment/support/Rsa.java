package io.suanli.integration.payment.support;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * RSA keys from configuration text and SHA256withRSA ("RSA2") signatures in Base64. Keys are PEM
 * ({@code -----BEGIN PRIVATE KEY-----}, PKCS#8; {@code -----BEGIN PUBLIC KEY-----}, X.509 SubjectPublicKeyInfo;
 * {@code -----BEGIN CERTIFICATE-----}) or the bare Base64 of the same (as Alipay's console shows them).
 */
public final class Rsa {

    private static final String ALGORITHM = "SHA256withRSA";

    private Rsa() {
    }

    /** A fresh 2048-bit RSA key pair (the simulator's and the tests' keys: never stored). */
    public static KeyPair generateKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }

    /** A PKCS#8 private key from PEM or bare Base64. PKCS#1 ({@code BEGIN RSA PRIVATE KEY}) must be converted first. */
    public static PrivateKey privateKey(String text) {
        if (text != null && text.contains("BEGIN RSA PRIVATE KEY")) {
            throw new IllegalArgumentException("PKCS#1 private key: convert it to PKCS#8 (openssl pkcs8 -topk8 -nocrypt)");
        }
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(text, "PRIVATE KEY")));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an RSA private key (PKCS#8)", e);
        }
    }

    /** A public key from PEM, bare Base64 or an X.509 certificate in PEM. */
    public static PublicKey publicKey(String text) {
        if (text != null && text.contains("BEGIN CERTIFICATE")) {
            return certificate(text).getPublicKey();
        }
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(text, "PUBLIC KEY")));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an RSA public key", e);
        }
    }

    /** An X.509 certificate from PEM. */
    public static X509Certificate certificate(String pem) {
        if (pem == null || pem.isBlank()) {
            throw new IllegalArgumentException("certificate is missing");
        }
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.strip().getBytes(StandardCharsets.US_ASCII)));
        } catch (CertificateException e) {
            throw new IllegalArgumentException("not an X.509 certificate", e);
        }
    }

    /** The bare Base64 of a key (no PEM lines, no white space), e.g. for the Alipay SDK. */
    public static String base64(java.security.Key key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /** A public key as PEM text. */
    public static String pem(PublicKey key) {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, new byte[]{'\n'}).encodeToString(key.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    /** A private key as PEM text (PKCS#8). */
    public static String pem(PrivateKey key) {
        return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, new byte[]{'\n'}).encodeToString(key.getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    /** SHA256withRSA over the UTF-8 bytes of the text, Base64. */
    public static String sign(PrivateKey key, String text) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with " + ALGORITHM, e);
        }
    }

    /**
     * True when the Base64 signature is a SHA256withRSA signature of the UTF-8 bytes of the text by the key. A
     * missing or malformed signature is simply not valid.
     */
    public static boolean verify(PublicKey key, String text, String base64Signature) {
        if (text == null || base64Signature == null || base64Signature.isBlank()) {
            return false;
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64Signature.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return signature.verify(raw);
        } catch (SignatureException e) {
            return false;
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("not a usable RSA public key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available", e);
        }
    }

    private static byte[] der(String text, String label) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("key is missing");
        }
        String body = text.replace("-----BEGIN " + label + "-----", "")
                .replace("-----END " + label + "-----", "")
                .replaceAll("\\s+", "");
        try {
            return Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("key is not Base64", e);
        }
    }
}
