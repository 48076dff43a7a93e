package io.suanli.core.shared.domain;

import java.math.BigDecimal;

/**
 * Money as people read it (SPEC §8): the yuan sign, thousands separators and at least two decimals, e.g.
 * {@code ¥1,234.56} and {@code -¥1,234.56}, the same in every language. A unit price keeps its own decimals when
 * it has more than two ({@code ¥2.500000}): nothing is rounded away. The REST API keeps the plain form of
 * {@link Money#toString()}; the pages reach this through the {@code su:money} EL function.
 */
public final class MoneyText {

    private MoneyText() {
    }

    /**
     * An amount for display: a {@link Money}, a {@link BigDecimal} or another {@link Number}, or a numeric string;
     * {@code null} is shown as nothing, and any other text (a dash, a note) as it is.
     */
    public static String display(Object amount) {
        if (amount == null) {
            return "";
        }
        BigDecimal value;
        if (amount instanceof Money m) {
            value = m.amount();
        } else if (amount instanceof BigDecimal b) {
            value = b;
        } else if (amount instanceof Number n) {
            value = new BigDecimal(n.toString());
        } else {
            try {
                value = new BigDecimal(amount.toString().trim());
            } catch (NumberFormatException e) {
                return amount.toString();
            }
        }
        return format(value);
    }

    private static String format(BigDecimal value) {
        String plain = value.abs().setScale(Math.max(Money.SCALE, value.scale())).toPlainString();
        int point = plain.indexOf('.');
        StringBuilder text = new StringBuilder(plain.length() + 8);
        if (value.signum() < 0) {
            text.append('-');
        }
        text.append('¥');
        for (int i = 0; i < point; i++) {
            if (i > 0 && (point - i) % 3 == 0) {
                text.append(',');
            }
            text.append(plain.charAt(i));
        }
        return text.append(plain, point, plain.length()).toString();
    }
}
