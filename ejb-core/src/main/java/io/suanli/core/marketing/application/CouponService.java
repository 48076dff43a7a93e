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
import io.suanli.core.ordering.application.Quote;
import io.suanli.core.ordering.application.QuoteRequest;
import io.suanli.core.ordering.application.QuoteService;
import io.suanli.core.shared.domain.SuanliException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;
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

    @Inject
    QuoteService quotes;

    /** The caller's customer's coupons (at most 1,000, newest first within each status). */
    public List<CouponView> mine() {
        long customerId = guard.customerOf("ORDER");
        List<GrantRow> grants = repository.grantsOf(customerId, 1000);
        Map<Long, BatchRow> batches = repository.batches(grants.stream().map(GrantRow::batchId).distinct().toList());
        Instant now = clock.now();
        return grants.stream().filter(g -> !batches.get(g.batchId()).toDomain().kind().isPack()) // a pack's items are grants of their own
                .map(g -> view(g, batches.get(g.batchId()).toDomain(), now))
                .sorted(java.util.Comparator.comparing((CouponView v) -> GrantState.Shown.valueOf(v.status()).ordinal()))
                .toList();
    }

    /**
     * The options of the order form's checkout step for this request (see {@link CheckoutOptions}). Each option is
     * quoted in a transaction of its own (a refusal rolls back only its own quote), so this method runs without one.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public CheckoutOptions checkout(QuoteRequest r) {
        QuoteRequest bare = new QuoteRequest(r.specCode(), r.nodes(), r.billingMode(), r.periods(), null);
        Quote plain = quotes.quote(bare, false);
        List<CouponView> usable = mine().stream().filter(CouponView::usable).toList();
        List<CheckoutOptions.Option> coupons = new ArrayList<>();
        CheckoutOptions.Option best = null;
        for (CouponView c : usable) {
            if (BatchKind.COUPON.name().equals(c.kind())) {
                CheckoutOptions.Option o = option(c, plain, new QuoteRequest(bare.specCode(), bare.nodes(), bare.billingMode(), bare.periods(),
                        null, c.id(), List.of()));
                coupons.add(o);
                if (o.applies() && o.saving().isPositive() && (best == null || o.saving().compareTo(best.saving()) > 0)) {
                    best = o;
                }
            }
        }
        Long bestCoupon = best == null ? null : best.coupon().id();
        Quote base = best == null ? plain : quotes.quote(new QuoteRequest(bare.specCode(), bare.nodes(), bare.billingMode(), bare.periods(),
                null, bestCoupon, List.of()), false);
        List<CheckoutOptions.Option> cash = new ArrayList<>();
        List<Long> bestCash = new ArrayList<>();
        for (CouponView c : usable) {
            if (BatchKind.DEDUCTION_CASH_COUPON.name().equals(c.kind())) {
                CheckoutOptions.Option o = option(c, base, new QuoteRequest(bare.specCode(), bare.nodes(), bare.billingMode(), bare.periods(),
                        null, bestCoupon, List.of(c.id())));
                cash.add(o);
                if (o.applies() && o.saving().isPositive()) {
                    bestCash.add(c.id());
                }
            }
        }
        return new CheckoutOptions(plain, coupons, cash, bestCoupon, bestCash);
    }

    private CheckoutOptions.Option option(CouponView c, Quote without, QuoteRequest with) {
        try {
            return new CheckoutOptions.Option(c, without.payableAmount().minus(quotes.quote(with, false).payableAmount()), null);
        } catch (SuanliException e) {
            return new CheckoutOptions.Option(c, null, e);
        }
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
