package io.suanli.core.system.infrastructure;

import io.suanli.core.shared.domain.AuditRecord;
import io.suanli.core.shared.domain.AuditSink;
import io.suanli.core.shared.domain.Ids;
import io.suanli.core.system.domain.AuditEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Stores audit records in {@code audit_event}. */
@ApplicationScoped
public class JpaAuditSink implements AuditSink {

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void write(AuditRecord record) {
        em.persist(new AuditEvent(Ids.next(), record));
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void writeIndependently(AuditRecord record) {
        em.persist(new AuditEvent(Ids.next(), record));
    }
}
