package io.suanli.core.billing.application;

import io.suanli.core.billing.domain.Bill;
import io.suanli.core.billing.domain.EntryType;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.domain.Ids;
import io.suanli.core.shared.domain.Money;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a month of the ledger becomes bills — the one code path of {@link BillService#build}, the month computed on the
 * fly and the bill run's chunks: the billed entries of the customers are summed by the database per customer and
 * what they were for (product, spec, billing mode, order type, charge or refund), then grouped into lines here.
 * Lines are append-only: building again compares the month with the lines of the bill's current revision — the same
 * lines and totals write no line (only when it was built), other ones are written as the next revision
 * ({@link Bill#revise}); no line is ever deleted or updated. The bill row (and when it was notified) stays.
 */
final class Bills {

    static final Set<EntryType> BILLED = Set.of(EntryType.CONSUMPTION, EntryType.DEDUCTION, EntryType.REFUND);
    private static final int ROWS = 500;

    private Bills() {
    }

    /** One group of a customer's entries as the database summed them. */
    record Sum(long customerId, String productCode, String specCode, String billingMode, String orderType, EntryType type,
               BigDecimal amount, BigDecimal discount, long entries) {
    }

    static Instant start(YearMonth m) {
        return m.atDay(1).atStartOfDay(PlatformClock.ZONE).toInstant();
    }

    /** The billed entries of the customers in the month, summed per customer and group. */
    static Map<Long, List<Sum>> sums(EntityManager em, List<Long> customers, YearMonth m) {
        Map<Long, List<Sum>> out = new HashMap<>();
        if (customers.isEmpty()) {
            return out;
        }
        List<Object[]> rows = em.createQuery("select e.customerId, e.productCode, e.specCode, e.billingMode, e.orderType, e.type, "
                        + "sum(e.amount), sum(e.discountAmount), count(e) from JournalEntry e where e.customerId in :c and e.type in :t "
                        + "and e.createdAt >= :f and e.createdAt < :to "
                        + "group by e.customerId, e.productCode, e.specCode, e.billingMode, e.orderType, e.type", Object[].class)
                .setParameter("c", customers).setParameter("t", BILLED).setParameter("f", start(m)).setParameter("to", start(m.plusMonths(1)))
                .getResultList();
        for (Object[] r : rows) {
            Sum s = new Sum(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], (String) r[4], (EntryType) r[5],
                    decimal(r[6]), decimal(r[7]), ((Number) r[8]).longValue());
            out.computeIfAbsent(s.customerId(), k -> new ArrayList<>()).add(s);
        }
        return out;
    }

    /**
     * A customer's month from its sums: lines by product, spec, billing mode, order type and kind in a stable order
     * (refunds negative), charged, refunded, net total and the discounts of the charges.
     */
    static BillView compute(long customerId, YearMonth m, List<Sum> sums) {
        List<Sum> sorted = new ArrayList<>(sums);
        sorted.sort(java.util.Comparator.comparing((Sum s) -> key(s).toString()));
        Map<List<String>, Money[]> lines = new LinkedHashMap<>();
        Map<List<String>, Long> counts = new HashMap<>();
        Money charged = Money.ZERO;
        Money refunded = Money.ZERO;
        Money discount = Money.ZERO;
        for (Sum s : sorted) {
            boolean refund = s.type() == EntryType.REFUND;
            List<String> key = key(s);
            Money amount = Money.of(s.amount());
            Money d = s.discount() == null ? Money.ZERO : Money.of(s.discount());
            Money[] l = lines.computeIfAbsent(key, k -> new Money[]{Money.ZERO, Money.ZERO});
            l[0] = l[0].plus(refund ? amount.negate() : amount);
            l[1] = l[1].plus(d);
            counts.merge(key, s.entries(), Long::sum);
            if (refund) {
                refunded = refunded.plus(amount);
            } else {
                charged = charged.plus(amount);
                discount = discount.plus(d);
            }
        }
        List<BillView.Line> out = new ArrayList<>();
        lines.forEach((k, l) -> out.add(new BillView.Line(customerId, m.toString(), k.get(0), k.get(1), k.get(2), k.get(3), k.get(4),
                l[0], l[1], Math.toIntExact(counts.get(k)))));
        return new BillView(customerId, m.toString(), charged, refunded, charged.minus(refunded), discount, Money.ZERO, null, out);
    }

    /**
     * Keeps the month of these customers as bills: their kept bills locked, a new revision of lines where the month
     * changed, new bills created (the unique key of customer and period is the last guard against a second one).
     * Answers the bills by customer.
     */
    static Map<Long, Bill> keep(EntityManager em, List<Long> customers, YearMonth m, Instant now, String by) {
        return keep(em, customers, m, now, by, true, null);
    }

    /**
     * As {@link #keep(EntityManager, List, YearMonth, Instant, String)}; {@code lock} false reads the kept bills without
     * {@code SELECT … FOR UPDATE}: the bill run's partitions hold disjoint customers and one run goes at a time, and a
     * locking read of many customers may scan the period's index and wait on the rows other partitions are inserting.
     * A concurrent rebuild of the same bill is still caught by the bill's version (and a second new bill by the unique
     * key): the chunk then rolls back and is done again on the restart. With {@code notifiedNow} (the bill run once the
     * month is over), every bill not yet notified is marked notified at {@code now} before it is written — so a new
     * bill is one INSERT, not an INSERT and an UPDATE — and added to that list: the caller sends its messages in the
     * same transaction.
     */
    static Map<Long, Bill> keep(EntityManager em, List<Long> customers, YearMonth m, Instant now, String by, boolean lock,
                                List<Bill> notifiedNow) {
        Map<Long, List<Sum>> sums = sums(em, customers, m);
        Map<Long, Bill> kept = new LinkedHashMap<>();
        if (customers.isEmpty()) {
            return kept;
        }
        var q = em.createQuery("select b from Bill b where b.customerId in :c and b.period = :p", Bill.class)
                .setParameter("c", customers).setParameter("p", m.toString());
        if (lock) {
            q.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        for (Bill b : q.getResultList()) {
            kept.put(b.customerId(), b);
        }
        Map<Long, List<BillView.Line>> current = currentLines(em, kept.values(), m);
        Map<Long, Bill> out = new LinkedHashMap<>();
        List<Object[]> lines = new ArrayList<>();
        for (long c : customers) {
            BillView computed = compute(c, m, sums.getOrDefault(c, List.of()));
            Bill bill = kept.get(c);
            boolean write = bill == null;
            if (bill == null) {
                bill = new Bill(Ids.next(), c, m.toString());
                em.persist(bill);
            } else if (changed(bill, current.getOrDefault(bill.id(), List.of()), computed)) {
                bill.revise();
                write = true;
            }
            bill.built(computed.charged(), computed.refunded(), computed.discount(), now, by);
            for (BillView.Line l : write ? computed.lines() : List.<BillView.Line>of()) {
                lines.add(new Object[]{Ids.next(), bill.id(), bill.revision(), l.productCode(), l.specCode(), l.billingMode(), l.orderType(),
                        l.kind(), l.amount().amount(), l.discount().amount(), l.entries()});
            }
            if (notifiedNow != null && bill.notifiedAt() == null) {
                bill.notified(now);
                notifiedNow.add(bill);
            }
            out.put(c, bill);
        }
        insertLines(em, lines);
        return out;
    }

    /** The lines of the current revision of these kept bills, by bill id. */
    static Map<Long, List<BillView.Line>> currentLines(EntityManager em, java.util.Collection<Bill> bills, YearMonth m) {
        Map<Long, List<BillView.Line>> out = new HashMap<>();
        if (bills.isEmpty()) {
            return out;
        }
        Map<Long, Bill> byId = new HashMap<>();
        bills.forEach(b -> byId.put(b.id(), b));
        for (Object[] r : em.createQuery("select l.billId, l.productCode, l.specCode, l.billingMode, l.orderType, l.kind, l.amount, "
                        + "l.discount, l.entries from BillLine l, Bill b where l.billId = b.id and l.revision = b.revision and b.id in :b",
                Object[].class).setParameter("b", List.copyOf(byId.keySet())).getResultList()) {
            long billId = ((Number) r[0]).longValue();
            out.computeIfAbsent(billId, k -> new ArrayList<>()).add(new BillView.Line(byId.get(billId).customerId(), m.toString(),
                    (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5], Money.of(decimal(r[6])),
                    Money.of(decimal(r[7])), ((Number) r[8]).intValue()));
        }
        return out;
    }

    /**
     * Whether the month computed again differs from the kept bill: its totals, or its lines in any order (a line's
     * product, spec, billing mode, order type, kind, amount, discount and entries).
     */
    static boolean changed(Bill kept, List<BillView.Line> keptLines, BillView computed) {
        return kept.charged().compareTo(computed.charged()) != 0 || kept.refunded().compareTo(computed.refunded()) != 0
                || kept.total().compareTo(computed.total()) != 0 || kept.discount().compareTo(computed.discount()) != 0
                || !sameLines(keptLines, computed.lines());
    }

    /** The same lines, whatever their order. */
    static boolean sameLines(List<BillView.Line> a, List<BillView.Line> b) {
        if (a.size() != b.size()) {
            return false;
        }
        Map<BillView.Line, Integer> count = new HashMap<>();
        a.forEach(l -> count.merge(l, 1, Integer::sum));
        for (BillView.Line l : b) {
            Integer n = count.get(l);
            if (n == null) {
                return false;
            }
            if (n == 1) {
                count.remove(l);
            } else {
                count.put(l, n - 1);
            }
        }
        return count.isEmpty();
    }

    /**
     * Writes bill lines with multi-row INSERTs (up to {@value #ROWS} rows a statement) on the transaction's own JDBC
     * connection: a bill run writes about seven lines per bill, one statement per line was most of its time, and
     * EclipseLink's native queries bind parameters in quadratic time. Lines are never updated nor deleted (a changed
     * month is a new revision), so nothing of them needs to be managed; the bills are flushed first (the lines' foreign
     * key).
     */
    static void insertLines(EntityManager em, List<Object[]> lines) {
        if (lines.isEmpty()) {
            return;
        }
        em.flush();
        Connection c = em.unwrap(Connection.class);
        try {
            for (int from = 0; from < lines.size(); from += ROWS) {
                List<Object[]> part = lines.subList(from, Math.min(lines.size(), from + ROWS));
                StringBuilder sql = new StringBuilder("insert into bill_line (id, bill_id, revision, product_code, spec_code, billing_mode, "
                        + "order_type, kind, amount, discount, entries) values ");
                for (int i = 0; i < part.size(); i++) {
                    sql.append(i == 0 ? "" : ",").append("(?,?,?,?,?,?,?,?,?,?,?)");
                }
                try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                    int p = 1;
                    for (Object[] row : part) {
                        ps.setLong(p++, (Long) row[0]);
                        ps.setLong(p++, (Long) row[1]);
                        ps.setInt(p++, (Integer) row[2]);
                        for (int k = 3; k <= 7; k++) {
                            ps.setString(p++, (String) row[k]);
                        }
                        ps.setBigDecimal(p++, (BigDecimal) row[8]);
                        ps.setBigDecimal(p++, (BigDecimal) row[9]);
                        ps.setInt(p++, (Integer) row[10]);
                    }
                    ps.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("bill lines: " + e.getMessage(), e);
        }
    }

    private static List<String> key(Sum s) {
        return List.of(or(s.productCode()), or(s.specCode()), or(s.billingMode()), or(s.orderType()),
                s.type() == EntryType.REFUND ? "REFUND" : "CHARGE");
    }

    private static BigDecimal decimal(Object o) {
        if (o == null) {
            return BigDecimal.ZERO;
        }
        return o instanceof BigDecimal b ? b : new BigDecimal(o.toString());
    }

    static String or(String s) {
        return s == null ? "-" : s;
    }
}
