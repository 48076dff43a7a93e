package io.suanli.batch.sdr;

import io.suanli.core.shared.domain.Roles;
import io.suanli.core.usage.application.SdrImportService;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Resumes the SDR imports this server was running when it died (kill -9, power loss): shortly after start-up and
 * every five minutes, each file still IMPORTING under this node whose execution no job of this JVM runs is restarted
 * from its last checkpoint ({@code jberet.restart.mode=detect}: the repository still says STARTED for an execution
 * that died with its JVM). What the dead execution committed stays, what it had not committed is done again, and the
 * per-record and per-hour keys make sure nothing is stored or charged twice.
 */
@Singleton
@Startup
@PermitAll
@RunAs(Roles.SYS_ADMIN)
public class SdrImportRecovery {

    private static final Logger LOG = Logger.getLogger(SdrImportRecovery.class.getName());

    /** Executions running in this JVM (registered by the job listener). */
    static final Set<Long> RUNNING = ConcurrentHashMap.newKeySet();

    @Inject
    SdrImportService imports;

    @Resource
    TimerService timers;

    @PostConstruct
    void schedule() {
        timers.createSingleActionTimer(15_000, new TimerConfig("sdr-recovery", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void atStart() {
        recover();
    }

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void periodically() {
        recover();
    }

    void recover() {
        for (long execution : imports.interrupted(Set.copyOf(RUNNING))) {
            JobOperator o = BatchRuntime.getJobOperator();
            Properties p = o.getParameters(execution);
            Properties q = p == null ? new Properties() : (Properties) p.clone();
            q.setProperty("jberet.restart.mode", "detect");
            long next = o.restart(execution, q);
            LOG.warning(() -> "SDR import execution " + execution + " died with its server; restarted as " + next);
        }
    }
}
