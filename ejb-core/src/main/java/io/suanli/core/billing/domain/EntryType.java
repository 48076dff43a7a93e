package io.suanli.core.billing.domain;

/** What a journal entry is, as the transaction details (收支明细) filter it. */
public enum EntryType { RECHARGE, DEDUCTION, CONSUMPTION, REFUND, FREEZE, UNFREEZE, CREDIT_GRANT, ADJUSTMENT, COUPON_REDEEM }
