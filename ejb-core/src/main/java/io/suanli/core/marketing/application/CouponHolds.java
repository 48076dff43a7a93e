package io.suanli.core.marketing.application;

import io.suanli.core.marketing.domain.BatchKind;
import io.suanli.core.marketing.domain.GrantState;
import io.suanli.core.marketing.infrastructure.GrantRepository;
import io.suanli.core.marketing.infrastructure.GrantRow;
import io.suanli.core.marketing.infrastructure.UseRow;
import io.suanli.core.ordering.application.OrderBenefits;
import io.suanli.core.shared.domain.Adjustment;
import io.suanli.core.shared.domain.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;

/**
 * The coupons and deduction cash coupons orders take (SPEC §9), inside the ordering transaction that calls it. Each
 * grant is read under its row lock, so two orders can never take one coupon, nor more than a cash coupon's balance:
 * the second waits, then finds it held or short and is refused.
 */
@ApplicationScoped
public class CouponHolds implements OrderBenefits {

    @Inject
    GrantRepository repository;

    @Override
    public void hold(long customerId, String orderNo, List<Adjustment> steps, Instant at) {
        for (Adjustment a : steps) {
            if (a.kind() == Adjustment.Kind.DISCOUNT) {
                continue;
            }
            BatchKind kind = a.kind() == Adjustment.Kind.COUPON ? BatchKind.COUPON : BatchKind.DEDUCTION_CASH_COUPON;
            Grants g = Grants.usable(repository, Long.parseLong(a.code()), customerId, kind, true, at);
            g.row().set(g.state().hold(a.amount()));
            repository.persist(new UseRow(Ids.next(), g.row().id(), orderNo, customerId, a.amount(), at));
        }
    }

    @Override
    public void use(String orderNo, Instant at) {
        for (UseRow u : repository.uses(orderNo)) {
            if (u.status() == UseRow.Status.HELD) {
                GrantRow row = repository.lockGrant(u.grantId());
                var b = repository.batch(row.batchId()).toDomain();
                row.set(row.state(b.kind(), b.faceValue()).use());
                u.move(UseRow.Status.USED, at);
            }
        }
    }

    @Override
    public void giveBack(String orderNo, Instant at) {
        for (UseRow u : repository.uses(orderNo)) {
            if (u.status() != UseRow.Status.RETURNED) {
                GrantRow row = repository.lockGrant(u.grantId());
                var b = repository.batch(row.batchId()).toDomain();
                GrantState s = row.state(b.kind(), b.faceValue());
                row.set(s.giveBack(u.amount()));
                u.move(UseRow.Status.RETURNED, at);
            }
        }
    }
}
