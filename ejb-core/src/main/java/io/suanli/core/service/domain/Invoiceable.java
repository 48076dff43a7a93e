package io.suanli.core.service.domain;

import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.SuanliException;

import java.util.Objects;

/**
 * What a customer may still invoice (SPEC §11): its consumption paid from cash and credit less the refunds of it
 * ({@code consumed}, from the ledger: recharges are prepayments and cash coupons were never paid, so neither counts),
 * less what was invoiced (issued invoices less their red-letter reversals), less what is pending review. A refund
 * after invoicing can make it negative: 欠票, and no request is admitted until it is back at zero or above.
 */
public record Invoiceable(Money consumed, Money invoiced, Money pending) {

    public Invoiceable {
        Objects.requireNonNull(consumed, "consumed");
        Objects.requireNonNull(invoiced, "invoiced");
        Objects.requireNonNull(pending, "pending");
    }

    /** consumed − invoiced − pending; negative in 欠票. */
    public Money amount() {
        return consumed.minus(invoiced).minus(pending);
    }

    /** 欠票: more was invoiced (or is pending) than the net consumption now is. */
    public boolean inDebt() {
        return amount().isNegative();
    }

    /** What is owed in invoices while in 欠票 (zero otherwise): the amount a red-letter invoice or new consumption must cover. */
    public Money debt() {
        return inDebt() ? amount().negate() : Money.ZERO;
    }

    /** Refuses a request of {@code requested} in 欠票 or above the invoiceable amount; answers it otherwise. */
    public Money admit(Money requested) {
        if (requested == null || !requested.isPositive()) {
            throw new SuanliException("money.notPositive", String.valueOf(requested));
        }
        if (inDebt()) {
            throw new SuanliException("invoice.inDebt", debt().toString());
        }
        if (requested.compareTo(amount()) > 0) {
            throw new SuanliException("invoice.aboveInvoiceable", requested.toString(), amount().toString());
        }
        return requested;
    }

    /** The same figures once {@code amount} more is pending. */
    public Invoiceable requested(Money amount) {
        return new Invoiceable(consumed, invoiced, pending.plus(amount));
    }
}
