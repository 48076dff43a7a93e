package io.suanli.core.billing.application;

import io.suanli.core.shared.domain.StaffFunction;
import io.suanli.core.shared.domain.RequiresFunction;
import io.suanli.core.shared.domain.Audited;
import io.suanli.core.shared.domain.NotFoundException;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.shared.domain.SuanliException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.time.Instant;
import java.time.YearMonth;

/**
 * The monthly bill run (B2) for finance and operations: start the {@code bill-run} job of a period, see an execution
 * (the job's status and the period's bills kept and notified), stop it, restart it from its checkpoints. One run of
 * the bill run at a time; the bills themselves are exactly once per customer and period (the unique key), and a run
 * again rebuilds the same bills without notifying anyone twice.
 */
@Stateless
@RolesAllowed({Roles.FINANCE, Roles.OPS_ADMIN, Roles.SYS_ADMIN})
public class BillRunService {

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    @Inject
    Instance<BillRunLauncher> launcher;

    /**
     * An execution of the bill run as the API and console show it.
     *
     * @param customers customers with billed entries in the period (the bills the run keeps)
     * @param bills     bills kept for the period so far
     * @param notified  bills of the period whose "bill ready" message went out
     */
    public record Run(long executionId, String period, String status, String exitStatus, Instant createdAt, Instant startedAt,
                      Instant endedAt, long customers, long bills, long notified, long customersRead) implements Serializable {
    }

    /**
     * Starts the run of a period; {@code partitions} and {@code chunk} (optional) override the configured ones. A
     * period not yet over is kept without "bill ready" messages (they go out with the first run after its end).
     */
    @RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES, Roles.SYS_ADMIN})
    @Audited("BILL_RUN_START")
    @RequiresFunction(StaffFunction.OPS_FINANCE_BILL)
    public Run start(String period, Integer partitions, Integer chunk) {
        YearMonth m = BillService.month(period);
        if (partitions != null && (partitions < 1 || partitions > 16)) {
            throw new SuanliException("bill.runPartitions", partitions);
        }
        if (chunk != null && (chunk < 1 || chunk > 5000)) {
            throw new SuanliException("bill.runChunk", chunk);
        }
        if (!launcher.get().running().isEmpty()) {
            throw new SuanliException("bill.runRunning", launcher.get().running().get(0));
        }
        long id = launcher.get().start(m.toString(), partitions == null ? BillRunSettings.partitions() : partitions,
                chunk == null ? BillRunSettings.chunk() : chunk);
        return run(id);
    }

    /** An execution of the bill run, with the bills of its period. */
    @RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES, Roles.SYS_ADMIN})
    @RequiresFunction(StaffFunction.OPS_FINANCE_BILL)
    public Run run(long executionId) {
        BillRunLauncher.Execution e = launcher.get().execution(executionId)
                .orElseThrow(() -> new NotFoundException("bill.runNotFound", executionId));
        YearMonth m = BillService.month(e.period());
        long customers = em.createQuery("select count(distinct e.customerId) from JournalEntry e where e.type in :t and e.createdAt >= :f "
                        + "and e.createdAt < :to and e.customerId is not null", Long.class)
                .setParameter("t", Bills.BILLED).setParameter("f", Bills.start(m)).setParameter("to", Bills.start(m.plusMonths(1)))
                .getSingleResult();
        long bills = em.createQuery("select count(b) from Bill b where b.period = :p", Long.class).setParameter("p", m.toString()).getSingleResult();
        long notified = em.createQuery("select count(b) from Bill b where b.period = :p and b.notifiedAt is not null", Long.class)
                .setParameter("p", m.toString()).getSingleResult();
        return new Run(e.id(), e.period(), e.status(), e.exitStatus(), e.createdAt(), e.startedAt(), e.endedAt(), customers, bills, notified,
                e.customersRead());
    }

    /** Asks a running execution to stop after its current chunks; restart it to go on from there. */
    @RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES, Roles.SYS_ADMIN})
    @Audited("BILL_RUN_STOP")
    @RequiresFunction(StaffFunction.OPS_FINANCE_BILL)
    public Run stop(long executionId) {
        Run r = run(executionId);
        if (!launcher.get().running().contains(executionId)) {
            throw new SuanliException("bill.runNotRunning", executionId, r.status());
        }
        launcher.get().stop(executionId);
        return run(executionId);
    }

    /** Restarts a stopped or failed execution from its checkpoints; answers the new execution. */
    @RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES, Roles.SYS_ADMIN})
    @Audited("BILL_RUN_RESTART")
    @RequiresFunction(StaffFunction.OPS_FINANCE_BILL)
    public Run restart(long executionId) {
        Run r = run(executionId);
        if (!"STOPPED".equals(r.status()) && !"FAILED".equals(r.status())) {
            throw new SuanliException("bill.runNotRestartable", executionId, r.status());
        }
        if (!launcher.get().running().isEmpty()) {
            throw new SuanliException("bill.runRunning", launcher.get().running().get(0));
        }
        return run(launcher.get().restart(executionId));
    }
}
