package io.suanli.core.ordering.application;

import io.suanli.core.shared.domain.Money;

/**
 * What a price adjuster (marketing) sees of a quote: who asks (null for a visitor), what is priced and the list
 * amount. Discounts may depend on customer, region, category, quantity, price and time (O5).
 */
public record QuoteContext(Long customerId, String specCode, String productCode, String categoryCode, String resourceTypeCode,
                           String billingMode, int nodes, int periods, Money listAmount, java.time.Instant at) {
}
