package io.suanli.core.identity.application;

import io.suanli.core.identity.domain.LoginSession;
import io.suanli.core.identity.domain.PasswordHasher;
import io.suanli.core.identity.domain.PasswordPolicy;
import io.suanli.core.identity.domain.UserAccount;
import io.suanli.core.identity.domain.UserRepository;
import io.suanli.core.identity.domain.VerificationCode;
import io.suanli.core.shared.application.FieldCipher;
import io.suanli.core.shared.application.PlatformConfig;
import io.suanli.core.shared.application.RequestContext;
import io.suanli.core.shared.domain.Ids;
import io.suanli.core.shared.domain.SuanliException;
import io.suanli.core.system.application.MessageService;
import io.suanli.core.system.application.SecurityPolicy;
import io.suanli.core.system.application.SecurityPolicyService;
import io.suanli.core.system.application.SettingsService;
import io.suanli.core.shared.application.RealTime;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Forgotten passwords (P3): a six-digit code by SMS to the registered mobile, or a link by e-mail; then a new
 * password under the policy. The first step answers the same whether or not the account exists, and the reset
 * ends every open login of the account.
 */
@Stateless
@PermitAll
public class PasswordResetService {

    static final Duration VALIDITY = Duration.ofMinutes(30);
    static final int PER_ACCOUNT_DAILY = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    @Inject
    RealTime time;

    @Inject
    UserRepository users;

    @Inject
    FieldCipher cipher;

    @Inject
    MessageService messages;

    @Inject
    PlatformConfig config;

    @Inject
    RequestContext request;

    @Inject
    SecurityPolicyService policies;

    @Inject
    PasswordPolicy.CommonPasswords commonPasswords;

    @Inject
    LoginSessions sessions;

    @Inject
    VerificationCodeService codes;

    @Inject
    CodeAttempts attempts;

    @Inject
    @ConfigProperty(name = "suanli.sms.ip-hourly-limit", defaultValue = "20")
    int perIpHourly;

    @Inject
    SettingsService settings;

    /** Sends a reset code (SMS) or link (EMAIL) if the account has that contact; silent otherwise. */
    public void start(String username, String channel) {
        boolean sms = !"EMAIL".equalsIgnoreCase(channel);
        Optional<UserAccount> found = users.findByUsername(username == null ? "" : username.trim())
                .filter(u -> sms ? u.mobileEnc() != null : u.emailEnc() != null);
        if (found.isEmpty()) {
            sessions.log(username == null ? "anonymous" : username.trim(), "", "PASSWORD_RESET_REQUEST", "IGNORED", true);
            return;
        }
        UserAccount u = found.get();
        String idx = target(u);
        Instant now = time.now();
        long recent = em.createQuery("select count(v) from VerificationCode v where v.targetIdx = :i and v.createdAt > :t", Long.class)
                .setParameter("i", idx).setParameter("t", now.minusSeconds(60)).getSingleResult();
        if (recent > 0) {
            throw new SuanliException("sms.tooSoon");
        }
        if (sms) {
            limitCodes(idx, now);
        }
        Locale locale = request.locale();
        if (sms) {
            String code = String.format("%06d", RANDOM.nextInt(1_000_000));
            em.persist(new VerificationCode(Ids.next(), VerificationCode.Purpose.RESET_SMS, idx, LoginSessions.sha256(code), now,
                    now.plus(VALIDITY), request.ip()));
            messages.sms("VERIFY_CODE", cipher.decrypt(VerificationCodeService.MOBILE_FIELD, u.mobileEnc()), locale,
                    Map.of("code", code, "minutes", String.valueOf(VALIDITY.toMinutes())), u.id());
        } else {
            String token = LoginSessions.newToken();
            em.persist(new VerificationCode(Ids.next(), VerificationCode.Purpose.RESET_EMAIL, idx, LoginSessions.sha256(token), now,
                    now.plus(VALIDITY), request.ip()));
            String link = config.publicUrl() + "/reset-password.xhtml?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
            messages.email("PASSWORD_RESET", cipher.decrypt(RegistrationService.EMAIL_FIELD, u.emailEnc()), locale,
                    Map.of("name", u.displayName(), "link", link, "minutes", String.valueOf(VALIDITY.toMinutes())), u.id());
        }
        sessions.log(u.username(), LoginSessions.roles(u), "PASSWORD_RESET_REQUEST", sms ? "SMS" : "EMAIL", false);
    }

