package io.suanli.core.marketing.domain;

import io.suanli.core.shared.domain.Money;

import java.util.List;
import java.util.Optional;

/**
 * The checkout chain of SPEC §8/§9: list → the applicable discounts by the stacking policy (never below the floor)
 * → the coupon → the deduction cash coupons → payable. A coupon that cannot be combined with discounts
 * ({@code withDiscounts = false}) yields two offers when discounts apply: the discounts alone, or the coupon on the
 * list amount; the cheaper one after the coupon is chosen, and on a tie the discounts, so the coupon stays unused.
 */
public record Checkout(StackingPolicy policy) {

    /** The chosen breakdown, and the other one the customer may pick instead when there was a choice. */
    public record Offer(PriceBreakdown chosen, Optional<PriceBreakdown> alternative) {
    }

    /**
     * Prices the order.
     *
     * @param discounts   the discounts in force; those that do not apply to the order are skipped
     * @param coupon      the coupon the customer chose, or null
     * @param cashCoupons the customer's deduction cash coupons; those not usable for the order are skipped
     */
    public Offer price(Candidate c, List<Discount> discounts, Coupon coupon, List<DeductionCoupon> cashCoupons) {
        List<DeductionCoupon> usable = cashCoupons.stream().filter(d -> d.usableFor(c)).toList();
        StackingPolicy.Result discounted = policy.apply(c.listAmount(), discounts.stream().filter(d -> d.appliesTo(c)).toList());
        boolean anyDiscount = !discounted.applied().isEmpty();
        if (coupon == null || coupon.withDiscounts() || !anyDiscount) {
            Coupon.Valuation v = coupon == null ? null : coupon.valueOn(discounted.after(), anyDiscount, c);
            return new Offer(breakdown(PriceBreakdown.Path.COMBINED, discounted, coupon, v, usable, c), Optional.empty());
        }
        Coupon.Valuation alone = coupon.valueOn(c.listAmount(), false, c);
        PriceBreakdown withDiscounts = breakdown(PriceBreakdown.Path.DISCOUNTS_INSTEAD_OF_COUPON, discounted, coupon,
                alone.applies() ? coupon.valueOn(discounted.after(), true, c) : alone, usable, c);
        if (!alone.applies()) {
            return new Offer(withDiscounts, Optional.empty());
        }
        PriceBreakdown withCoupon = breakdown(PriceBreakdown.Path.COUPON_INSTEAD_OF_DISCOUNTS,
                policy.apply(c.listAmount(), List.of()), coupon, alone, usable, c);
        return withCoupon.afterCoupon().compareTo(withDiscounts.afterCoupon()) < 0
                ? new Offer(withCoupon, Optional.of(withDiscounts))
                : new Offer(withDiscounts, Optional.of(withCoupon));
    }

    private static PriceBreakdown breakdown(PriceBreakdown.Path path, StackingPolicy.Result discounted, Coupon coupon,
                                            Coupon.Valuation v, List<DeductionCoupon> usable, Candidate c) {
        boolean used = v != null && v.applies();
        Money afterCoupon = used ? discounted.after().minus(v.amount()) : discounted.after();
        CashCoupons.Allocation cash = CashCoupons.allocate(afterCoupon, usable, c.at());
        return new PriceBreakdown(path, discounted.list(), discounted.applied(), discounted.floorBound(), discounted.after(),
                used ? coupon.id() : null, used ? v.amount() : Money.ZERO, v == null ? null : v.refusal(),
                cash.uses(), cash.remainingDue());
    }
}
