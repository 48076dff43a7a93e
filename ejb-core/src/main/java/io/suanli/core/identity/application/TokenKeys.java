package io.suanli.core.identity.application;

import io.suanli.core.identity.domain.JwtCodec;
import io.suanli.core.shared.application.PlatformConfig;
import io.suanli.core.system.application.SettingsService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;

/**
 * The RSA key pair that signs API tokens. Created once per installation and kept in the settings table, so
 * that every node of a cluster verifies the same tokens and a restart does not log anyone out.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@Lock(LockType.READ)
@jakarta.annotation.security.PermitAll // reached by the login and token checks before anybody is logged in
public class TokenKeys {

    static final String PRIVATE = "security.jwt.private-key";
    static final String PUBLIC = "security.jwt.public-key";

    @Inject
    SettingsService settings;

    @Inject
    PlatformConfig config;

    private JwtCodec codec;

    @PostConstruct
    void load() {
        try {
            Optional<String> priv = settings.find(PRIVATE);
            Optional<String> pub = settings.find(PUBLIC);
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            PrivateKey privateKey;
            PublicKey publicKey;
            if (priv.isPresent() && pub.isPresent()) {
                privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(priv.get())));
                publicKey = rsa.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pub.get())));
            } else {
                KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
                g.initialize(2048);
                KeyPair pair = g.generateKeyPair();
                privateKey = pair.getPrivate();
                publicKey = pair.getPublic();
                settings.putSystem(PRIVATE, Base64.getEncoder().encodeToString(privateKey.getEncoded()));
                settings.putSystem(PUBLIC, Base64.getEncoder().encodeToString(publicKey.getEncoded()));
            }
            codec = new JwtCodec(privateKey, publicKey, config.jwtIssuer());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot load the token keys", e);
        }
    }

    public JwtCodec codec() {
        return codec;
    }
}
