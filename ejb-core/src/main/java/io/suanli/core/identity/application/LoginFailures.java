package io.suanli.core.identity.application;

import io.suanli.core.identity.domain.UserAccount;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

/**
 * Counts failed logins in a transaction of its own, with the account row locked: the count survives a refused
 * token request (whose transaction rolls back) and parallel guesses cannot slip past the lockout threshold.
 */
@Stateless
@PermitAll
public class LoginFailures {

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    /** Answers whether this failure locked the account. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean record(long userId, Instant now, int threshold, int minutes) {
        UserAccount u = em.find(UserAccount.class, userId, LockModeType.PESSIMISTIC_WRITE);
        return u != null && u.loginFailed(now, threshold, minutes);
    }
}
