package io.suanli.core.marketing.domain;

/** The kinds of order a discount or coupon may be limited to (SPEC §9): a new purchase, a renewal or a change. */
public enum OrderType {
    NEW, RENEW, CHANGE
}
