package io.suanli.core.service.domain;

import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.SuanliException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A contract's terms (SPEC §11, O9): its number, customer, credit line (zero or more), an optional discount rate (what
 * the customer pays of the price after the list, in (0, 1), four decimals: 0.9 is 10 % off), items at contract unit
 * prices (a spec and billing mode each, once), and its dates (the end not before the start). In force on the days
 * from its start to its end, both included, while ACTIVE.
 */
public record Contract(String contractNo, long customerId, Money creditLine, BigDecimal discountRate, LocalDate startsOn, LocalDate endsOn,
                       List<Item> items) {

    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");
    private static final Set<String> MODES = Set.of("PREPAID_MONTHLY", "PREPAID_YEARLY", "PAYG");

    /** A spec at a contract unit price (six decimals, as list prices), for one billing mode. */
    public record Item(String specCode, String billingMode, BigDecimal unitPrice) {
    }

    public Contract {
        if (contractNo == null || !NUMBER.matcher(contractNo.trim()).matches()) {
            throw new SuanliException("contract.numberInvalid", String.valueOf(contractNo));
        }
        contractNo = contractNo.trim();
        if (creditLine == null) {
            creditLine = Money.ZERO;
        }
        if (creditLine.isNegative()) {
            throw new SuanliException("contract.creditLineNegative", creditLine.toString());
        }
        if (discountRate != null && (discountRate.signum() <= 0 || discountRate.compareTo(BigDecimal.ONE) >= 0 || discountRate.scale() > 4)) {
            throw new SuanliException("contract.rateInvalid", discountRate.toPlainString());
        }
        if (startsOn == null || endsOn == null) {
            throw new SuanliException("validation.required", startsOn == null ? "contract.startsOn" : "contract.endsOn");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new SuanliException("contract.endsBeforeStart", endsOn.toString(), startsOn.toString());
        }
        items = items == null ? List.of() : List.copyOf(items);
        Set<String> seen = new HashSet<>();
        List<Item> checked = new java.util.ArrayList<>();
        for (Item i : items) {
            if (i == null || i.specCode() == null || i.specCode().isBlank()) {
                throw new SuanliException("validation.required", "contract.specCode");
            }
            String mode = i.billingMode() == null || i.billingMode().isBlank() ? "PREPAID_MONTHLY" : i.billingMode().trim().toUpperCase(Locale.ROOT);
            if (!MODES.contains(mode)) {
                throw new SuanliException("contract.billingModeInvalid", i.billingMode());
            }
            if (i.unitPrice() == null || i.unitPrice().signum() <= 0 || i.unitPrice().scale() > 6) {
                throw new SuanliException("contract.unitPriceInvalid", String.valueOf(i.unitPrice()));
            }
            if (!seen.add(i.specCode().trim() + "/" + mode)) {
                throw new SuanliException("contract.itemTwice", i.specCode().trim(), mode);
            }
            checked.add(new Item(i.specCode().trim(), mode, i.unitPrice()));
        }
        items = List.copyOf(checked);
    }

    /** Whether the day is within the contract's dates (both included). */
    public boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    /** The reminders before the end (SPEC §11): 30 days, then 7 days ahead, each once. */
    public static final int FIRST_REMINDER = 30;
    public static final int LAST_REMINDER = 7;

    /**
     * Which reminder is due on {@code today} for a contract ending on {@code endsOn}, given those already sent: the 7-day one
     * from 7 days ahead (it stands for the 30-day one too when that was never sent), else the 30-day one from 30 days
     * ahead; null when none (none after the end day either).
     */
    public static Integer reminderDue(LocalDate endsOn, LocalDate today, boolean sent30, boolean sent7) {
        long left = java.time.temporal.ChronoUnit.DAYS.between(today, endsOn);
        if (left < 0) {
            return null;
        }
        if (left <= LAST_REMINDER) {
            return sent7 ? null : LAST_REMINDER;
        }
        if (left <= FIRST_REMINDER) {
            return sent30 ? null : FIRST_REMINDER;
        }
        return null;
    }
}
