package io.suanli.core.billing.domain;

/**
 * The ledger accounts. A customer's: cash, credit used (its balance is minus what is used), the credit line (its
 * balance is the limit), frozen and cash-coupon balances. The platform's: channel clearing, revenue, coupon
 * expense and the credit lines granted. Postings of one entry sum to zero.
 */
public enum SubAccount {
    CASH(true, Channel.CASH_BALANCE),
    CREDIT(true, Channel.CREDIT_BALANCE),
    CREDIT_LINE(true, Channel.CONTRACT_CREDIT),
    FROZEN(true, Channel.CASH_BALANCE),
    CASH_COUPON(true, Channel.CASH_COUPON_BALANCE),
    CLEARING(false, Channel.PLATFORM),
    REVENUE(false, Channel.PLATFORM),
    COUPON_EXPENSE(false, Channel.PLATFORM),
    CREDIT_LINES_GRANTED(false, Channel.PLATFORM);

    private final boolean customer;
    private final Channel channel;

    SubAccount(boolean customer, Channel channel) {
        this.customer = customer;
        this.channel = channel;
    }

    public boolean isCustomer() {
        return customer;
    }

    /** The channel a customer sees on a line of this account. */
    public Channel channel() {
        return channel;
    }
}
