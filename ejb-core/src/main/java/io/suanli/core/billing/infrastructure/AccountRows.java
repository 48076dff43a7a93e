package io.suanli.core.billing.infrastructure;

import io.suanli.core.billing.domain.Account;
import io.suanli.core.shared.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;

/**
 * The account rows: opened on first use in a transaction of their own (two first movements at once both find the
 * row afterwards), then locked with {@code SELECT … FOR UPDATE} for every movement of that customer.
 */
@ApplicationScoped
public class AccountRows {

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    /** Opens the account unless it exists; a failure (a concurrent opening, an unknown customer) is left to {@link #lock}. */
    public void ensureOpen(long customerId, Instant at) {
        if (em.find(Account.class, customerId) != null) {
            return;
        }
        try {
            self().open(customerId, at);
        } catch (RuntimeException e) {
            // opened by a concurrent first movement, or no such customer: the lock says which
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void open(long customerId, Instant at) {
        em.persist(Account.open(customerId, at));
        em.flush();
    }

    private AccountRows self() {
        return jakarta.enterprise.inject.spi.CDI.current().select(AccountRows.class).get();
    }

    /** The customer's account, locked until the transaction ends; "not found" for an unknown customer. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Account lock(long customerId) {
        Account a = em.find(Account.class, customerId, LockModeType.PESSIMISTIC_WRITE);
        if (a == null) {
            throw new NotFoundException("customer.notFound", customerId);
        }
        return a;
    }
}
