package io.suanli.core.system.application;

import io.suanli.core.shared.domain.NoFunction;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.system.domain.JobProgressRow;
import io.suanli.core.shared.application.RealTime;
import jakarta.inject.Inject;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The progress convention of batch jobs (S7). A job that knows how much it will read publishes that total for its
 * execution ({@link #total}); the console shows items read (the sum of the READ_COUNT metrics of the execution's
 * steps, kept by JBeret at every checkpoint) of that total. A step that reads no items (a batchlet) may publish how
 * much it has done itself ({@link #done}), which then takes precedence over the read count. Each call is its own
 * short transaction, so the figures are visible while the chunk is still open. A restarted execution publishes its
 * own total (what it will read from its checkpoint on). An execution that published nothing shows no bar.
 */
@Stateless
@PermitAll
public class JobProgress {

    @Inject
    RealTime time;

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    /** What an execution published. */
    public record Progress(long executionId, Long total, Long done) {
    }

    /** Publishes the total the execution will read (or do). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void total(long executionId, long total) {
        row(executionId).total(Math.max(0, total), time.now());
    }

    /** Publishes how much the execution has done, for steps without read counts. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void done(long executionId, long done) {
        row(executionId).done(Math.max(0, done), time.now());
    }

    @RolesAllowed(Roles.SYS_ADMIN)
    @NoFunction("progress rows for the jobs service and the batch steps, which check their own function")
    public Map<Long, Progress> of(Collection<Long> executionIds) {
        if (executionIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select p from JobProgressRow p where p.executionId in :ids", JobProgressRow.class)
                .setParameter("ids", executionIds).getResultList().stream()
                .map(p -> new Progress(p.executionId(), p.total(), p.done()))
                .collect(Collectors.toMap(Progress::executionId, Function.identity()));
    }

    private JobProgressRow row(long executionId) {
        JobProgressRow r = em.find(JobProgressRow.class, executionId);
        if (r == null) {
            r = new JobProgressRow(executionId, time.now());
            em.persist(r);
        }
        return r;
    }
}
