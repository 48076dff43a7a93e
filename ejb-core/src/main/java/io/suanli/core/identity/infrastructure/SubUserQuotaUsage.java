package io.suanli.core.identity.infrastructure;

import io.suanli.core.shared.domain.QuotaUsageSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.OptionalLong;

/** Counts a customer's sub-users (every user but the administrator) for the user-class quota. */
@ApplicationScoped
public class SubUserQuotaUsage implements QuotaUsageSource {

    public static final String QUOTA = "USER_SUBUSERS";

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    @Override
    public OptionalLong usage(long customerId, String quotaCode) {
        if (!QUOTA.equals(quotaCode)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(em.createQuery("select count(u) from UserAccount u where u.customerId = :c and u.customerAdmin = false", Long.class)
                .setParameter("c", customerId).getSingleResult());
    }
}
