package io.suanli.core.catalog.domain;

import io.suanli.core.shared.domain.SuanliException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

/**
 * The rules of a spec's price history for one strategy and billing mode: versions never overlap, none starts in
 * the past (history is never rewritten), and a new version closes the open-ended one that started before it.
 */
public final class PriceTimeline {

    /** A half-open interval {@code [from, to)}; {@code to} null means open-ended. */
    public record Window(Instant from, Instant to) {

        public boolean overlaps(Window o) {
            boolean thisEndsAfterOtherStarts = to == null || to.isAfter(o.from);
            boolean otherEndsAfterThisStarts = o.to == null || o.to.isAfter(from);
            return thisEndsAfterOtherStarts && otherEndsAfterThisStarts;
        }
    }

    private static final BigDecimal MAX = new BigDecimal("1000000000000");

    private PriceTimeline() {
    }

    /**
     * Checks where a new window goes among the existing ones at time {@code now}; answers the index of the
     * open-ended version that must end when the new one starts, if any.
     */
    public static OptionalInt place(List<Window> existing, Window added, Instant now) {
        if (added.from().isBefore(now)) {
            throw new SuanliException("price.effectiveInPast");
        }
        if (added.to() != null && !added.to().isAfter(added.from())) {
            throw new SuanliException("price.windowInvalid");
        }
        OptionalInt toClose = OptionalInt.empty();
        for (int i = 0; i < existing.size(); i++) {
            Window e = existing.get(i);
            Window effective = e;
            if (e.to() == null && e.from().isBefore(added.from())) {
                toClose = OptionalInt.of(i);
                effective = new Window(e.from(), added.from());
            }
            if (effective.overlaps(added)) {
                throw new SuanliException("price.overlap", e.from().toString());
            }
        }
        return toClose;
    }

    /** A price must be positive, within the decimals of its mode and below a trillion. */
    public static BigDecimal checkAmount(BigDecimal amount, BillingMode mode) {
        if (amount == null) {
            throw new SuanliException("money.required");
        }
        if (amount.signum() <= 0) {
            throw new SuanliException("price.notPositive", amount.toPlainString());
        }
        if (amount.stripTrailingZeros().scale() > mode.maxScale()) {
            throw new SuanliException("price.tooManyDecimals", amount.toPlainString(), mode.maxScale());
        }
        if (amount.compareTo(MAX) >= 0) {
            throw new SuanliException("price.tooLarge", amount.toPlainString());
        }
        return amount.setScale(6);
    }
}
