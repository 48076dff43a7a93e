package io.suanli.integration.payment;

import java.math.BigDecimal;

/**
 * CNY amounts as the channels want them: yuan with 2 decimals ({@code "88.80"}, Alipay) or whole fen ({@code 8880},
 * WeChat Pay, UnionPay, e-CNY). Exact arithmetic only; an amount with more than 2 significant decimals is refused,
 * never rounded.
 */
public final class Amounts {

    /** The ISO 4217 code of the only currency we take. */
    public static final String CNY = "CNY";

    private Amounts() {
    }

    /**
     * The amount with scale 2 ({@code 88.8} → {@code 88.80}). Refuses null, negative amounts and more than 2
     * decimals ({@code 1.005}); {@code 1.500} is accepted as {@code 1.50}.
     */
    public static BigDecimal cny(BigDecimal amount) {
        if (amount == null) {
            throw new IllegalArgumentException("amount is missing");
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("amount must not be negative: " + amount);
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > 2) {
            throw new IllegalArgumentException("amount has more than 2 decimals: " + amount.toPlainString());
        }
        return amount.setScale(2);
    }

    /** A positive amount with scale 2, as every payment order needs. */
    public static BigDecimal positiveCny(BigDecimal amount) {
        BigDecimal cny = cny(amount);
        if (cny.signum() == 0) {
            throw new IllegalArgumentException("amount must be positive");
        }
        return cny;
    }

    /** Yuan to fen, exactly ({@code 88.80} → {@code 8880}); refuses more than 2 decimals and more than int fen. */
    public static int toFen(BigDecimal amount) {
        try {
            return cny(amount).movePointRight(2).intValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("amount too large for the channel: " + amount.toPlainString(), e);
        }
    }

    /** Fen to yuan with 2 decimals ({@code 8880} → {@code 88.80}). */
    public static BigDecimal fromFen(long fen) {
        if (fen < 0) {
            throw new IllegalArgumentException("amount must not be negative: " + fen + " fen");
        }
        return BigDecimal.valueOf(fen, 2);
    }

    /**
     * Parses a channel's yuan string ({@code "88.80"}, {@code "88.8"}, {@code "88"}) strictly: plain decimal digits,
     * at most 2 decimals. Throws {@link PaymentException} on anything else — it came from outside.
     */
    public static BigDecimal parseYuan(String text) {
        if (text == null || !text.matches("\\d{1,12}(\\.\\d{1,2})?")) {
            throw new PaymentException("not an amount in yuan: " + text);
        }
        return new BigDecimal(text).setScale(2);
    }

    /** Parses a channel's fen string ({@code "8880"}) strictly. Throws {@link PaymentException} on anything else. */
    public static BigDecimal parseFen(String text) {
        if (text == null || !text.matches("\\d{1,15}")) {
            throw new PaymentException("not an amount in fen: " + text);
        }
        return fromFen(Long.parseLong(text));
    }
}
