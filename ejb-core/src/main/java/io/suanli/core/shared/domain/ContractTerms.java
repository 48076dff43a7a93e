package io.suanli.core.shared.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * What a customer's contracts in force change in its quotes (SPEC §11): a contract unit price that replaces the list
 * price of a spec and billing mode, and the contracts in force (their discounts have scope CONTRACT). The business
 * services context implements it; the price engine and the marketing engine read it, so neither depends on that context.
 */
public interface ContractTerms {

    /** The unit price a contract in force at {@code at} gives the customer for the spec and billing mode, if any (the lowest). */
    Optional<BigDecimal> unitPrice(long customerId, String specCode, String billingMode, Instant at);

    /** The ids of the customer's contracts in force at {@code at}. */
    Set<Long> inForce(long customerId, Instant at);
}
