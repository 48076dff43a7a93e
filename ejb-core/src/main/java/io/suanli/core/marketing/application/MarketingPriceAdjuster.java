package io.suanli.core.marketing.application;

import io.suanli.core.identity.application.CustomerDirectory;
import io.suanli.core.marketing.domain.BatchKind;
import io.suanli.core.marketing.domain.Candidate;
import io.suanli.core.marketing.domain.Checkout;
import io.suanli.core.marketing.domain.Coupon;
import io.suanli.core.marketing.domain.DeductionCoupon;
import io.suanli.core.marketing.domain.PriceBreakdown;
import io.suanli.core.marketing.domain.Discount;
import io.suanli.core.marketing.domain.OrderType;
import io.suanli.core.marketing.domain.StackingPolicy;
import io.suanli.core.marketing.infrastructure.DiscountRow;
import io.suanli.core.marketing.infrastructure.GrantRepository;
import io.suanli.core.marketing.infrastructure.MarketingRepository;
import io.suanli.core.ordering.application.PriceAdjuster;
import io.suanli.core.ordering.application.QuoteContext;
import io.suanli.core.shared.domain.Adjustment;
import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.SuanliException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The discounts of the marketing center in the price engine (O5, SPEC §9). On every quote: the discounts in force at
 * the quote instant that may apply to the product (one query), those whose scope and conditions hold, combined by the
 * stacking policy with its floor; one {@link Adjustment} per discount applied, with its share of the discount amount,
 * so the quote's discount amount is exactly list − after discounts.
 * <p>
 * The customer's province and city come from its record (real-name data or operations). Not yet known to a quote:
 * the cloud account, so no cloud-account condition applies yet; its contracts in force come from {@code ContractTerms}
 * (the business services context) for discounts of scope CONTRACT. With a coupon
 * or cash coupons chosen, {@link #checkout} prices the whole chain of SPEC §9 ({@link Checkout}).
 */
@ApplicationScoped
public class MarketingPriceAdjuster implements PriceAdjuster {

    @Inject
    MarketingRepository repository;

    @Inject
    GrantRepository grants;

    @Inject
    CustomerDirectory customers;

    @Override
    public List<Adjustment> discounts(QuoteContext q) {
        Candidate c = located(q);
        if (c == null) {
            return List.of();
        }
        List<Discount> applicable = applicable(q, c);
        if (applicable.isEmpty()) {
            return List.of();
        }
        return adjustments(repository.policy(false).toDomain(), q.listAmount(), applicable);
    }

    private List<Discount> applicable(QuoteContext q, Candidate c) {
        return repository.inForce(q.at(), q.productCode()).stream().map(DiscountRow::toDomain).filter(d -> d.appliesTo(c)).toList();
    }

    /** The steps of the discounts the policy applies, broadest scope first, their amounts summing to the discount. */
    static List<Adjustment> adjustments(StackingPolicy policy, Money list, List<Discount> applicable) {
        return steps(policy.apply(list, applicable).applied());
    }

    private static List<Adjustment> steps(List<StackingPolicy.Applied> applied) {
        return applied.stream()
                .map(a -> new Adjustment(Adjustment.Kind.DISCOUNT, String.valueOf(a.discount().id()), a.discount().name(), a.amount(),
                        a.discount().scope().kind().name(), a.discount().rate()))
                .toList();
    }

    /** The quote as the marketing rules see it, with the customer's province and city when known. */
    @Inject
    jakarta.enterprise.inject.Instance<io.suanli.core.shared.domain.ContractTerms> contracts;

    private Candidate located(QuoteContext q) {
        CustomerDirectory.Location r = q.customerId() == null ? null : customers.region(q.customerId());
        java.util.Set<Long> inForce = q.customerId() == null ? java.util.Set.of() : contracts.stream()
                .flatMap(c -> c.inForce(q.customerId(), q.at()).stream()).collect(java.util.stream.Collectors.toSet());
        return candidate(q, r == null ? null : r.provinceCode(), r == null ? null : r.cityCode(), inForce);
    }

    /** The quote as the marketing rules see it, without a region; null for an order type discounts never apply to. */
    static Candidate candidate(QuoteContext q) {
        return candidate(q, null, null);
    }

    /** The quote as the marketing rules see it; null for an order type discounts never apply to (e.g. unsubscribing). */
    static Candidate candidate(QuoteContext q, String provinceCode, String cityCode) {
        return candidate(q, provinceCode, cityCode, java.util.Set.of());
    }

    /** The same with the customer's contracts in force (for discounts of scope CONTRACT). */
    static Candidate candidate(QuoteContext q, String provinceCode, String cityCode, java.util.Set<Long> contractsInForce) {
        OrderType type;
        try {
            type = OrderType.valueOf(q.orderType() == null ? "NEW" : q.orderType());
        } catch (IllegalArgumentException e) {
            return null;
        }
        return new Candidate(q.customerId(), provinceCode, cityCode, contractsInForce, null, q.categoryCode(), q.productCode(), q.specCode(),
                q.billingMode(), type, q.nodes(), q.listAmount(), q.at());
    }

    /**
     * The chain with the customer's coupon and deduction cash coupons (by grant id; codes are not known here yet): each
     * must be the customer's and usable now, or the quote is refused with the reason. The coupon is valued after the
     * discounts; one not combinable with discounts is weighed against them and left unused when they are cheaper.
     * The cash coupons pay what is left, soonest expiring first; one not needed is not used.
     */
    @Override
    public Optional<List<Adjustment>> checkout(QuoteContext q, PriceAdjuster.Choice choice) {
        if (choice.couponId() == null && choice.cashCouponIds().isEmpty()) {
            return Optional.empty();
        }
        if (q.customerId() == null) {
            throw new SuanliException("marketing.couponCustomerOnly");
        }
        Candidate c = located(q);
        if (c == null) {
            throw new SuanliException("marketing.couponOrderType", q.orderType());
        }
        Map<Long, String> names = new HashMap<>();
        Coupon coupon = null;
        if (choice.couponId() != null) {
            Grants g = Grants.usable(grants, choice.couponId(), q.customerId(), BatchKind.COUPON, false, q.at());
            coupon = g.batch().coupon(g.row().id());
            names.put(g.row().id(), g.batch().name());
        }
        List<DeductionCoupon> cash = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(choice.cashCouponIds())) {
            Grants g = Grants.usable(grants, id, q.customerId(), BatchKind.DEDUCTION_CASH_COUPON, false, q.at());
            DeductionCoupon d = g.batch().cashCoupon(id, g.row().balance());
            if (!d.usableFor(c)) {
                throw new SuanliException("marketing.cashCouponNotUsable", g.batch().name());
            }
            cash.add(d);
            names.put(id, g.batch().name());
        }
        PriceBreakdown p = new Checkout(repository.policy(false).toDomain()).price(c, applicable(q, c), coupon, cash).chosen();
        if (coupon != null && p.couponId() == null && p.path() != PriceBreakdown.Path.DISCOUNTS_INSTEAD_OF_COUPON) {
            throw new SuanliException(p.couponRefusal(), names.get(coupon.id()));
        }
        List<Adjustment> steps = new ArrayList<>(steps(p.discounts()));
        if (p.couponId() != null) {
            steps.add(new Adjustment(Adjustment.Kind.COUPON, String.valueOf(p.couponId()), names.get(p.couponId()), p.coupon()));
        }
        p.cashCoupons().forEach(u -> steps.add(new Adjustment(Adjustment.Kind.CASH_COUPON, String.valueOf(u.couponId()),
                names.get(u.couponId()), u.amount())));
        return Optional.of(List.copyOf(steps));
    }
}