    /** Sets a new password with the SMS code. */
    public void resetWithCode(String username, String code, char[] newPassword) {
        UserAccount u = users.findByUsername(username == null ? "" : username.trim())
                .orElseThrow(() -> new SuanliException("sms.codeExpired"));
        newest(target(u), VerificationCode.Purpose.RESET_SMS).orElseThrow(() -> new SuanliException("sms.codeExpired"));
        policy().check(u.username(), newPassword);
        check(target(u), code);
        apply(u, newPassword);
    }

    /** Sets a new password with the token of the e-mail link. */
    public void resetWithToken(String token, char[] newPassword) {
        String hash = LoginSessions.sha256(token == null ? "" : token);
        VerificationCode v = em.createQuery("select v from VerificationCode v where v.codeHash = :h and v.purpose = :p", VerificationCode.class)
                .setParameter("h", hash).setParameter("p", VerificationCode.Purpose.RESET_EMAIL.name()).getResultStream().findFirst()
                .orElseThrow(() -> new SuanliException("reset.linkInvalid"));
        UserAccount u = users.findById(Long.parseLong(v.targetIdx().trim()))
                .orElseThrow(() -> new SuanliException("reset.linkInvalid"));
        policy().check(u.username(), newPassword);
        if (v.check(hash, time.now()) != VerificationCode.Check.OK) {
            throw new SuanliException("reset.linkInvalid");
        }
        apply(u, newPassword);
    }

    /**
     * The code's try is counted in a transaction of its own (it survives this refusal's rollback); an address with
     * too many wrong codes in the window is refused before any code is looked at.
     */
    private void check(String idx, String code) {
        Instant now = time.now();
        String ip = request.ip();
        if (attempts.blocked(ip, now)) {
            throw new SuanliException("sms.tooManyAttempts");
        }
        VerificationCode.Check result = codes.checkNewest(idx, VerificationCode.Purpose.RESET_SMS, code);
        if (result == VerificationCode.Check.WRONG || result == VerificationCode.Check.USED_UP) {
            attempts.failed(ip, now);
        }
        switch (result) {
            case OK -> { }
            case WRONG -> throw new SuanliException("sms.codeWrong");
            case USED_UP -> throw new SuanliException("sms.codeUsedUp");
            case EXPIRED -> throw new SuanliException("sms.codeExpired");
        }
    }

    /** Reset codes per account (a few a day: with five tries each, a handful of guesses a day) and per client address. */
    private void limitCodes(String idx, Instant now) {
        long today = em.createQuery("select count(v) from VerificationCode v where v.targetIdx = :i and v.purpose = :p and v.createdAt > :t",
                        Long.class).setParameter("i", idx).setParameter("p", VerificationCode.Purpose.RESET_SMS.name())
                .setParameter("t", now.minus(Duration.ofDays(1))).getSingleResult();
        if (today >= PER_ACCOUNT_DAILY) {
            throw new SuanliException("sms.dailyLimit");
        }
        VerificationCodeService.limitPerAddress(em, settings, request.ip(), now, perIpHourly);
    }

    private void apply(UserAccount u, char[] newPassword) {
        Instant now = time.now();
        u.changePassword(PasswordHasher.hash(newPassword), now);
        users.useUpResetCodes(target(u), now);
        u.loggedIn(now);
        for (LoginSession s : users.unendedSessions(u.id())) {
            s.end(now);
        }
        sessions.log(u.username(), LoginSessions.roles(u), "PASSWORD_RESET", "OK", false);
    }

    private Optional<VerificationCode> newest(String idx, VerificationCode.Purpose purpose) {
        return em.createQuery("select v from VerificationCode v where v.targetIdx = :i and v.purpose = :p order by v.createdAt desc, v.id desc",
                VerificationCode.class).setParameter("i", idx).setParameter("p", purpose.name()).setMaxResults(1).getResultStream().findFirst();
    }

    /** Reset codes are scoped to the account (its id, which is no secret). */
    static String target(UserAccount u) {
        return String.format("%064d", u.id());
    }

    private PasswordPolicy policy() {
        SecurityPolicy p = policies.current();
        return new PasswordPolicy(p.passwordMinLength(), p.passwordMinClasses(), commonPasswords);
    }
}
