package io.suanli.core.identity.application;

import io.suanli.core.identity.domain.LoginSession;
import io.suanli.core.identity.domain.RecoveryCode;
import io.suanli.core.identity.domain.Totp;
import io.suanli.core.identity.domain.UserAccount;
import io.suanli.core.identity.domain.UserRepository;
import io.suanli.core.shared.application.FieldCipher;
import io.suanli.core.shared.domain.Ids;
import io.suanli.core.system.application.SecurityPolicy;
import io.suanli.core.system.application.SecurityPolicyService;
import io.suanli.core.system.application.SettingsService;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import io.suanli.core.shared.application.RequestContext;
import io.suanli.core.system.application.MessageService;
import io.suanli.core.shared.application.RealTime;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The second step of a login: TOTP codes from an authenticator app (enrolled with a QR code at the first login
 * that needs it) or one of ten single-use recovery codes. Secrets are encrypted at rest; wrong codes count
 * towards the lockout like wrong passwords.
 */
@Stateless
@PermitAll
public class SecondFactorService {

    static final String SECRET_FIELD = "totp_secret";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    @Inject
    RealTime time;

    @Inject
    UserRepository users;

    @Inject
    FieldCipher cipher;

    @Inject
    SecurityPolicyService policies;

    @Inject
    SettingsService settings;

    @Inject
    LoginSessions sessions;

    @Inject
    LoginFailures failures;

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    @Inject
    MessageService messages;

    @Inject
    RequestContext request;

    /** Whether the policy demands a second factor of this user. */
    public boolean requiredFor(UserAccount u, SecurityPolicy policy) {
        return u.isStaff() ? policy.mfaStaffRequired() : policy.mfaCustomerRequired();
    }

    /**
     * What the second-factor page shows for a waiting login; during an enrolment the secret is created (once) and
     * shown with its QR code URI. Empty when the token names no waiting login.
     */
    public Optional<SecondFactorChallenge> challenge(String token) {
        return waiting(token).map(s -> {
            UserAccount u = users.findById(s.userId()).orElseThrow();
            if (u.totpEnabled()) {
                return new SecondFactorChallenge(u.username(), false, null, null);
            }
            if (u.totpSecret() == null) {
                u.beginTotpEnrolment(cipher.encrypt(SECRET_FIELD, Totp.newSecret()));
            }
            String secret = cipher.decrypt(SECRET_FIELD, u.totpSecret());
            String issuer = settings.oem().systemNameEn();
            return new SecondFactorChallenge(u.username(), true, secret, Totp.uri(issuer, u.username(), secret));
        });
    }

    /** Checks the code of a waiting login and, when right, logs the user in (completing an enrolment). */
    public LoginOutcome completeSecondFactor(String token, String code) {
        Optional<LoginSession> waiting = waiting(token);
        if (waiting.isEmpty()) {
            return LoginOutcome.failure("auth.secondFactorExpired");
        }
        LoginSession session = waiting.get();
        UserAccount u = users.findById(session.userId()).orElseThrow();
        SecurityPolicy policy = policies.current();
        Instant now = time.now();
        if (u.isLockedAt(now)) {
            session.end(now);
            sessions.log(u.username(), LoginSessions.roles(u), "LOGIN_SECOND_FACTOR", "REFUSED:auth.locked", false);
            return LoginOutcome.failure("auth.locked", policy.lockoutMinutes());
        }
        Factor factor = factor(u, code, policy);
        if (factor == Factor.NONE) {
            return LoginOutcome.failure("auth.otpWrong");
        }
        boolean enrolling = factor == Factor.TOTP && recoveryCodesMissing(u);
        List<String> recovery = enrolling ? newRecoveryCodes(u) : List.of();
        if (enrolling) {
            sessions.log(u.username(), LoginSessions.roles(u), "SECOND_FACTOR_ENROLLED", "OK", false);
        }
        if (!sessions.activate(session, u, policy)) {
            return LoginOutcome.failure("auth.tooManySessions");
        }
        AuthenticatedUser user = AuthenticationService.view(u, policy, users, time.now());
        return enrolling ? LoginOutcome.enrolled(user, token, recovery) : LoginOutcome.success(user, token, user.passwordExpired());
    }

    /**
     * Whether a code (TOTP, or a recovery code of an enrolled user) is right; a wrong one is counted towards the
     * lockout and logged.
     */
    public boolean accept(UserAccount u, String code, SecurityPolicy policy) {
        return factor(u, code, policy) != Factor.NONE;
    }

    /** Which second factor a code is. */
    public enum Factor { TOTP, RECOVERY_CODE, SMS, NONE }

