package io.suanli.core.service.infrastructure;

import io.suanli.core.service.domain.TicketStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The stored tickets, their threads and moves, and the handling groups. */
@ApplicationScoped
public class TicketRepository {

    /** The filters of a ticket list; null means any. {@code open} keeps tickets not yet resolved or closed. */
    public record Filter(Long customerId, String groupCode, TicketStatus status, String assignee, Boolean breached, boolean open, String ticketNo) {
    }

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    public void persist(Object row) {
        em.persist(row);
        em.flush();
    }

    public TicketRow byNo(String ticketNo) {
        return ticketNo == null ? null : em.createQuery("select t from TicketRow t where t.ticketNo = :n", TicketRow.class)
                .setParameter("n", ticketNo.trim()).getResultStream().findFirst().orElse(null);
    }

    public TicketRow locked(long id) {
        return em.find(TicketRow.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    public TicketGroupRow group(String code) {
        return em.find(TicketGroupRow.class, code);
    }

    public TicketGroupRow groupLocked(String code) {
        return em.find(TicketGroupRow.class, code, LockModeType.PESSIMISTIC_WRITE);
    }

    public TicketGroupRow groupOf(io.suanli.core.service.domain.TicketType type) {
        return em.createQuery("select g from TicketGroupRow g where g.ticketType = :t", TicketGroupRow.class).setParameter("t", type)
                .getResultStream().findFirst().orElse(null);
    }

    public List<TicketGroupRow> groups() {
        return em.createQuery("select g from TicketGroupRow g order by g.code", TicketGroupRow.class).getResultList();
    }

    public List<TicketMessageRow> messages(long ticketId, boolean withInternal) {
        return em.createQuery("select m from TicketMessageRow m where m.ticketId = :t" + (withInternal ? "" : " and m.internal = false")
                + " order by m.createdAt, m.id", TicketMessageRow.class).setParameter("t", ticketId).getResultList();
    }

    public List<TicketMoveRow> moves(long ticketId) {
        return em.createQuery("select m from TicketMoveRow m where m.ticketId = :t order by m.at, m.id", TicketMoveRow.class)
                .setParameter("t", ticketId).getResultList();
    }

    /** Moves of these tickets, grouped by ticket, in time order. */
    public Map<Long, List<TicketMoveRow>> moves(List<Long> ticketIds) {
        Map<Long, List<TicketMoveRow>> out = new HashMap<>();
        if (ticketIds.isEmpty()) {
            return out;
        }
        for (TicketMoveRow m : em.createQuery("select m from TicketMoveRow m where m.ticketId in :t order by m.at, m.id", TicketMoveRow.class)
                .setParameter("t", ticketIds).getResultList()) {
            out.computeIfAbsent(m.ticketId(), k -> new ArrayList<>()).add(m);
        }
        return out;
    }

    /** Tickets whose clocks still run or stand (every state but CLOSED and RESOLVED), oldest first, for the SLA sweep. */
    public List<TicketRow> unresolved(int max) {
        return em.createQuery("select t from TicketRow t where t.status not in :s and (t.responseBreached = false or t.resolutionBreached = false) "
                        + "order by t.createdAt, t.id", TicketRow.class)
                .setParameter("s", List.of(TicketStatus.RESOLVED, TicketStatus.CLOSED)).setMaxResults(max).getResultList();
    }

    /** Resolved tickets resolved before {@code before}: they close themselves. */
    public List<TicketRow> resolvedBefore(Instant before, int max) {
        return em.createQuery("select t from TicketRow t where t.status = :s and t.resolvedAt < :b order by t.resolvedAt, t.id", TicketRow.class)
                .setParameter("s", TicketStatus.RESOLVED).setParameter("b", before).setMaxResults(max).getResultList();
    }

    public List<TicketRow> list(Filter f, int first, int max) {
        return query(f, "select t from TicketRow t", " order by t.createdAt desc, t.id desc", TicketRow.class)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 10_000)).getResultList();
    }

    public long count(Filter f) {
        return query(f, "select count(t) from TicketRow t", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(Filter f, String select, String order, Class<T> type) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (f.customerId() != null) {
            where.add("t.customerId = :c");
            params.put("c", f.customerId());
        }
        if (f.groupCode() != null) {
            where.add("t.groupCode = :g");
            params.put("g", f.groupCode());
        }
        if (f.status() != null) {
            where.add("t.status = :s");
            params.put("s", f.status());
        }
        if (f.open()) {
            where.add("t.status not in :done");
            params.put("done", List.of(TicketStatus.RESOLVED, TicketStatus.CLOSED));
        }
        if (f.assignee() != null) {
            where.add("t.assignee = :a");
            params.put("a", f.assignee());
        }
        if (Boolean.TRUE.equals(f.breached())) {
            where.add("(t.responseBreached = true or t.resolutionBreached = true)");
        }
        if (f.ticketNo() != null) {
            where.add("t.ticketNo = :n");
            params.put("n", f.ticketNo());
        }
        TypedQuery<T> q = em.createQuery(select + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + order, type);
        params.forEach(q::setParameter);
        return q;
    }
}
