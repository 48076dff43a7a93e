package io.suanli.core.billing.application;

import io.suanli.core.shared.domain.Money;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A consumption charge or its refund as the ledger wrote it, fired inside the ledger's transaction for every such
 * entry (once: a replay writes nothing and fires nothing), so that a context paid on consumption (distribution's
 * commission) cannot miss a path: orders of every type, pay-as-you-go hours and what they owed, and every refund.
 *
 * @param entryId       the journal entry
 * @param refund        false for a charge, true for a refund
 * @param reference     the entry's reference (an order number, a usage reference)
 * @param orderType     the tag the charging context gave (NEW, RENEW, CHANGE, UNSUBSCRIBE, USAGE…), null when untagged
 * @param amount        the whole amount charged or refunded
 * @param cashAndCredit the part taken from (or returned to) cash and credit — never the cash-coupon balance
 * @param charges       for a refund, the references of the charges it returns (the group); for a charge, its own
 * @param chargedCashAndCredit for a refund, what the group's charges took from cash and credit in all
 * @param refundedBefore for a refund, what earlier refunds of the group returned to cash and credit
 */
public record ConsumptionPosted(long customerId, long entryId, boolean refund, String reference, String orderType, Money amount,
                                Money cashAndCredit, List<String> charges, Money chargedCashAndCredit, Money refundedBefore, Instant at)
        implements Serializable {

    public ConsumptionPosted {
        charges = List.copyOf(charges);
    }
}
