package io.suanli.core.marketing.domain;

import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.SuanliException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

import static io.suanli.core.marketing.domain.Orders.FULL;
import static io.suanli.core.marketing.domain.Orders.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DiscountTest {

    private static final Instant FROM = Instant.parse("2026-07-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-08-01T00:00:00Z");

    private static Discount discount(Scope scope, Conditions conditions, Validity validity) {
        return new Discount(1L, "summer", new BigDecimal("0.90"), scope, false, conditions, validity);
    }

    private static Discount full() {
        return discount(Scope.platform(), FULL, new Validity(FROM, TO));
    }

    @Test
    void appliesWhenEveryConditionHolds() {
        assertTrue(full().appliesTo(order().build()));
    }

    @Test
    void withoutConditionsItAppliesToEveryOrder() {
        assertTrue(discount(Scope.platform(), null, null).appliesTo(order().billingMode("PAYG").type(OrderType.CHANGE).nodes(1).list("0.01").build()));
    }

    @Test
    void anotherCloudAccountFails() {
        assertFalse(full().appliesTo(order().cloudAccount("hcso-2").build()));
    }

    @Test
    void anotherCategoryFails() {
        assertFalse(full().appliesTo(order().category("CPU").build()));
    }

    @Test
    void anotherProductFails() {
        assertFalse(full().appliesTo(order().product("ai-infer").build()));
    }

    @Test
    void anotherSpecFails() {
        assertFalse(full().appliesTo(order().spec("gpu-4x").build()));
    }

    @Test
    void anotherBillingModeFails() {
        assertFalse(full().appliesTo(order().billingMode("PAYG").build()));
        assertTrue(full().appliesTo(order().billingMode("PREPAID_YEARLY").build()));
    }

    @Test
    void anotherOrderTypeFails() {
        assertFalse(full().appliesTo(order().type(OrderType.CHANGE).build()));
        assertTrue(full().appliesTo(order().type(OrderType.RENEW).build()));
    }

    @Test
    void fewerNodesThanTheMinimumFailAndExactlyTheMinimumHolds() {
        assertFalse(full().appliesTo(order().nodes(1).build()));
        assertTrue(full().appliesTo(order().nodes(2).build()));
    }

    @Test
    void aListAmountBelowTheMinimumFailsAndExactlyTheMinimumHolds() {
        assertFalse(full().appliesTo(order().list("999.99").build()));
        assertTrue(full().appliesTo(order().list("1000.00").build()));
    }

    @Test
    void validFromIncludedToExcluded() {
        assertFalse(full().appliesTo(order().at(FROM.minusNanos(1)).build()));
        assertTrue(full().appliesTo(order().at(FROM).build()));
        assertTrue(full().appliesTo(order().at(TO.minusNanos(1)).build()));
        assertFalse(full().appliesTo(order().at(TO).build()));
    }

    @Test
    void openEndedValidity() {
        assertTrue(discount(Scope.platform(), null, new Validity(FROM, null)).appliesTo(order().at(Instant.parse("2099-01-01T00:00:00Z")).build()));
        assertFalse(discount(Scope.platform(), null, new Validity(null, TO)).appliesTo(order().at(TO).build()));
    }

    @Test
    void regionScopeMatchesTheProvinceOrTheCity() {
        assertTrue(discount(Scope.region("440000"), null, null).appliesTo(order().build()));
        assertTrue(discount(Scope.region("440300"), null, null).appliesTo(order().province("110000").build()));
        assertFalse(discount(Scope.region("310000"), null, null).appliesTo(order().build()));
    }

    @Test
    void customerScopeMatchesOnlyThatCustomer() {
        Discount d = discount(Scope.customer(Orders.CUSTOMER), null, null);
        assertTrue(d.appliesTo(order().build()));
        assertFalse(d.appliesTo(order().customer(8L).build()));
        assertFalse(d.appliesTo(order().customer(null).build()));
    }

    @Test
    void contractScopeNeedsTheContractActive() {
        Discount d = discount(Scope.contract(31L), null, null);
        assertTrue(d.appliesTo(order().build()));
        assertFalse(d.appliesTo(order().contracts(Set.of(32L)).build()));
        assertFalse(d.appliesTo(order().contracts(null).build()));
    }

    @Test
    void aRateOfOneIsAllowed() {
        assertEquals(BigDecimal.ONE, new Discount(1L, "none", BigDecimal.ONE, Scope.platform(), false, null, null).rate());
    }

    @Test
    void aRateOfZeroOrAboveOneIsRefused() {
        for (String r : new String[] {"0", "1.01", "-0.10"}) {
            assertEquals("marketing.rateInvalid", assertThrows(SuanliException.class,
                    () -> new Discount(1L, "bad", new BigDecimal(r), Scope.platform(), false, null, null)).key());
        }
    }

    @Test
    void aValidityEndingAtOrBeforeItsStartIsRefused() {
        assertEquals("marketing.validityInvalid", assertThrows(SuanliException.class, () -> new Validity(FROM, FROM)).key());
        assertEquals("marketing.validityInvalid", assertThrows(SuanliException.class, () -> new Validity(TO, FROM)).key());
    }

    @Test
    void aRegionScopeWithoutARegionIsRefused() {
        assertEquals("marketing.regionRequired", assertThrows(SuanliException.class, () -> Scope.region(null)).key());
        assertEquals("marketing.regionRequired", assertThrows(SuanliException.class, () -> Scope.region(" ")).key());
    }

    @Test
    void customerAndContractScopesNeedTheirIds() {
        assertEquals("marketing.customerRequired", assertThrows(SuanliException.class, () -> Scope.customer(null)).key());
        assertEquals("marketing.contractRequired", assertThrows(SuanliException.class, () -> Scope.contract(null)).key());
    }

    @Test
    void badMinimaAreRefused() {
        assertEquals("marketing.minNodesInvalid", assertThrows(SuanliException.class,
                () -> new Conditions(null, null, null, null, null, null, 0, null)).key());
        assertEquals("marketing.minListAmountInvalid", assertThrows(SuanliException.class,
                () -> new Conditions(null, null, null, null, null, null, null, Money.of("-0.01"))).key());
    }
}
