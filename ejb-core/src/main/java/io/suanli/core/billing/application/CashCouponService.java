package io.suanli.core.billing.application;

import io.suanli.core.billing.domain.CashCoupon;
import io.suanli.core.billing.domain.Channel;
import io.suanli.core.billing.domain.RedeemCodes;
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

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recharge cash coupons (U8): finance issues one (the code is shown once), or a marketing batch of kind
 * RECHARGE_CASH_COUPON makes its whole quantity at once for offline distribution; a customer redeems a code once, in
 * its validity, into the cash-coupon balance through a ledger entry.
 */
@Stateless
public class CashCouponService {

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
        String c = RedeemCodes.generate();
        CashCoupon coupon = new CashCoupon(Ids.next(), RedeemCodes.hash(c), RedeemCodes.hint(c), value, from, to, clock.now(),
                ctx.getCallerPrincipal().getName());
        em.persist(coupon);
        return new IssuedCoupon(coupon.id(), c, value, from, to);
    }

    /**
     * Makes the {@code n} coupons of a marketing batch and answers their codes, which are kept nowhere else: the batch
     * exports them once ({@code BatchService.exportCodes}, which holds the batch's lock and counts them).
     */
    @RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES})
    @RequiresFunction(StaffFunction.OPS_MARKETING_EDIT)
    public List<String> issueForBatch(long batchId, Money faceValue, Instant validFrom, Instant validTo, int n) {
        Instant now = clock.now();
        String by = ctx.getCallerPrincipal().getName();
        List<String> codes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String c = RedeemCodes.generate();
            em.persist(new CashCoupon(Ids.next(), batchId, RedeemCodes.hash(c), RedeemCodes.hint(c), faceValue, validFrom, validTo, now, by));
            codes.add(c);
        }
        return codes;
    }

    /** Per batch: its coupons redeemed, the value redeemed in fen, and those left unredeemed when they expired (at {@code at}). */
    @RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES})
    @RequiresFunction(StaffFunction.OPS_MARKETING_VIEW)
    public Map<Long, long[]> usageByBatch(Collection<Long> batchIds, Instant at) {
        Map<Long, long[]> out = new HashMap<>();
        if (batchIds.isEmpty()) {
            return out;
        }
        for (Object[] r : em.createQuery("select c.batchId, c.status, count(c), sum(c.faceValue) from CashCoupon c where c.batchId in :b"
                + " and (c.status = :redeemed or c.validTo <= :at) group by c.batchId, c.status", Object[].class)
                .setParameter("b", batchIds).setParameter("redeemed", CashCoupon.Status.REDEEMED).setParameter("at", at).getResultList()) {
            long[] x = out.computeIfAbsent((Long) r[0], k -> new long[3]);
            if (r[1] == CashCoupon.Status.REDEEMED) {
                x[0] = (Long) r[2];
                x[1] = ((java.math.BigDecimal) r[3]).movePointRight(2).longValueExact();
            } else {
                x[2] = (Long) r[2];
            }
        }
        return out;
    }

    /**
     * Redeems a coupon into the caller's cash-coupon balance; a code works once, within its validity. The code is a
     * {@code char[]} so the audit log never shows it.
     */
    @RolesAllowed(Roles.CUSTOMER)
    @Audited("CASH_COUPON_REDEEM")
    public ChargeResult redeem(char[] code) {
        long customerId = guard.customerOf("PAY");
        String normalized = RedeemCodes.normalize(code == null ? null : java.nio.CharBuffer.wrap(code));
        CashCoupon c = em.createQuery("select c from CashCoupon c where c.codeHash = :h", CashCoupon.class)
                .setParameter("h", RedeemCodes.hash(normalized)).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().stream().findFirst()
                .orElseThrow(() -> new SuanliException("coupon.unknown"));
        c.redeem(customerId, clock.now());
        return ledger.redeemCoupon(customerId, c.faceValue(), Channel.RECHARGE_CASH_COUPON, "COUPON-" + c.id());
    }
}
