package io.suanli.it;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * Customers and a month of ledger entries written straight into the database (multi-row INSERTs), for the bill run's
 * test and benchmark where creating them through the API would take hours: customers with accounts, and per customer
 * {@code lines} tagged entries of the month — pay-as-you-go usage, prepaid purchases and every tenth an unsubscription
 * refund — each with its two postings when asked. Ids are far above what the platform generates.
 */
public final class BillSeed {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final int ROWS = 1000;
    /** Seeded customer ids start here (entries at 8.1e18, postings at 8.5e18): far above the platform's ids. */
    public static final long BASE = 8_000_000_000_000_000_000L;

    private BillSeed() {
    }

    /** What was written: the first customer id and how many, entries, milliseconds. */
    public record Seeded(long firstCustomerId, int customers, long entries, long millis) {
    }

    /** The amount of entry {@code j} of the customer {@code k}: 0.01 to 100.00 yuan. */
    public static String amount(int k, int j) {
        long fen = (k * 31L + j * 17L) % 10_000 + 1;
        return fen / 100 + "." + String.format("%02d", fen % 100);
    }

    public static Seeded seed(Connection c, long firstCustomerId, int customers, int lines, YearMonth period, boolean postings)
            throws SQLException {
        long t0 = System.currentTimeMillis();
        long seconds = period.lengthOfMonth() * 86_400L;
        Instant start = period.atDay(1).atStartOfDay(ZONE).toInstant();
        if (firstCustomerId < BASE || lines > 100) {
            throw new IllegalArgumentException("customer ids from " + BASE + ", at most 100 lines a customer");
        }
        long entries = 0;
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            StringBuilder cu = new StringBuilder();
            StringBuilder ac = new StringBuilder();
            StringBuilder je = new StringBuilder();
            StringBuilder po = new StringBuilder();
            int n = 0;
            int m = 0;
            for (int k = 0; k < customers; k++) {
                long id = firstCustomerId + k;
                sep(cu, n).append('(').append(id).append(",'ENTERPRISE','账单压测客户").append(k).append("','ACTIVE',true,'2025-01-01 00:00:00',0)");
                sep(ac, n).append('(').append(id).append(",0.00,0.00,0.00,0.00,0.00,0.00,'2025-01-01 00:00:00',0)");
                if (++n == ROWS) {
                    flush(s, cu, ac);
                    n = 0;
                }
                for (int j = 0; j < lines; j++) {
                    long seq = (id - BASE) * 100 + j;
                    long e = 8_100_000_000_000_000_000L + seq;
                    long p = 8_500_000_000_000_000_000L + seq * 2;
                    boolean refund = j % 10 == 9;
                    boolean payg = j % 3 != 0;
                    String amount = amount(k, j);
                    String at = java.sql.Timestamp.from(start.plusSeconds((k * 7919L + j * 3571L) % seconds)).toInstant().toString()
                            .replace('T', ' ').replace("Z", "");
                    sep(je, m).append('(').append(e).append(",'").append(refund ? "REFUND" : "CONSUMPTION").append("','CASH_BALANCE',")
                            .append(id).append(",'bench-").append(e).append("','bench-").append(id).append("',").append(amount)
                            .append(",'").append(at).append("','bench','").append(j % 4 == 0 ? "gpu.train" : "gpu.infer").append("','")
                            .append(j % 2 == 0 ? "910b.8" : "910b.1").append("','").append(refund ? "PREPAID_MONTHLY" : payg ? "PAYG" : "PREPAID_MONTHLY")
                            .append("','").append(refund ? "UNSUBSCRIBE" : payg ? "USAGE" : "NEW").append("',")
                            .append(payg || refund ? "null" : "1.00").append(')');
                    if (postings) {
                        sep(po, 2 * m).append('(').append(p).append(',').append(e).append(',').append(id).append(",'CASH','CASH_BALANCE',")
                                .append(refund ? "" : "-").append(amount).append(",null,'").append(at).append("'),(").append(p + 1)
                                .append(',').append(e).append(",null,'REVENUE','PLATFORM',").append(refund ? "-" : "").append(amount)
                                .append(",null,'").append(at).append("')");
                    }
                    entries++;
                    if (++m == ROWS) {
                        if (n > 0) {
                            flush(s, cu, ac);
                            n = 0;
                        }
                        flushEntries(s, je, po);
                        m = 0;
                    }
                }
            }
            if (n > 0) {
                flush(s, cu, ac);
            }
            if (m > 0) {
                flushEntries(s, je, po);
            }
            c.commit();
        } finally {
            c.setAutoCommit(auto);
        }
        return new Seeded(firstCustomerId, customers, entries, System.currentTimeMillis() - t0);
    }

    private static StringBuilder sep(StringBuilder b, int n) {
        return n == 0 ? b : b.append(',');
    }

    private static void flush(Statement s, StringBuilder cu, StringBuilder ac) throws SQLException {
        s.executeUpdate("insert into customer (id, customer_type, name, status, verified, created_at, version) values " + cu);
        s.executeUpdate("insert into account (customer_id, cash, credit_limit, credit_used, frozen, cash_coupon, consumed, updated_at, version) values " + ac);
        cu.setLength(0);
        ac.setLength(0);
    }

    private static void flushEntries(Statement s, StringBuilder je, StringBuilder po) throws SQLException {
        s.executeUpdate("insert into journal_entry (id, entry_type, channel, customer_id, idem_key, reference, amount, created_at, created_by, "
                + "product_code, spec_code, billing_mode, order_type, discount_amount) values " + je);
        if (po.length() > 0) {
            s.executeUpdate("insert into posting (id, entry_id, customer_id, sub_account, channel, amount, balance_after, created_at) values " + po);
        }
        je.setLength(0);
        po.setLength(0);
    }

    /** Bills of the period among the seeded customers whose totals differ from the ledger's (0 when every bill is right to the fen). */
    public static long wrongBills(Connection c, long firstCustomerId, int customers, YearMonth period) throws SQLException {
        Instant from = period.atDay(1).atStartOfDay(ZONE).toInstant();
        Instant to = period.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant();
        String f = from.toString().replace('T', ' ').replace("Z", "");
        String t = to.toString().replace('T', ' ').replace("Z", "");
        try (Statement s = c.createStatement(); var rs = s.executeQuery("select count(*) from bill b left join (select customer_id, "
                + "sum(case when entry_type <> 'REFUND' then amount else 0 end) ch, sum(case when entry_type = 'REFUND' then amount else 0 end) rf "
                + "from journal_entry where customer_id between " + firstCustomerId + " and " + (firstCustomerId + customers - 1)
                + " and entry_type in ('CONSUMPTION','DEDUCTION','REFUND') and created_at >= '" + f + "' and created_at < '" + t + "' group by customer_id) x "
                + "on x.customer_id = b.customer_id where b.period = '" + period + "' and b.customer_id between " + firstCustomerId + " and "
                + (firstCustomerId + customers - 1) + " and (x.customer_id is null or b.charged <> x.ch or b.refunded <> x.rf or b.total <> x.ch - x.rf)")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
