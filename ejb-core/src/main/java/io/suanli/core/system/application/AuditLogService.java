package io.suanli.core.system.application;

import io.suanli.core.shared.domain.AuditRecord;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.system.domain.AuditEvent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** Reading the audit log (the system console). Search, export and the hash chain come with the audit-log work. */
@Stateless
@RolesAllowed(Roles.SYS_ADMIN)
public class AuditLogService {

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    public List<AuditRecord> latest(int max) {
        return em.createQuery("select a from AuditEvent a order by a.id desc", AuditEvent.class)
                .setMaxResults(Math.min(Math.max(max, 1), 200))
                .getResultList().stream().map(AuditEvent::toRecord).toList();
    }
}
