package io.suanli.core.system.infrastructure;

import io.suanli.core.system.domain.AuditChainHead;
import io.suanli.core.system.domain.AuditEvent;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.logging.Logger;

/**
 * Seals new audit records into the hash chain every few seconds, in id order, with the chain's head row locked so
 * that only one node seals at a time. Business transactions never wait for the chain: they only insert.
 */
@Singleton
@DependsOn("DatabaseMigration")
@PermitAll
public class AuditSealer {

    public static final int BATCH = 2000;
    private static final Logger LOG = Logger.getLogger(AuditSealer.class.getName());

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false, info = "audit chain sealer")
    void scheduled() {
        sealPending();
    }

    /** Seals up to one batch of records; answers how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int sealPending() {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            return 0;
        }
        List<AuditEvent> pending = em.createQuery("select a from AuditEvent a where a.seq is null order by a.id", AuditEvent.class)
                .setMaxResults(BATCH).getResultList();
        for (AuditEvent e : pending) {
            head.append(e);
        }
        if (!pending.isEmpty()) {
            LOG.fine(() -> "sealed " + pending.size() + " audit records up to seq " + head.lastSeq());
        }
        return pending.size();
    }
}
