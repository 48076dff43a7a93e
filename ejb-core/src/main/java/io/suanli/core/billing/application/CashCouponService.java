package io.suanli.core.billing.application;

import io.suanli.core.billing.domain.CashCoupon;
import io.suanli.core.billing.domain.Channel;
import io.suanli.core.billing.domain.EntryType;
import io.suanli.core.identity.application.PermissionGuard;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.domain.Audited;
import io.suanli.core.shared.domain.Ids;
import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.RequiresFunction;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.shared.domain.StaffFunction;
import io.suanli.core.shared.domain.SuanliException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Recharge cash coupons, minimal for now (U8): finance issues one (the code is shown once), a customer redeems it
 * once into the cash-coupon balance through a ledger entry. Batches and distribution come with marketing.
 */
@Stateless
public class CashCouponService {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    @Inject
    LedgerService ledger;

    @Inject
    PermissionGuard guard;

    @Inject
    PlatformClock clock;

    @Inject
    io.suanli.core.shared.application.PlatformConfig config;

    @Resource
    SessionContext ctx;

    /** Issues a coupon and answers its code, which is never shown again. */
    @RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES})
    @RequiresFunction(StaffFunction.OPS_FINANCE_ADJUST)
    @Audited("CASH_COUPON_ISSUE")
    public IssuedCoupon issue(String faceValue, Instant validFrom, Instant validTo) {
        Money value = AccountService.checkedAmount(faceValue, config.maxAmount());
        Instant from = validFrom == null ? clock.now() : validFrom;
        Instant to = validTo == null ? from.plusSeconds(365L * 24 * 3600) : validTo;
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        String c = code.toString();
        CashCoupon coupon = new CashCoupon(Ids.next(), hash(c), c.substring(c.length() - 4), value, from, to, clock.now(),
                ctx.getCallerPrincipal().getName());
        em.persist(coupon);
        return new IssuedCoupon(coupon.id(), c, value, from, to);
    }

    /**
     * Redeems a coupon into the caller's cash-coupon balance; a code works once, within its validity. The code is a
     * {@code char[]} so the audit log never shows it.
     */
    @RolesAllowed(Roles.CUSTOMER)
    @Audited("CASH_COUPON_REDEEM")
    public ChargeResult redeem(char[] code) {
        long customerId = guard.customerOf("PAY");
        String normalized = code == null ? "" : new String(code).trim().toUpperCase(Locale.ROOT).replace(" ", "");
        CashCoupon c = em.createQuery("select c from CashCoupon c where c.codeHash = :h", CashCoupon.class)
                .setParameter("h", hash(normalized)).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().stream().findFirst()
                .orElseThrow(() -> new SuanliException("coupon.unknown"));
        c.redeem(customerId, clock.now());
        return ledger.redeemCoupon(customerId, c.faceValue(), Channel.RECHARGE_CASH_COUPON, "COUPON-" + c.id());
    }

    static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
