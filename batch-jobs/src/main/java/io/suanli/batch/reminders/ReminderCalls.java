package io.suanli.batch.reminders;

import io.suanli.core.ordering.application.ExpiryReminderService;
import io.suanli.core.ordering.application.ResourceLifecycleService;
import io.suanli.core.shared.domain.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The {@code expiry-reminders} job's way into the core, run as the platform whatever identity the batch thread has.
 * Outside the chunk's transaction: each reminder is a transaction of its own, and a reminder another run recorded
 * first (unique key) is counted as already sent instead of failing the chunk.
 */
@Stateless
@PermitAll
@RunAs(Roles.SYS_ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReminderCalls {

    private static final Logger LOG = Logger.getLogger(ReminderCalls.class.getName());

    @Inject
    ExpiryReminderService reminders;

    @Inject
    ResourceLifecycleService lifecycle;

    public List<Long> candidates(long afterId, int max) {
        return reminders.candidates(afterId, max);
    }

    public long countCandidates() {
        return reminders.countCandidates();
    }

    /** The threshold reminded, or null (none due, or recorded by another run at the same moment). */
    public Integer remind(long resourceId) {
        try {
            return reminders.remind(resourceId);
        } catch (EJBException e) {
            LOG.info(() -> "reminder for resource " + resourceId + " recorded by another run: " + e.getMessage());
            return null;
        }
    }

    public Map<String, Integer> sweep() {
        return lifecycle.sweep();
    }
}