    /**
     * Checks a code against the user's authenticator, recovery codes and the newest SMS login code; a wrong one is
     * counted towards the lockout and logged.
     */
    public Factor factor(UserAccount u, String code, SecurityPolicy policy) {
        Instant now = time.now();
        String c = code == null ? "" : code.trim().replace(" ", "");
        if (u.totpSecret() != null) {
            long step = Totp.verify(cipher.decrypt(SECRET_FIELD, u.totpSecret()), c, now.getEpochSecond(), u.totpLastStep());
            if (step >= 0) {
                u.totpAccepted(step);
                return Factor.TOTP;
            }
        }
        if (c.matches("\\d{6}") && smsCodeMatches(u, c, now)) {
            sessions.log(u.username(), LoginSessions.roles(u), "LOGIN_SMS_CODE", "OK", false);
            return Factor.SMS;
        }
        if (u.totpEnabled() && c.length() == 10) {
            String hash = LoginSessions.sha256(c.toLowerCase(Locale.ROOT));
            for (RecoveryCode r : users.unusedRecoveryCodes(u.id())) {
                if (MessageDigest.isEqual(hash.getBytes(), r.codeHash().getBytes())) {
                    r.use(now);
                    sessions.log(u.username(), LoginSessions.roles(u), "RECOVERY_CODE_USED", "OK", false);
                    return Factor.RECOVERY_CODE;
                }
            }
        }
        boolean locked = failures.record(u.id(), now, policy.lockoutThreshold(), policy.lockoutMinutes());
        sessions.log(u.username(), LoginSessions.roles(u), "LOGIN_SECOND_FACTOR", "REFUSED:auth.otpWrong", true);
        if (locked) {
            sessions.log(u.username(), "", "ACCOUNT_LOCKED", "OK", true);
        }
        return Factor.NONE;
    }

    /**
     * Sends a six-digit login code by SMS to the registered mobile of a waiting login (the alternative to the
     * authenticator app); at most one a minute. Answers false when the account has no mobile number.
     */
    public boolean sendSmsCode(String token) {
        Optional<LoginSession> waiting = waiting(token);
        if (waiting.isEmpty()) {
            throw new io.suanli.core.shared.domain.SuanliException("auth.secondFactorExpired");
        }
        UserAccount u = users.findById(waiting.get().userId()).orElseThrow();
        if (u.mobileEnc() == null) {
            return false;
        }
        Instant now = time.now();
        String target = String.format("%064d", u.id());
        long recent = em.createQuery("select count(v) from VerificationCode v where v.targetIdx = :t and v.purpose = :p and v.createdAt > :c", Long.class)
                .setParameter("t", target).setParameter("p", io.suanli.core.identity.domain.VerificationCode.Purpose.LOGIN_SMS.name())
                .setParameter("c", now.minusSeconds(60)).getSingleResult();
        if (recent > 0) {
            throw new io.suanli.core.shared.domain.SuanliException("sms.tooSoon");
        }
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        em.persist(new io.suanli.core.identity.domain.VerificationCode(Ids.next(), io.suanli.core.identity.domain.VerificationCode.Purpose.LOGIN_SMS,
                target, LoginSessions.sha256(code), now, now.plusSeconds(300), request.ip()));
        messages.sms("VERIFY_CODE", cipher.decrypt("mobile", u.mobileEnc()), request.locale(), java.util.Map.of("code", code, "minutes", "5"), u.id());
        return true;
    }

    private boolean smsCodeMatches(UserAccount u, String code, Instant now) {
        return em.createQuery("select v from VerificationCode v where v.targetIdx = :t and v.purpose = :p order by v.createdAt desc, v.id desc",
                        io.suanli.core.identity.domain.VerificationCode.class)
                .setParameter("t", String.format("%064d", u.id()))
                .setParameter("p", io.suanli.core.identity.domain.VerificationCode.Purpose.LOGIN_SMS.name())
                .setMaxResults(1).getResultStream().findFirst()
                .map(v -> v.check(LoginSessions.sha256(code), now) == io.suanli.core.identity.domain.VerificationCode.Check.OK)
                .orElse(false);
    }

    private boolean recoveryCodesMissing(UserAccount u) {
        return users.unusedRecoveryCodes(u.id()).isEmpty()
                && em.createQuery("select count(r) from RecoveryCode r where r.userId = :u", Long.class).setParameter("u", u.id()).getSingleResult() == 0;
    }

    private List<String> newRecoveryCodes(UserAccount u) {
        users.deleteRecoveryCodes(u.id());
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < 10; j++) {
                sb.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
            }
            codes.add(sb.toString());
            users.add(new RecoveryCode(Ids.next(), u.id(), LoginSessions.sha256(sb.toString())));
        }
        return codes;
    }

    private Optional<LoginSession> waiting(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = time.now();
        return users.findSessionByTokenHash(LoginSessions.sha256(token)).filter(s -> s.isAwaitingSecondFactorAt(now));
    }
}
