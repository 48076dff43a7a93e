package io.suanli.core.marketing.application;

import io.suanli.core.marketing.domain.Candidate;
import io.suanli.core.marketing.domain.Discount;
import io.suanli.core.marketing.domain.OrderType;
import io.suanli.core.marketing.domain.StackingPolicy;
import io.suanli.core.marketing.infrastructure.DiscountRow;
import io.suanli.core.marketing.infrastructure.MarketingRepository;
import io.suanli.core.ordering.application.PriceAdjuster;
import io.suanli.core.ordering.application.QuoteContext;
import io.suanli.core.shared.domain.Adjustment;
import io.suanli.core.shared.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;

/**
 * The discounts of the marketing center in the price engine (O5, SPEC §9). On every quote: the discounts in force at
 * the quote instant that may apply to the product (one query), those whose scope and conditions hold, combined by the
 * stacking policy with its floor; one {@link Adjustment} per discount applied, with its share of the discount amount,
 * so the quote's discount amount is exactly list − after discounts.
 * <p>
 * Not yet known to a quote: the customer's province and city and its active contracts, and the cloud account; so
 * REGION and CONTRACT discounts never apply yet, nor a cloud-account condition (none can be entered). Coupons come
 * in the next step: {@link #coupon} knows none.
 */
@ApplicationScoped
public class MarketingPriceAdjuster implements PriceAdjuster {

    @Inject
    MarketingRepository repository;

    @Override
    public List<Adjustment> discounts(QuoteContext q) {
        Candidate c = candidate(q);
        if (c == null) {
            return List.of();
        }
        List<Discount> applicable = repository.inForce(q.at(), q.productCode()).stream().map(DiscountRow::toDomain)
                .filter(d -> d.appliesTo(c)).toList();
        if (applicable.isEmpty()) {
            return List.of();
        }
        return adjustments(repository.policy(false).toDomain(), q.listAmount(), applicable);
    }

    /** The steps of the discounts the policy applies, broadest scope first, their amounts summing to the discount. */
    static List<Adjustment> adjustments(StackingPolicy policy, Money list, List<Discount> applicable) {
        return policy.apply(list, applicable).applied().stream()
                .map(a -> new Adjustment(Adjustment.Kind.DISCOUNT, String.valueOf(a.discount().id()), a.discount().name(), a.amount(),
                        a.discount().scope().kind().name(), a.discount().rate()))
                .toList();
    }

    /** The quote as the marketing rules see it; null for an order type discounts never apply to (e.g. unsubscribing). */
    static Candidate candidate(QuoteContext q) {
        OrderType type;
        try {
            type = OrderType.valueOf(q.orderType() == null ? "NEW" : q.orderType());
        } catch (IllegalArgumentException e) {
            return null;
        }
        return new Candidate(q.customerId(), null, null, null, null, q.categoryCode(), q.productCode(), q.specCode(),
                q.billingMode(), type, q.nodes(), q.listAmount(), q.at());
    }

    @Override
    public Optional<Adjustment> coupon(QuoteContext quote, String couponCode, Money afterDiscounts) {
        return Optional.empty();
    }
}
