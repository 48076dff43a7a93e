package io.suanli.core.identity.application;

import java.io.Serializable;

/** A customer onboarded by operations: its id and the username of its administrator. */
public record OnboardedCustomer(long customerId, String username) implements Serializable {
}
