package io.suanli.core.shared.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of money in CNY with exactly two decimals (fen). Immutable; never a floating-point number.
 * Unit prices with more decimals stay {@link BigDecimal}s until {@link #of(BigDecimal)} rounds them
 * half-up to the fen through the one rounding rule of the platform.
 */
public final class Money implements Comparable<Money> {

    public static final String CURRENCY = "CNY";
    public static final int SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    public static final Money ZERO = new Money(BigDecimal.ZERO.setScale(SCALE));

    private final BigDecimal amount;

    private Money(BigDecimal amount) {
        this.amount = amount;
    }

    /** Rounds half-up to the fen: the platform's one rounding helper for amounts. */
    public static Money of(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        return new Money(amount.setScale(SCALE, ROUNDING));
    }

    public static Money of(String amount) {
        return of(new BigDecimal(amount));
    }

    /**
     * Parses an amount a person entered: at most two decimals, no rounding. More decimals are an input
     * error, never silently rounded away.
     */
    public static Money parseExact(String text) {
        if (text == null || text.isBlank()) {
            throw new SuanliException("money.required");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new SuanliException("money.invalid", text);
        }
        if (value.stripTrailingZeros().scale() > SCALE) {
            throw new SuanliException("money.tooManyDecimals", text);
        }
        return new Money(value.setScale(SCALE, RoundingMode.UNNECESSARY));
    }

    public BigDecimal amount() {
        return amount;
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    /** Multiplies by a factor (quantity, hours, a unit price ratio) and rounds the result to the fen. */
    public Money times(BigDecimal factor) {
        return of(amount.multiply(factor));
    }

    /**
     * Allocates this amount in proportion to the given weights, each share rounded half-up to the fen;
     * the rounding remainder goes to the share at {@code remainderIndex}, so the shares always sum to this amount.
     */
    public Money[] allocate(BigDecimal[] weights, int remainderIndex) {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal w : weights) {
            if (w.signum() < 0) {
                throw new IllegalArgumentException("negative weight");
            }
            total = total.add(w);
        }
        if (total.signum() == 0) {
            throw new IllegalArgumentException("weights sum to zero");
        }
        Money[] shares = new Money[weights.length];
        Money allocated = ZERO;
        for (int i = 0; i < weights.length; i++) {
            shares[i] = of(amount.multiply(weights[i]).divide(total, 10, ROUNDING));
            allocated = allocated.plus(shares[i]);
        }
        shares[remainderIndex] = shares[remainderIndex].plus(this.minus(allocated));
        return shares;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public Money negate() {
        return new Money(amount.negate());
    }

    @Override
    public int compareTo(Money o) {
        return amount.compareTo(o.amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && amount.equals(m.amount);
    }

    @Override
    public int hashCode() {
        return amount.hashCode();
    }

    /** The contract form of the REST API: a plain string with two decimals, e.g. {@code "8588.32"}. */
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
