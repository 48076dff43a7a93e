package io.suanli.core.ordering.application;

import io.suanli.core.shared.domain.Adjustment;

import java.time.Instant;
import java.util.List;

/**
 * The coupons and deduction cash coupons an order takes (SPEC §9), kept by the context that grants them (marketing)
 * inside the ordering transaction: an unpaid order holds what its price used, payment uses it, and cancellation,
 * expiry or rejection gives it back. Every implementation is called; one that knows none of the steps does nothing.
 */
public interface OrderBenefits {

    /** The order takes the coupon and cash coupon steps of its price; refused (keyed) when one is no longer there. */
    void hold(long customerId, String orderNo, List<Adjustment> steps, Instant at);

    /** The order was paid. */
    void use(String orderNo, Instant at);

    /** The order was cancelled, expired unpaid or rejected: what it held or used comes back (an expired one stays expired). */
    void giveBack(String orderNo, Instant at);
}
