package io.suanli.core.billing.domain;

import io.suanli.core.shared.domain.SuanliException;

/** Where money came from or went to (U8): external channels and the customer's own balances. */
public enum Channel {
    CASH_BALANCE, WECHAT, ALIPAY, ECNY, UNIONPAY, BANK_TRANSFER, CASH_COUPON_BALANCE, DEDUCTION_CASH_COUPON, CREDIT_BALANCE,
    RECHARGE_CASH_COUPON, CONTRACT_CREDIT, PLATFORM;

    public static Channel parse(String text) {
        try {
            return Channel.valueOf(text == null ? "" : text.trim());
        } catch (IllegalArgumentException e) {
            throw new SuanliException("account.channelInvalid", String.valueOf(text));
        }
    }
}
