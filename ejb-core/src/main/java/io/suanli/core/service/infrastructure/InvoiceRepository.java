package io.suanli.core.service.infrastructure;

import io.suanli.core.service.domain.InvoiceStatus;
import io.suanli.core.shared.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The stored invoice requests and red-letter invoices. */
@ApplicationScoped
public class InvoiceRepository {

    /** The filters of the finance list; null means any. */
    public record Filter(Long customerId, InvoiceStatus status, String type, String invoiceNo, Instant from, Instant to) {
    }

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    public void persist(Object row) {
        em.persist(row);
        em.flush();
    }

    public InvoiceRow byNo(String invoiceNo) {
        return invoiceNo == null ? null : em.createQuery("select i from InvoiceRow i where i.invoiceNo = :n", InvoiceRow.class)
                .setParameter("n", invoiceNo).getResultStream().findFirst().orElse(null);
    }

    public InvoiceRow locked(long id) {
        return em.find(InvoiceRow.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The amount of the customer's requests in a status. */
    public Money total(long customerId, InvoiceStatus status) {
        BigDecimal s = em.createQuery("select sum(i.amount) from InvoiceRow i where i.customerId = :c and i.status = :s", BigDecimal.class)
                .setParameter("c", customerId).setParameter("s", status).getSingleResult();
        return s == null ? Money.ZERO : Money.of(s);
    }

    /** What red-letter invoices reversed of the customer's issued invoices. */
    public Money reversed(long customerId) {
        BigDecimal s = em.createQuery("select sum(r.amount) from RedLetterRow r where r.customerId = :c", BigDecimal.class)
                .setParameter("c", customerId).getSingleResult();
        return s == null ? Money.ZERO : Money.of(s);
    }

    /** What red-letter invoices reversed of each of these invoices. */
    public Map<Long, Money> reversedOf(List<Long> invoiceIds) {
        Map<Long, Money> out = new HashMap<>();
        if (invoiceIds.isEmpty()) {
            return out;
        }
        for (Object[] r : em.createQuery("select r.invoiceId, sum(r.amount) from RedLetterRow r where r.invoiceId in :ids group by r.invoiceId",
                Object[].class).setParameter("ids", invoiceIds).getResultList()) {
            out.put((Long) r[0], Money.of((BigDecimal) r[1]));
        }
        return out;
    }

    public List<RedLetterRow> redLetters(long invoiceId) {
        return em.createQuery("select r from RedLetterRow r where r.invoiceId = :i order by r.recordedAt, r.id", RedLetterRow.class)
                .setParameter("i", invoiceId).getResultList();
    }

    public boolean redNumberTaken(String number) {
        return em.createQuery("select count(r) from RedLetterRow r where r.redNumber = :n", Long.class).setParameter("n", number)
                .getSingleResult() > 0;
    }

    public boolean invoiceNumberTaken(String number) {
        return em.createQuery("select count(i) from InvoiceRow i where i.invoiceNumber = :n", Long.class).setParameter("n", number)
                .getSingleResult() > 0;
    }

    /** Requests matching the filter, newest first. */
    public List<InvoiceRow> list(Filter f, int first, int max) {
        TypedQuery<InvoiceRow> q = query(f, "select i from InvoiceRow i", " order by i.requestedAt desc, i.id desc", InvoiceRow.class);
        return q.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 10_000)).getResultList();
    }

    public long count(Filter f) {
        return query(f, "select count(i) from InvoiceRow i", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(Filter f, String select, String order, Class<T> type) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (f.customerId() != null) {
            where.add("i.customerId = :c");
            params.put("c", f.customerId());
        }
        if (f.status() != null) {
            where.add("i.status = :s");
            params.put("s", f.status());
        }
        if (f.type() != null) {
            where.add("i.type = :t");
            params.put("t", io.suanli.core.service.domain.InvoiceType.valueOf(f.type()));
        }
        if (f.invoiceNo() != null) {
            where.add("(i.invoiceNo = :n or i.invoiceNumber = :n)");
            params.put("n", f.invoiceNo());
        }
        if (f.from() != null) {
            where.add("i.requestedAt >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            where.add("i.requestedAt < :to");
            params.put("to", f.to());
        }
        TypedQuery<T> q = em.createQuery(select + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + order, type);
        params.forEach(q::setParameter);
        return q;
    }
}
