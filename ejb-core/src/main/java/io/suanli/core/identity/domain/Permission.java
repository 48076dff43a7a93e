package io.suanli.core.identity.domain;

/** What a customer's sub-user may do (U2); the customer's administrator may do everything. */
public enum Permission {
    VIEW_RESOURCES, ORDER, PAY, VIEW_BILLING, MANAGE_SUBUSERS
}
