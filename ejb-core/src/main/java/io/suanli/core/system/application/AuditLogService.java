package io.suanli.core.system.application;

import io.suanli.core.shared.domain.AuditRecord;
import io.suanli.core.shared.domain.Page;
import io.suanli.core.shared.domain.RequiresFunction;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.shared.domain.StaffFunction;
import io.suanli.core.system.domain.AuditChain;
import io.suanli.core.system.domain.AuditChainHead;
import io.suanli.core.system.domain.AuditEvent;
import io.suanli.core.system.infrastructure.AuditExcel;
import io.suanli.core.system.infrastructure.AuditSealer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The audit log of the system console (S8, S9): search, export, chain verification and statistics. */
@Stateless
@RolesAllowed(Roles.SYS_ADMIN)
public class AuditLogService {

    /** Most rows one export may hold. */
    public static final int EXPORT_LIMIT = 100_000;

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    @Inject
    AuditSealer sealer;

    @RequiresFunction(StaffFunction.SYSTEM_AUDIT_VIEW)
    public List<AuditRecord> latest(int max) {
        return em.createQuery("select a from AuditEvent a order by a.id desc", AuditEvent.class)
                .setMaxResults(Math.min(Math.max(max, 1), 200))
                .getResultList().stream().map(AuditEvent::toRecord).toList();
    }

    /** A page of records matching the query, newest first (or oldest first when {@code ascending}). */
    @RequiresFunction(StaffFunction.SYSTEM_AUDIT_VIEW)
    public Page<AuditRow> search(AuditQuery q, int first, int max, boolean ascending) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(q == null ? AuditQuery.all() : q, params);
        TypedQuery<AuditEvent> rows = em.createQuery("select a from AuditEvent a" + where + " order by a.id "
                + (ascending ? "asc" : "desc"), AuditEvent.class);
        TypedQuery<Long> count = em.createQuery("select count(a) from AuditEvent a" + where, Long.class);
        params.forEach((k, v) -> {
            rows.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<AuditRow> page = rows.setFirstResult(Math.max(first, 0)).setMaxResults(Math.min(Math.max(max, 1), 500))
                .getResultList().stream().map(AuditLogService::row).toList();
        return new Page<>(page, count.getSingleResult());
    }

    /** The matching records (at most {@link #EXPORT_LIMIT}) as an Excel workbook. */
    @RequiresFunction(StaffFunction.SYSTEM_AUDIT_EXPORT)
    public byte[] export(AuditQuery q, Locale locale) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(q == null ? AuditQuery.all() : q, params);
        TypedQuery<AuditEvent> rows = em.createQuery("select a from AuditEvent a" + where + " order by a.id desc", AuditEvent.class);
        params.forEach(rows::setParameter);
        return AuditExcel.write(rows.setMaxResults(EXPORT_LIMIT).getResultStream().map(AuditLogService::row), locale);
    }

    /** Seals what is pending, then checks every link of the chain from the first record. */
    @RequiresFunction(StaffFunction.SYSTEM_AUDIT_VERIFY)
    public ChainVerification verifyChain() {
        while (sealer.sealPending() == AuditSealer.BATCH) {
            // keep sealing until nothing is left
        }
        String prevHash = AuditChain.GENESIS;
        long expectedSeq = 1;
        long checked = 0;
        int pageSize = 5000;
        while (true) {
            List<AuditEvent> page = em.createQuery("select a from AuditEvent a where a.seq >= :s order by a.seq", AuditEvent.class)
                    .setParameter("s", expectedSeq).setMaxResults(pageSize).getResultList();
            for (AuditEvent e : page) {
                if (e.seq() != expectedSeq) {
                    return new ChainVerification(false, checked, pending(), expectedSeq, null, "GAP");
                }
                if (!e.matches(prevHash)) {
                    return new ChainVerification(false, checked, pending(), e.seq(), e.id(), "CHANGED");
                }
                prevHash = e.hash();
                expectedSeq++;
                checked++;
            }
            em.clear();
            if (page.size() < pageSize) {
                break;
            }
        }
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        if (head != null && (head.lastSeq() != expectedSeq - 1 || !head.lastHash().equals(prevHash))) {
            return new ChainVerification(false, checked, pending(), expectedSeq, null, "GAP");
        }
        return new ChainVerification(true, checked, pending(), null, null, null);
    }

    /** The actors with the most recorded actions in the period, customers only when {@code customersOnly}. */
    @RequiresFunction(StaffFunction.SYSTEM_AUDIT_VIEW)
    public List<UsageCount> topActors(Instant from, Instant to, boolean customersOnly, int n) {
        return counts("select a.actor, count(a) from AuditEvent a where a.occurredAt >= :f and a.occurredAt < :t"
                + (customersOnly ? " and a.actorRoles like '%CUSTOMER%'" : "") + " group by a.actor order by count(a) desc", from, to, n);
    }

    /** The most used functions (actions) in the period. */
    @RequiresFunction(StaffFunction.SYSTEM_AUDIT_VIEW)
    public List<UsageCount> topActions(Instant from, Instant to, int n) {
        return counts("select a.action, count(a) from AuditEvent a where a.occurredAt >= :f and a.occurredAt < :t "
                + "and a.outcome = 'OK' group by a.action order by count(a) desc", from, to, n);
    }

    /** The distinct actions recorded so far, for the filter. */
    @RequiresFunction(StaffFunction.SYSTEM_AUDIT_VIEW)
    public List<String> actions() {
        return em.createQuery("select distinct a.action from AuditEvent a order by a.action", String.class).getResultList();
    }

    private List<UsageCount> counts(String jpql, Instant from, Instant to, int n) {
        List<Object[]> rows = em.createQuery(jpql, Object[].class).setParameter("f", from).setParameter("t", to)
                .setMaxResults(Math.min(Math.max(n, 1), 50)).getResultList();
        List<UsageCount> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new UsageCount((String) r[0], ((Number) r[1]).longValue()));
        }
        return out;
    }

    private long pending() {
        return em.createQuery("select count(a) from AuditEvent a where a.seq is null", Long.class).getSingleResult();
    }

    private static String where(AuditQuery q, Map<String, Object> params) {
        List<String> c = new ArrayList<>();
        if (notBlank(q.actor())) {
            c.add("a.actor = :actor");
            params.put("actor", q.actor().trim());
        }
        if (notBlank(q.action())) {
            c.add("a.action = :action");
            params.put("action", q.action().trim());
        }
        if (notBlank(q.outcome())) {
            c.add("OK".equals(q.outcome()) ? "a.outcome = 'OK'" : "a.outcome <> 'OK'");
        }
        if (notBlank(q.text())) {
            c.add("(lower(a.target) like :text escape '!' or lower(a.summary) like :text escape '!')");
            String literal = q.text().trim().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
            params.put("text", "%" + literal + "%");
        }
        if (q.from() != null) {
            c.add("a.occurredAt >= :from");
            params.put("from", q.from());
        }
        if (q.to() != null) {
            c.add("a.occurredAt < :to");
            params.put("to", q.to());
        }
        return c.isEmpty() ? "" : " where " + String.join(" and ", c);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static AuditRow row(AuditEvent e) {
        AuditRecord r = e.toRecord();
        return new AuditRow(e.id(), e.seq(), r.at(), r.actor(), r.actorRoles(), r.action(), r.target(), r.summary(), r.ip(),
                r.userAgent(), r.outcome());
    }
}
