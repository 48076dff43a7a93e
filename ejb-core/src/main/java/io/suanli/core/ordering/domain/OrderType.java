package io.suanli.core.ordering.domain;

/** What an order does (U3–U6): open a resource, extend it, change its nodes or spec, or end it early. */
public enum OrderType {
    NEW, RENEW, CHANGE, UNSUBSCRIBE
}
