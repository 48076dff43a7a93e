package io.suanli.core.billing.application;

import io.suanli.core.shared.domain.Money;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A bill of one customer and month: totals and lines (charged positive, refunded negative).
 *
 * @param builtAt when it was kept as a bill; null for a bill computed on the fly from the ledger (the month running)
 */
public record BillView(long customerId, String period, Money charged, Money refunded, Money total, Money discount, Money invoiced,
                       Instant builtAt, List<Line> lines) implements Serializable {

    /** One line: product, spec, billing mode, order type, kind (CHARGE or REFUND), amount, discount, entries summed. */
    public record Line(long customerId, String period, String productCode, String specCode, String billingMode, String orderType,
                       String kind, Money amount, Money discount, int entries) implements Serializable {
    }
}
