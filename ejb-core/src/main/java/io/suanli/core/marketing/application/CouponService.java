package io.suanli.core.marketing.application;

import io.suanli.core.identity.application.PermissionGuard;
import io.suanli.core.marketing.domain.Batch;
import io.suanli.core.marketing.domain.BatchKind;
import io.suanli.core.marketing.domain.GrantState;
import io.suanli.core.marketing.infrastructure.BatchRow;
import io.suanli.core.marketing.infrastructure.GrantRepository;
import io.suanli.core.marketing.infrastructure.GrantRow;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.domain.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A customer's coupons and deduction cash coupons (U3, 优惠券): usable first, then held, used and expired. */
@Stateless
@RolesAllowed(Roles.CUSTOMER)
public class CouponService {

    @Inject
    GrantRepository repository;

    @Inject
    PermissionGuard guard;

    @Inject
    PlatformClock clock;

    /** The caller's customer's coupons (at most 1,000, newest first within each status). */
    public List<CouponView> mine() {
        long customerId = guard.customerOf("ORDER");
        List<GrantRow> grants = repository.grantsOf(customerId, 1000);
        Map<Long, BatchRow> batches = repository.batches(grants.stream().map(GrantRow::batchId).distinct().toList());
        Instant now = clock.now();
        return grants.stream().map(g -> view(g, batches.get(g.batchId()).toDomain(), now))
                .sorted(java.util.Comparator.comparing((CouponView v) -> GrantState.Shown.valueOf(v.status()).ordinal()))
                .toList();
    }

    /** How many of them the customer can use now (the account center's count). */
    public long usableCount() {
        return mine().stream().filter(CouponView::usable).count();
    }

    static CouponView view(GrantRow g, Batch b, Instant at) {
        GrantState s = g.state(b.kind(), b.faceValue());
        return new CouponView(g.id(), b.kind().name(), b.couponKind() == null ? null : b.couponKind().name(), b.name(), b.amountOff(),
                BatchService.percentOf(b.percentOff()), b.maxOff(), b.threshold(), b.withDiscounts(), b.faceValue(),
                b.kind() == BatchKind.DEDUCTION_CASH_COUPON ? s.balance() : null, b.paygAllowed(), b.conditions().categoryCode(),
                b.conditions().productCode(), b.conditions().specCode(), b.validity().from(), b.validity().to(),
                s.shown(b.validity(), at).name(), g.grantedAt());
    }
}
