package io.suanli.core.shared.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Platform configuration from MicroProfile Config (environment variables such as {@code SUANLI_PROFILE}
 * map to {@code suanli.profile}).
 */
@ApplicationScoped
public class PlatformConfig {

    @Inject
    @ConfigProperty(name = "suanli.profile", defaultValue = "prod")
    String profile;

    @Inject
    @ConfigProperty(name = "suanli.session.hours", defaultValue = "12")
    int sessionHours;

    @Inject
    @ConfigProperty(name = "suanli.jwt.minutes", defaultValue = "60")
    int jwtMinutes;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer", defaultValue = "https://suanli.io")
    String jwtIssuer;

    @Inject
    @ConfigProperty(name = "suanli.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "suanli.money.max-amount", defaultValue = "100000000.00")
    java.math.BigDecimal maxAmount;

    /** The largest single amount a person may enter (recharge, adjustment, credit line, coupon): a typing slip of a few zeros must not go through. */
    public io.suanli.core.shared.domain.Money maxAmount() {
        return io.suanli.core.shared.domain.Money.of(maxAmount);
    }

    /** The dev profile: demo data, simulated payment, SMS and cloud, and the movable clock. */
    public boolean isDev() {
        return "dev".equalsIgnoreCase(profile);
    }

    public String profile() {
        return isDev() ? "dev" : "prod";
    }

    public int sessionHours() {
        return sessionHours;
    }

    public int jwtMinutes() {
        return jwtMinutes;
    }

    public String jwtIssuer() {
        return jwtIssuer;
    }

    public String publicUrl() {
        return publicUrl;
    }
}
