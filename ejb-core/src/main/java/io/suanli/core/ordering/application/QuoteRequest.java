package io.suanli.core.ordering.application;

import java.io.Serializable;

/** What a price is asked for: spec, nodes (or quantity), billing mode, periods (months, years or usage units), coupon. */
public record QuoteRequest(String specCode, Integer nodes, String billingMode, Integer periods, String couponCode)
        implements Serializable {
}
