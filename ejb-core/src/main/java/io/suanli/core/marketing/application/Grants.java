package io.suanli.core.marketing.application;

import io.suanli.core.marketing.domain.Batch;
import io.suanli.core.marketing.domain.BatchKind;
import io.suanli.core.marketing.domain.GrantState;
import io.suanli.core.marketing.infrastructure.GrantRepository;
import io.suanli.core.marketing.infrastructure.GrantRow;
import io.suanli.core.shared.domain.SuanliException;

import java.time.Instant;

/** A customer's grant with its batch, as checkout and holding read it. */
record Grants(GrantRow row, Batch batch) {

    /** The customer's grant of the kind, usable at {@code at}; else the keyed reason (used, held, expired, not yet valid). */
    static Grants usable(GrantRepository repository, long grantId, long customerId, BatchKind kind, boolean lock, Instant at) {
        GrantRow g = repository.grant(grantId, customerId, lock);
        Batch b = repository.batch(g.batchId()).toDomain();
        if (b.kind() != kind) {
            throw new SuanliException(kind == BatchKind.COUPON ? "marketing.notACoupon" : "marketing.notACashCoupon", String.valueOf(grantId));
        }
        GrantState.Shown shown = g.state(b.kind(), b.faceValue()).shown(b.validity(), at);
        if (shown != GrantState.Shown.USABLE) {
            throw new SuanliException(switch (shown) {
                case HELD -> "marketing.couponHeld";
                case USED -> "marketing.couponUsed";
                case EXPIRED -> "marketing.couponExpired";
                default -> "marketing.couponNotYetValid";
            }, b.name());
        }
        return new Grants(g, b);
    }

    GrantState state() {
        return row.state(batch.kind(), batch.faceValue());
    }
}
