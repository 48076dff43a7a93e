package io.suanli.core.system.application;

import java.io.Serial;
import java.io.Serializable;

/**
 * The security settings of the platform (SPEC S2). Every field has a safe default; a change takes effect on the
 * next login or password change, without a restart.
 *
 * @param passwordMinLength      minimum password length (8–64)
 * @param passwordMinClasses     how many of lower case, upper case, digits and symbols a password needs (1–4)
 * @param passwordExpiryDays     days after which a password must be changed; 0 = never
 * @param captchaMode            when the login asks for the image captcha
 * @param captchaAfterFailures   failed logins of an account (or a browser) after which the captcha is asked for
 * @param lockoutThreshold       failed logins that lock an account; 0 = never
 * @param lockoutMinutes         how long a lock lasts
 * @param registrationValidityDays days an unverified registration is kept before it expires
 * @param concurrentLoginLimit   browser logins one account may hold at once; 0 = no limit
 * @param concurrentLoginPolicy  what happens to a login beyond the limit
 * @param mfaStaffRequired       staff must use a second factor
 * @param mfaCustomerRequired    customers must use a second factor
 */
public record SecurityPolicy(int passwordMinLength, int passwordMinClasses, int passwordExpiryDays,
                             CaptchaMode captchaMode, int captchaAfterFailures, int lockoutThreshold,
                             int lockoutMinutes, int registrationValidityDays, int concurrentLoginLimit,
                             ConcurrentLoginPolicy concurrentLoginPolicy, boolean mfaStaffRequired,
                             boolean mfaCustomerRequired) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public enum CaptchaMode { OFF, AFTER_FAILURES, ALWAYS }

    public enum ConcurrentLoginPolicy { REFUSE_NEW, END_OLDEST }

    public static SecurityPolicy defaults() {
        return new SecurityPolicy(10, 3, 0, CaptchaMode.AFTER_FAILURES, 3, 5, 15, 7, 3,
                ConcurrentLoginPolicy.END_OLDEST, true, false);
    }

    /** Whether a login with this many recent failures must pass the captcha. */
    public boolean captchaRequired(int failures) {
        return switch (captchaMode) {
            case OFF -> false;
            case ALWAYS -> true;
            case AFTER_FAILURES -> failures >= captchaAfterFailures;
        };
    }
}
