package io.suanli.core.ordering.application;

import io.suanli.core.shared.domain.Money;

import java.time.Instant;

/**
 * What a price adjuster (marketing) sees of a quote: who asks (null for a visitor), what is priced, the list
 * amount, the quote instant and what kind of order it prices ({@code orderType}: NEW, RENEW or CHANGE, as text so
 * that adjusters need no ordering type). Discounts may depend on customer, region, category, quantity, price and
 * time (O5).
 */
public record QuoteContext(Long customerId, String specCode, String productCode, String categoryCode, String resourceTypeCode,
                           String billingMode, int nodes, int periods, Money listAmount, Instant at, String orderType) {

    /** A quote for a new order. */
    public QuoteContext(Long customerId, String specCode, String productCode, String categoryCode, String resourceTypeCode,
                        String billingMode, int nodes, int periods, Money listAmount, Instant at) {
        this(customerId, specCode, productCode, categoryCode, resourceTypeCode, billingMode, nodes, periods, listAmount, at, "NEW");
    }
}
