package io.suanli.core.marketing.domain;

import io.suanli.core.shared.domain.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

/** Test data: an order candidate that meets {@link #FULL}, changed one fact at a time. */
final class Orders {

    static final Instant AT = Instant.parse("2026-07-01T04:00:00Z");
    static final long CUSTOMER = 7L;

    /** Every condition set, all met by {@link #order()}. */
    static final Conditions FULL = new Conditions("hcso-1", "GPU", "ai-train", "gpu-8x", Set.of("PREPAID_MONTHLY", "PREPAID_YEARLY"),
            Set.of(OrderType.NEW, OrderType.RENEW), 2, Money.of("1000.00"));

    private Long customerId = CUSTOMER;
    private String province = "440000";
    private String city = "440300";
    private Set<Long> contracts = Set.of(31L);
    private String cloudAccount = "hcso-1";
    private String category = "GPU";
    private String product = "ai-train";
    private String spec = "gpu-8x";
    private String billingMode = "PREPAID_MONTHLY";
    private OrderType type = OrderType.NEW;
    private int nodes = 2;
    private Money list = Money.of("10000.00");
    private Instant at = AT;

    static Orders order() {
        return new Orders();
    }

    Orders customer(Long id) { customerId = id; return this; }
    Orders province(String code) { province = code; return this; }
    Orders city(String code) { city = code; return this; }
    Orders contracts(Set<Long> ids) { contracts = ids; return this; }
    Orders cloudAccount(String a) { cloudAccount = a; return this; }
    Orders category(String c) { category = c; return this; }
    Orders product(String p) { product = p; return this; }
    Orders spec(String s) { spec = s; return this; }
    Orders billingMode(String m) { billingMode = m; return this; }
    Orders type(OrderType t) { type = t; return this; }
    Orders nodes(int n) { nodes = n; return this; }
    Orders list(String amount) { list = Money.of(amount); return this; }
    Orders at(Instant i) { at = i; return this; }

    Candidate build() {
        return new Candidate(customerId, province, city, contracts, cloudAccount, category, product, spec, billingMode, type,
                nodes, list, at);
    }

    static Discount platform(long id, String rate) {
        return new Discount(id, "platform " + rate, new BigDecimal(rate), Scope.platform(), false, null, null);
    }

    static Discount customer(long id, String rate) {
        return new Discount(id, "customer " + rate, new BigDecimal(rate), Scope.customer(CUSTOMER), false, null, null);
    }

    static Discount exclusive(long id, String rate) {
        return new Discount(id, "exclusive " + rate, new BigDecimal(rate), Scope.platform(), true, null, null);
    }

    static StackingPolicy stacked(String floor) {
        return new StackingPolicy(StackingPolicy.Mode.STACKED, new BigDecimal(floor));
    }

    static StackingPolicy bestOnly(String floor) {
        return new StackingPolicy(StackingPolicy.Mode.BEST_ONLY, new BigDecimal(floor));
    }

    static Coupon amountOff(long id, String threshold, String amount, boolean withDiscounts) {
        return Coupon.amountOff(id, "C" + id, Money.of(threshold), Money.of(amount), withDiscounts, Scope.platform(), null, null);
    }

    static Coupon percentOff(long id, String percent, String cap) {
        return Coupon.percentOff(id, "P" + id, new BigDecimal(percent), cap == null ? null : Money.of(cap), true,
                Scope.platform(), null, null);
    }

    static DeductionCoupon cash(long id, String balance, Instant expires) {
        return new DeductionCoupon(id, Money.of(balance), Money.of(balance), new Validity(null, expires), null, false);
    }
}
