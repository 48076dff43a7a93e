package io.suanli.core.system.application;

import io.suanli.core.shared.domain.Audited;
import io.suanli.core.shared.domain.RequiresFunction;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.shared.domain.StaffFunction;
import io.suanli.core.shared.domain.SuanliException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.function.Function;

/** Reads and changes the {@link SecurityPolicy}, kept as {@code security.*} settings. */
@Stateless
public class SecurityPolicyService {

    static final String PREFIX = "security.";

    @Inject
    SettingsService settings;

    @PermitAll
    public SecurityPolicy current() {
        SecurityPolicy d = SecurityPolicy.defaults();
        return new SecurityPolicy(
                integer("password.min-length", d.passwordMinLength()),
                integer("password.min-classes", d.passwordMinClasses()),
                integer("password.expiry-days", d.passwordExpiryDays()),
                value("captcha.mode", d.captchaMode(), SecurityPolicy.CaptchaMode::valueOf),
                integer("captcha.after-failures", d.captchaAfterFailures()),
                integer("lockout.threshold", d.lockoutThreshold()),
                integer("lockout.minutes", d.lockoutMinutes()),
                integer("registration.validity-days", d.registrationValidityDays()),
                integer("session.concurrent-limit", d.concurrentLoginLimit()),
                value("session.concurrent-policy", d.concurrentLoginPolicy(), SecurityPolicy.ConcurrentLoginPolicy::valueOf),
                value("mfa.staff-required", d.mfaStaffRequired(), Boolean::parseBoolean),
                value("mfa.customer-required", d.mfaCustomerRequired(), Boolean::parseBoolean));
    }

    @RolesAllowed(Roles.SYS_ADMIN)
    @Audited("SECURITY_POLICY_UPDATE")
    @RequiresFunction(StaffFunction.SYSTEM_SECURITY_EDIT)
    public SecurityPolicy update(SecurityPolicy p) {
        if (p == null || p.captchaMode() == null || p.concurrentLoginPolicy() == null) {
            throw new SuanliException("validation.required", "policy");
        }
        range("security.passwordMinLength", p.passwordMinLength(), 8, 64);
        range("security.passwordMinClasses", p.passwordMinClasses(), 1, 4);
        range("security.passwordExpiryDays", p.passwordExpiryDays(), 0, 3650);
        range("security.captchaAfterFailures", p.captchaAfterFailures(), 1, 100);
        range("security.lockoutThreshold", p.lockoutThreshold(), 0, 100);
        range("security.lockoutMinutes", p.lockoutMinutes(), 1, 10080);
        range("security.registrationValidityDays", p.registrationValidityDays(), 1, 365);
        range("security.concurrentLoginLimit", p.concurrentLoginLimit(), 0, 100);
        Map.ofEntries(
                Map.entry("password.min-length", String.valueOf(p.passwordMinLength())),
                Map.entry("password.min-classes", String.valueOf(p.passwordMinClasses())),
                Map.entry("password.expiry-days", String.valueOf(p.passwordExpiryDays())),
                Map.entry("captcha.mode", p.captchaMode().name()),
                Map.entry("captcha.after-failures", String.valueOf(p.captchaAfterFailures())),
                Map.entry("lockout.threshold", String.valueOf(p.lockoutThreshold())),
                Map.entry("lockout.minutes", String.valueOf(p.lockoutMinutes())),
                Map.entry("registration.validity-days", String.valueOf(p.registrationValidityDays())),
                Map.entry("session.concurrent-limit", String.valueOf(p.concurrentLoginLimit())),
                Map.entry("session.concurrent-policy", p.concurrentLoginPolicy().name()),
                Map.entry("mfa.staff-required", String.valueOf(p.mfaStaffRequired())),
                Map.entry("mfa.customer-required", String.valueOf(p.mfaCustomerRequired())))
                .forEach((k, v) -> settings.putBy(PREFIX + k, v));
        return current();
    }

    private int integer(String key, int fallback) {
        return value(key, fallback, Integer::parseInt);
    }

    private <T> T value(String key, T fallback, Function<String, T> parse) {
        try {
            return settings.find(PREFIX + key).map(parse).orElse(fallback);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    private static void range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new SuanliException("validation.range", field, min, max);
        }
    }
}
