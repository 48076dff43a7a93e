package io.suanli.core.marketing.application;

import io.suanli.core.marketing.domain.Discount;
import io.suanli.core.marketing.domain.OrderType;
import io.suanli.core.marketing.domain.Scope;
import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.SuanliException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What operations enter becomes a discount or policy, or a keyed error. */
class DiscountServiceTest {

    static final Instant FROM = Instant.parse("2026-07-01T00:00:00Z");

    static DiscountDraft draft(String scope, Long customerId, String region, String rate, Instant to) {
        return new DiscountDraft("Summer", scope, customerId, region, null, "p-1", null, List.of("prepaid_monthly"), List.of("NEW"),
                null, "100.00", rate, null, FROM, to);
    }

    static String key(Executable e) {
        return assertThrows(SuanliException.class, e).key();
    }

    @Test
    void aCustomerDiscountWithConditions() {
        Discount d = DiscountService.discount(7L, draft("customer", 1000001L, null, "0.90", null));
        assertEquals(Scope.customer(1000001L), d.scope());
        assertEquals(new BigDecimal("0.90"), d.rate());
        assertEquals(Set.of("PREPAID_MONTHLY"), d.conditions().billingModes());
        assertEquals(Set.of(OrderType.NEW), d.conditions().orderTypes());
        assertEquals(Money.of("100.00"), d.conditions().minListAmount());
        assertEquals("p-1", d.conditions().productCode());
    }

    @Test
    void badDraftsAreRefusedWithTheirKeys() {
        assertEquals("marketing.rateInvalid", key(() -> DiscountService.discount(1L, draft("PLATFORM", null, null, "0", null))));
        assertEquals("marketing.rateInvalid", key(() -> DiscountService.discount(1L, draft("PLATFORM", null, null, "1.01", null))));
        assertEquals("marketing.rateInvalid", key(() -> DiscountService.discount(1L, draft("PLATFORM", null, null, "0.90001", null))));
        assertEquals("marketing.rateInvalid", key(() -> DiscountService.discount(1L, draft("PLATFORM", null, null, "abc", null))));
        assertEquals("validation.required", key(() -> DiscountService.discount(1L, draft("PLATFORM", null, null, null, null))));
        assertEquals("marketing.validityInvalid", key(() -> DiscountService.discount(1L,
                draft("PLATFORM", null, null, "0.90", FROM.minusSeconds(60)))));
        assertEquals("marketing.regionRequired", key(() -> DiscountService.discount(1L, draft("REGION", null, null, "0.90", null))));
        assertEquals("marketing.customerRequired", key(() -> DiscountService.discount(1L, draft("CUSTOMER", null, null, "0.90", null))));
        assertEquals("validation.required", key(() -> DiscountService.discount(1L, draft(null, null, null, "0.90", null))));
        assertEquals("marketing.scopeInvalid", key(() -> DiscountService.discount(1L, draft("CONTRACT", null, null, "0.90", null))));
        assertEquals("marketing.billingModeInvalid", key(() -> DiscountService.discount(1L, new DiscountDraft("x", "PLATFORM", null, null,
                null, null, null, List.of("DAILY"), null, null, null, "0.90", null, FROM, null))));
        assertEquals("marketing.orderTypeInvalid", key(() -> DiscountService.discount(1L, new DiscountDraft("x", "PLATFORM", null, null,
                null, null, null, null, List.of("UNSUBSCRIBE"), null, null, "0.90", null, FROM, null))));
        assertEquals("validation.required", key(() -> DiscountService.discount(1L, new DiscountDraft("x", "PLATFORM", null, null,
                null, null, null, null, null, null, null, "0.90", null, null, null))));
    }

    @Test
    void thePolicyIsReadOrRefusedWithItsKey() {
        assertEquals(new BigDecimal("0.80"), MarketingPolicyService.policy("stacked", "0.80").floor());
        assertEquals("marketing.floorInvalid", key(() -> MarketingPolicyService.policy("STACKED", "1.2")));
        assertEquals("marketing.floorInvalid", key(() -> MarketingPolicyService.policy("STACKED", "0")));
        assertEquals("marketing.stackingInvalid", key(() -> MarketingPolicyService.policy("BEST", "0.80")));
        assertEquals("validation.required", key(() -> MarketingPolicyService.policy(null, "0.80")));
    }
}
