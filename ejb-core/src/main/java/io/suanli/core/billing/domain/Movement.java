package io.suanli.core.billing.domain;

import io.suanli.core.shared.domain.Money;

import java.util.ArrayList;
import java.util.List;

/**
 * The postings of one journal entry before they are written: each leg moves an amount from one ledger account to
 * another, so the postings always sum to zero.
 */
public final class Movement {

    /** A posting to be written: the account (customer's or platform's), the signed change and the channel shown. */
    public record Leg(SubAccount account, boolean customer, Money change, Channel channel) {
    }

    private final List<Leg> legs = new ArrayList<>();

    /** Moves {@code amount} out of {@code from} into {@code to}; the channels are what each side shows. */
    public Movement transfer(SubAccount from, Channel fromChannel, SubAccount to, Channel toChannel, Money amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("negative transfer");
        }
        if (amount.isZero()) {
            return this;
        }
        legs.add(new Leg(from, from.isCustomer(), amount.negate(), fromChannel));
        legs.add(new Leg(to, to.isCustomer(), amount, toChannel));
        return this;
    }

    public List<Leg> legs() {
        return List.copyOf(legs);
    }

    /** The sum of all postings: zero, always. */
    public Money sum() {
        return legs.stream().map(Leg::change).reduce(Money.ZERO, Money::plus);
    }
}
