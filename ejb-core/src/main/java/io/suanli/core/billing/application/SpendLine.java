package io.suanli.core.billing.application;

import io.suanli.core.shared.domain.Money;

import java.io.Serializable;

/**
 * What the ledger charged and refunded a customer for one product over a period, from the entries tagged with that
 * product (consumption and deductions charged, refunds refunded); {@code productCode} is empty for untagged entries.
 */
public record SpendLine(String productCode, Money charged, Money refunded, int entries) implements Serializable {

    public Money net() {
        return charged.minus(refunded);
    }
}
