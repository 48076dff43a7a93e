package io.suanli.core.identity.application;

import io.suanli.core.identity.domain.VerificationCode;
import io.suanli.core.shared.application.FieldCipher;
import io.suanli.core.shared.application.RequestContext;
import io.suanli.core.shared.domain.AuditRecord;
import io.suanli.core.shared.domain.AuditSink;
import io.suanli.core.shared.domain.Ids;
import io.suanli.core.shared.domain.SuanliException;
import io.suanli.core.system.application.MessageService;
import io.suanli.core.shared.application.RealTime;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * SMS codes that prove a mobile number: six digits, ten minutes, one try each, five wrong tries use a code up.
 * Sending is rate-limited per number (one a minute, ten a day) and per client address (by default twenty an hour:
 * the setting {@code security.sms.ip-hourly-limit}, else {@code suanli.sms.ip-hourly-limit}).
 */
@Stateless
@PermitAll
public class VerificationCodeService {

    public static final Duration VALIDITY = Duration.ofMinutes(10);
    static final int PER_NUMBER_DAILY = 10;
    static final String MOBILE_FIELD = "mobile";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    @Inject
    RealTime time;

    @Inject
    FieldCipher cipher;

    @Inject
    MessageService messages;

    @Inject
    RequestContext request;

    @Inject
    AuditSink audit;

    @Inject
    @ConfigProperty(name = "suanli.sms.ip-hourly-limit", defaultValue = "20")
    int perIpHourly;

    @Inject
    io.suanli.core.system.application.SettingsService settings;

    /** Sends a registration code to a mobile number that is not registered yet. */
    public void sendRegistrationCode(String mobile) {
        String m = normaliseMobile(mobile);
        String idx = cipher.blindIndex(MOBILE_FIELD, m);
        long taken = em.createQuery("select count(u) from UserAccount u where u.mobileIdx = :i", Long.class)
                .setParameter("i", idx).getSingleResult();
        if (taken > 0) {
            throw new SuanliException("registration.mobileTaken");
        }
        Instant now = time.now();
        if (sentSince(idx, now.minusSeconds(60)) > 0) {
            throw new SuanliException("sms.tooSoon");
        }
        if (sentSince(idx, now.minus(Duration.ofDays(1))) >= PER_NUMBER_DAILY) {
            throw new SuanliException("sms.dailyLimit");
        }
        limitPerAddress(em, settings, request.ip(), now, perIpHourly);
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        em.persist(new VerificationCode(Ids.next(), VerificationCode.Purpose.REGISTER_MOBILE, idx, LoginSessions.sha256(code),
                now, now.plus(VALIDITY), request.ip()));
        messages.sms("VERIFY_CODE", m, request.locale(), Map.of("code", code, "minutes", String.valueOf(VALIDITY.toMinutes())), null);
        audit.write(new AuditRecord(now, "anonymous", "", "SMS_CODE_SENT", idx.substring(0, 12), "registration code",
                request.ip(), request.userAgent(), "OK"));
    }

    /** Checks the newest registration code of a number, counting the try in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public VerificationCode.Check checkRegistrationCode(String mobile, String code) {
        return checkNewest(cipher.blindIndex(MOBILE_FIELD, normaliseMobile(mobile)), VerificationCode.Purpose.REGISTER_MOBILE, code);
    }

    /**
     * Checks the newest code of a target and purpose in a transaction of its own, with the code's row locked: a wrong
     * try stays counted when the caller's transaction rolls back with its refusal, and parallel guesses are counted
     * one after the other, so the fifth wrong one uses the code up whatever the caller does.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public VerificationCode.Check checkNewest(String targetIdx, VerificationCode.Purpose purpose, String code) {
        Long id = em.createQuery("select v.id from VerificationCode v where v.targetIdx = :i and v.purpose = :p "
                        + "order by v.createdAt desc, v.id desc", Long.class)
                .setParameter("i", targetIdx).setParameter("p", purpose.name())
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
        if (id == null) {
            return VerificationCode.Check.EXPIRED;
        }
        VerificationCode v = em.find(VerificationCode.class, id, LockModeType.PESSIMISTIC_WRITE);
        String given = code == null ? "" : code.trim();
        // a malformed code is a wrong try like any other: it must not be a free probe
        return v.check(LoginSessions.sha256(given), time.now());
    }

    /** Mainland mobile numbers: 11 digits starting with 1[3-9]; spaces, dashes and a +86 prefix are dropped. */
    public static String normaliseMobile(String mobile) {
        String m = mobile == null ? "" : mobile.replaceAll("[\\s-]", "");
        if (m.startsWith("+86")) {
            m = m.substring(3);
        }
        if (!m.matches("1[3-9]\\d{9}")) {
            throw new SuanliException("registration.mobileInvalid");
        }
        return m;
    }

    private long sentSince(String idx, Instant since) {
        return em.createQuery("select count(v) from VerificationCode v where v.targetIdx = :i and v.createdAt > :t", Long.class)
                .setParameter("i", idx).setParameter("t", since).getSingleResult();
    }

    /**
     * SMS codes per client address: at most the configured number an hour ({@code security.sms.ip-hourly-limit}, else
     * {@code fallback}), for registration and password-reset codes alike.
     */
    static void limitPerAddress(EntityManager em, io.suanli.core.system.application.SettingsService settings, String ip,
                                Instant now, int fallback) {
        long fromIp = em.createQuery("select count(v) from VerificationCode v where v.ip = :ip and v.createdAt > :t", Long.class)
                .setParameter("ip", ip).setParameter("t", now.minus(Duration.ofHours(1))).getSingleResult();
        int ipLimit = settings.find("security.sms.ip-hourly-limit").map(Integer::parseInt).orElse(fallback);
        if (fromIp >= ipLimit) {
            throw new SuanliException("sms.ipLimit");
        }
    }
}
