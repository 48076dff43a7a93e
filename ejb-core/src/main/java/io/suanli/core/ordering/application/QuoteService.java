package io.suanli.core.ordering.application;

import io.suanli.core.catalog.application.CatalogService;
import io.suanli.core.catalog.application.SpecPrice;
import io.suanli.core.identity.application.MeService;
import io.suanli.core.shared.domain.Adjustment;
import io.suanli.core.ordering.domain.OrderType;
import io.suanli.core.ordering.domain.PriceEngine;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.shared.domain.SuanliException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one price engine of the platform (U3, §8): the portal calculator, the API, the order form and later the
 * renew, change and unsubscribe previews all ask here. List amount from the price version in effect, then the
 * discount and coupon steps of every {@link PriceAdjuster}, then the payable amount.
 */
@Stateless
@PermitAll
public class QuoteService {

    @Inject
    CatalogService catalog;

    @Inject
    MeService me;

    @Inject
    PlatformClock clock;

    @Inject
    @Any
    Instance<PriceAdjuster> adjusters;

    @Resource
    SessionContext ctx;

    /** A quote of an on-shelf spec (for everyone) or, with {@code preview}, of any product (operations staff only). */
    public Quote quote(QuoteRequest r, boolean preview) {
        return quote(r, preview, OrderType.NEW);
    }

    /** A quote for an order of the given type (NEW, RENEW or CHANGE): discounts may be limited to order types. */
    public Quote quote(QuoteRequest r, boolean preview, OrderType orderType) {
        if (r == null || r.specCode() == null || r.specCode().isBlank()) {
            throw new SuanliException("validation.required", "quote.specCode");
        }
        if (r.billingMode() == null || r.billingMode().isBlank()) {
            throw new SuanliException("validation.required", "quote.billingMode");
        }
        if (r.nodes() == null || r.nodes() < 1) {
            PriceEngine.checkNodes(r.nodes());
        }
        SpecPrice listed = catalog.priceFor(r.specCode().trim(), r.billingMode().trim(), preview);
        int nodes = PriceEngine.checkQuantity(r.nodes(), listed.unit());
        int periods = PriceEngine.checkPeriods(listed.billingMode(), r.periods());
        Instant at = clock.now();
        Long customer = customerId();
        SpecPrice price = contractPrice(customer, listed, at);
        Money list = PriceEngine.list(price.unitPrice(), nodes, periods);
        QuoteContext qc = new QuoteContext(customer, price.specCode(), price.productCode(), price.categoryCode(),
                price.resourceTypeCode(), price.billingMode(), nodes, periods, list, at, orderType.name());
        PriceEngine.Amounts amounts = PriceEngine.apply(list, steps(qc, r.choice()));
        return new Quote(price.specCode(), price.productCode(), price.billingMode(), price.unit(), price.unitPrice(), nodes, periods,
                price.priceVersionId(), amounts.list(), amounts.discount(), amounts.coupon(), amounts.cashCoupon(), amounts.payable(),
                amounts.steps(), at);
    }

    /** The discounts of every adjuster; with a coupon or cash coupon chosen, the whole chain of the first that knows it. */
    private List<Adjustment> steps(QuoteContext qc, PriceAdjuster.Choice choice) {
        if (choice.isEmpty()) {
            List<Adjustment> discounts = new ArrayList<>();
            for (PriceAdjuster a : adjusters()) {
                discounts.addAll(a.discounts(qc));
            }
            return discounts;
        }
        for (PriceAdjuster a : adjusters()) {
            Optional<List<Adjustment>> chain = a.checkout(qc, choice);
            if (chain.isPresent()) {
                return chain.get();
            }
        }
        throw new SuanliException("quote.couponUnknown", choice.couponCode() != null ? choice.couponCode()
                : choice.couponId() != null ? String.valueOf(choice.couponId()) : String.valueOf(choice.cashCouponIds()));
    }

    /** The adjusters of the deployment (none until marketing lands); a seam for tests. */
    Iterable<PriceAdjuster> adjusters() {
        return adjusters;
    }

    Iterable<io.suanli.core.shared.domain.ContractTerms> contractTerms() {
        return contracts;
    }

    /** The caller's customer, null for visitors and staff. */
    @Inject
    Instance<io.suanli.core.shared.domain.ContractTerms> contracts;

    /** The list price, or the unit price of the customer's contract in force for the spec and billing mode (SPEC §11). */
    private SpecPrice contractPrice(Long customerId, SpecPrice listed, Instant at) {
        if (customerId == null) {
            return listed;
        }
        java.util.Optional<java.math.BigDecimal> contract = java.util.stream.StreamSupport.stream(contractTerms().spliterator(), false)
                .map(c -> c.unitPrice(customerId, listed.specCode(), listed.billingMode(), at)).flatMap(java.util.Optional::stream)
                .min(java.math.BigDecimal::compareTo);
        return contract.map(u -> new SpecPrice(listed.specCode(), listed.productCode(), listed.categoryCode(), listed.resourceTypeCode(),
                listed.priceVersionId(), listed.billingMode(), listed.unit(), u)).orElse(listed);
    }

    Long customerId() {
        try {
            return ctx.isCallerInRole(Roles.CUSTOMER) ? me.me().customerId() : null;
        } catch (IllegalStateException e) {
            return null;
        }
    }
}
