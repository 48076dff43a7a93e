package io.suanli.bench;

import io.suanli.it.BillSeed;
import io.suanli.it.Http;
import io.suanli.it.MariaDbDatabase;
import io.suanli.it.ServerTest;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.YearMonth;

/**
 * The monthly bill run (B2) on MariaDB: {@code bench.billrun.customers} customers (100,000) with
 * {@code bench.billrun.lines} tagged ledger entries each (10: 1,000,000 charge lines, with their postings) in one
 * month, written straight into the database with multi-row INSERTs; then the {@code bill-run} job started through
 * {@code POST /api/v1/ops/bills/runs} and timed until COMPLETED ({@code bench.billrun.partitions}, default 4;
 * {@code bench.billrun.chunk} customers per chunk, default 500), checked (one bill per customer, each equal to the
 * ledger to the fen), and run again (the rebuild of a kept month). Also times the two queries the run is made of, on
 * their own, to show where the time goes. Prints numbers and writes {@code ear/target/bench/billrun.txt}; asserts
 * nothing about time.
 */
@ServerTest
@RunAsClient
class BillRunBench {

    static final int CUSTOMERS = Integer.getInteger("bench.billrun.customers", 100_000);
    static final int LINES = Integer.getInteger("bench.billrun.lines", 10);
    static final int PARTITIONS = Integer.getInteger("bench.billrun.partitions", 4);
    static final int CHUNK = Integer.getInteger("bench.billrun.chunk", 500);
    static final YearMonth PERIOD = YearMonth.of(2025, 5);

    @Test
    void billAMonthOfAHundredThousandCustomers() throws Exception {
        Http http = new Http();
        String finance = BenchCustomers.token("finance", "Finance@2026");
        StringBuilder out = new StringBuilder("Bill run (B2): " + CUSTOMERS + " customers × " + LINES + " entries in " + PERIOD
                + ", " + PARTITIONS + " partitions, chunks of " + CHUNK + "\n");
        long first = BillSeed.BASE + 5_000_000_000L;
        try (Connection db = MariaDbDatabase.connect(); Statement s = db.createStatement()) {
            BillSeed.Seeded seeded = BillSeed.seed(db, first, CUSTOMERS, LINES, PERIOD, Boolean.parseBoolean(System.getProperty("bench.billrun.postings", "true")));
            s.execute("analyze table journal_entry, bill, bill_line");
            out.append(String.format("seeded %,d customers, %,d entries (SQL, multi-row INSERTs) in %.1f s%n", seeded.customers(), seeded.entries(),
                    seeded.millis() / 1000.0));

            Result r1 = run(http, finance, db, out, "first run");
            long wrong = BillSeed.wrongBills(db, first, CUSTOMERS, PERIOD);
            long bills = count(s, "select count(*) from bill where period = '" + PERIOD + "' and customer_id >= " + first);
            long lines = count(s, "select count(*) from bill_line l join bill b on l.bill_id = b.id where b.period = '" + PERIOD + "' and b.customer_id >= " + first);
            out.append(String.format("  bills %,d (expected %,d), lines %,d, bills differing from the ledger: %d%n", bills, CUSTOMERS, lines, wrong));
            Result r2 = run(http, finance, db, out, "run again (rebuild)");

            // where the time goes: the run's two queries on their own
            String f = PERIOD.atDay(1).atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant().toString().replace('T', ' ').replace("Z", "");
            String t = PERIOD.plusMonths(1).atDay(1).atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant().toString().replace('T', ' ').replace("Z", "");
            long q0 = System.nanoTime();
            count(s, "select count(*) from (select distinct customer_id from journal_entry where entry_type in ('CONSUMPTION','DEDUCTION','REFUND') "
                    + "and created_at >= '" + f + "' and created_at < '" + t + "' and customer_id > 0 and mod(customer_id, " + PARTITIONS + ") = 0) x");
            double readerMs = (System.nanoTime() - q0) / 1e6;
            // the sums as the chunks ask for them: 20 chunks of CHUNK customers, extrapolated to all
            int sample = Math.min(20, (CUSTOMERS + CHUNK - 1) / CHUNK);
            long q1 = System.nanoTime();
            for (int c = 0; c < sample; c++) {
                StringBuilder in = new StringBuilder();
                for (int k = c * CHUNK; k < Math.min(CUSTOMERS, (c + 1) * CHUNK); k++) {
                    in.append(in.length() == 0 ? "" : ",").append(first + k);
                }
                count(s, "select count(*) from (select customer_id, product_code, spec_code, billing_mode, order_type, entry_type, sum(amount), "
                        + "sum(discount_amount), count(*) from journal_entry where customer_id in (" + in + ") "
                        + "and entry_type in ('CONSUMPTION','DEDUCTION','REFUND') and created_at >= '" + f + "' and created_at < '" + t
                        + "' group by customer_id, product_code, spec_code, billing_mode, order_type, entry_type) x");
            }
            double sumsMs = (System.nanoTime() - q1) / 1e6 * ((CUSTOMERS + CHUNK - 1) / CHUNK) / sample;
            out.append(String.format("where the time goes: one partition's customer list %.0f ms (× %d partitions, once per start); the ledger sums "
                    + "of all chunks (%d sampled, extrapolated) %.0f ms; the rest (%.1f s of the first run) is the chunks' writes — %,d bills and %,d lines "
                    + "inserted, %,d chunk transactions with their checkpoints in the job repository%n", readerMs, PARTITIONS, sample, sumsMs,
                    r1.seconds - (readerMs + sumsMs) / 1000, bills, lines, (CUSTOMERS + CHUNK - 1) / CHUNK));
            out.append(String.format("target ≤ 60 s: first run %.1f s, rebuild %.1f s%n", r1.seconds, r2.seconds));
        }
        BenchCustomers.report("billrun.txt", out.toString());
    }

    record Result(double seconds, JsonObject status) {
    }

    Result run(Http http, String finance, Connection db, StringBuilder out, String what) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.json("POST", "/api/v1/ops/bills/runs", "{\"period\":\"" + PERIOD + "\",\"partitions\":" + PARTITIONS
                + ",\"chunk\":" + CHUNK + "}", "Authorization", finance);
        if (r.statusCode() != 200) {
            throw new AssertionError(r.statusCode() + " " + r.body());
        }
        String id = Http.parse(r.body()).getString("executionId");
        JsonObject s;
        long lastPrint = 0;
        while (true) {
            s = Http.parse(http.get("/api/v1/ops/bills/runs/" + id, "Authorization", finance).body());
            String st = s.getString("status");
            if (!st.equals("STARTING") && !st.equals("STARTED") && !st.equals("STOPPING")) {
                break;
            }
            if (System.nanoTime() - lastPrint > 5_000_000_000L) {
                System.out.printf("  %s: %s, %d of %d bills kept, %.0f s%n", what, st, s.getInt("bills"), s.getInt("customers"), (System.nanoTime() - t0) / 1e9);
                lastPrint = System.nanoTime();
            }
            Thread.sleep(5000);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        out.append(String.format("%s: %s in %.1f s (%,.0f bills/s), execution %s%n", what, s.getString("status"), seconds, CUSTOMERS / seconds, id));
        return new Result(seconds, s);
    }

    static long count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
