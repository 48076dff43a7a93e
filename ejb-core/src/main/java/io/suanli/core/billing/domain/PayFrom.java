package io.suanli.core.billing.domain;

import io.suanli.core.shared.domain.SuanliException;

/** Which balance pays (§8): by default the waterfall cash coupon → cash → credit, or one account chosen by the customer. */
public enum PayFrom {
    AUTO, CASH, CREDIT, CASH_COUPON;

    public static PayFrom parse(String text) {
        if (text == null || text.isBlank()) {
            return AUTO;
        }
        try {
            return PayFrom.valueOf(text.trim());
        } catch (IllegalArgumentException e) {
            throw new SuanliException("account.payFromInvalid", text);
        }
    }
}
