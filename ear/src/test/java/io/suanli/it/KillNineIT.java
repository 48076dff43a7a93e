package io.suanli.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * kill -9 in the middle of an SDR import and of a bill run, on MariaDB. The import: a second WildFly (ports +100, its own database, the same EAR,
 * dev profile) imports a file of 75,000 records; when part of it is stored the server's JVM is killed with SIGKILL,
 * then started again. The import must resume by itself from its last checkpoint, and the end state must be what an
 * uninterrupted import gives: every record stored once, every hour charged once, the exact amount, the ledger
 * reconciled. The bill run: 1,000 customers (and distributors) seeded by SQL, the server killed after a few hundred
 * bills and again in the statement step; the run must resume by itself each time and end with one bill per customer,
 * each as the ledger has it, notified once, and one statement per distributor: the same as an uninterrupted run. It
 * drives its own server process ({@link WildFly}), beside the one of the other server tests, and runs while they run
 * (its tests one after the other): nothing of it is shared with them.
 */
@Execution(ExecutionMode.CONCURRENT)
class KillNineIT {

    static final int OFFSET = 100;
    static final String BASE = "http://127.0.0.1:" + (8080 + OFFSET);
    static final String DB = "suanli_kill9";
    static final int HOURS = 24;
    static final int PER_HOUR = 3_125; // 75,000 records; 3,125 × 0.00064 = 2 nodes an hour

    /** The second server's environment: dev profile, its own database, mailbox port and simulator port. */
    static final Map<String, String> ENV = Map.of("SUANLI_PROFILE", "dev", "SUANLI_DB_DRIVER", "mysql",
            "SUANLI_DB_URL", "jdbc:mysql://" + MariaDbDatabase.HOST + "/" + DB + MariaDbDatabase.OPTIONS,
            "SUANLI_DB_USER", "suanli_it", "SUANLI_DB_PASSWORD", "suanli_it", "SUANLI_SMTP_HOST", "127.0.0.1",
            "SUANLI_SMTP_PORT", "3125", "SUANLI_PUBLIC_URL", BASE, "SUANLI_HCSO_SIMULATOR_PORT", "8189");

    private static WildFly server;
    private static Path base;

    /** One server (and schema) for both tests: each boot with Liquibase on a fresh schema is the test's dearest step. */
    @BeforeAll
    static void boot() throws Exception {
        awaitSharedPlatform(); // two servers booting at once slow both: start once the other one is up
        database();
        base = Path.of("target", "kill9", "standalone").toAbsolutePath();
        server = new WildFly(base, OFFSET, "kill9", ENV);
        server.prepare();
        start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.stop(false);
        }
    }

    /**
     * Waits, polling, until the shared server of the other tests answers (at most five minutes) — if one is starting at
     * all: when nothing opens its management port within 30 s (this class run alone) it does not wait.
     */
    static void awaitSharedPlatform() throws InterruptedException {
        Http shared = new Http(Deployments.BASE);
        long starting = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!listening(9990)) {
            if (System.nanoTime() > starting) {
                return;
            }
            Thread.sleep(500);
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (shared.get("/api/v1/catalog/products").statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // not started or not deployed yet
            }
            Thread.sleep(500);
        }
    }

    static boolean listening(int port) {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** Each test begins with the server up, whatever the other one left. */
    @BeforeEach
    void up() throws Exception {
        if (!server.running()) {
            start();
        }
    }

    @Test
    @Execution(ExecutionMode.SAME_THREAD) // the class runs beside the others; its two tests, on one port, one after the other
    void anImportKilledMidFileResumesAfterRestartAndChargesExactlyOnce() throws Exception {
        Http http = new Http(BASE);
        String admin = token(http, "admin", "Admin@2026");
        String finance = token(http, "finance", "Finance@2026");
        String ops = token(http, "ops", "Ops@2026");
        String customer = token(http, "customer", "Customer@2026");

        ok(http.json("PUT", "/api/v1/dev/clock", "{\"now\":\"2026-03-01T00:00:00Z\"}", "Authorization", admin));
        String customerId = ok(http.get("/api/v1/me", "Authorization", customer)).getString("customerId");
        ok(http.json("POST", "/api/v1/ops/accounts/" + customerId + "/adjustments", "{\"direction\":\"CREDIT\",\"amount\":\"100000.00\","
                + "\"channel\":\"BANK_TRANSFER\",\"reason\":\"kill -9 test\"}", "Authorization", finance));
        String cashBefore = ok(http.get("/api/v1/account", "Authorization", customer)).getString("cash");
        JsonObject order = ok(http.json("POST", "/api/v1/orders", "{\"specCode\":\"ma-ded-910b-8\",\"nodes\":2,\"billingMode\":\"PAYG\"}",
                "Authorization", customer));
        String pool = "kill9-" + order.getString("orderNo");
        ok(http.json("POST", "/api/v1/ops/orders/" + order.getString("orderNo") + "/accept", "{\"resourceInfo\":{\"resourcePoolId\":\"" + pool
                + "\",\"accessUrl\":\"https://console.hcso.example/pools/" + pool + "\"}}", "Authorization", ops));
        ok(http.json("PUT", "/api/v1/dev/clock", "{\"now\":\"2026-03-03T01:00:00Z\"}", "Authorization", admin));

        String name = "kill9_20260303010000_1.sdr";
        Path inbox = base.resolve("data").resolve("suanli").resolve("sdr").resolve("inbox");
        Files.createDirectories(inbox);
        Path part = inbox.resolve(name + ".part");
        try (OutputStream out = Files.newOutputStream(part)) {
            for (int h = 0; h < HOURS; h++) {
                String hour = String.format("202603%02d%02d", 1 + h / 24, h % 24);
                String next = String.format("202603%02d%02d", 1 + (h + 1) / 24, (h + 1) % 24);
                for (int i = 0; i < PER_HOUR; i++) {
                    out.write(("K" + h + "-" + i + "|20|" + hour + "0500|0b7c1f9e2d3a4c5b8e6f7a8b9c0d0000|cn-north-4|cn-north-4c|"
                            + "hws.service.type.modelarts|hws.resource.type.ma.pool|modelarts.pool.910b|" + pool + "|chargeMode=PAYG|"
                            + hour + "0000|" + next + "0000|3600|0.00064|NODE_HOUR\n").getBytes());
                }
            }
        }
        Files.move(part, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        ok(http.json("POST", "/api/v1/system/sdr/inbox/scan", null, "Authorization", admin));
        String fileId = TestUsers.string("select id from " + DB + ".sdr_file where name = '" + name + "'");

        // kill -9 once a part of the file is stored, well before the end
        long lines = 0;
        for (int i = 0; i < 600 && lines < 20_000; i++) {
            Thread.sleep(100);
            lines = Long.parseLong(TestUsers.string("select lines_read from " + DB + ".sdr_file where id = " + fileId));
        }
        assertTrue(lines > 0 && lines < (long) HOURS * PER_HOUR, "killed mid-file: " + lines + " lines stored");
        kill(true);
        String atKill = TestUsers.string("select concat(status, ' ', lines_read) from " + DB + ".sdr_file where id = " + fileId);
        assertTrue(atKill.startsWith("IMPORTING"), "the file was importing when its server died: " + atKill);

        start();
        http = new Http(BASE);
        admin = token(http, "admin", "Admin@2026");
        JsonObject f = null;
        for (int i = 0; i < 1200; i++) {
            f = ok(http.get("/api/v1/system/sdr/files/" + fileId, "Authorization", admin));
            if (f.getString("status").equals("IMPORTED")) {
                break;
            }
            Thread.sleep(250);
        }
        assertEquals("IMPORTED", f.getString("status"), "resumed by itself after the restart: " + f);
        assertEquals((long) HOURS * PER_HOUR, f.getJsonNumber("records").longValue(), f.toString());
        assertEquals(0, f.getInt("errors"), f.toString());
        assertEquals(HOURS, f.getInt("hoursRated"), f.toString());
        // 2 nodes × 168.00 an hour × 24 hours
        assertEquals("8064.00", f.getString("amountCharged"));
        assertEquals(HOURS, TestUsers.count("select count(*) from " + DB + ".usage_hour u join " + DB + ".resource_instance r on r.id = u.resource_id "
                + "where r.resource_pool_id = '" + pool + "'"));
        assertEquals(1, TestUsers.count("select count(*) from " + DB + ".journal_entry where reference like 'SDR-" + fileId + "-%'"),
                "one charge for the resource and the file");
        customer = token(http, "customer", "Customer@2026");
        assertEquals(new java.math.BigDecimal(cashBefore).subtract(new java.math.BigDecimal("8064.00")).toPlainString(),
                ok(http.get("/api/v1/account", "Authorization", customer)).getString("cash"));
        JsonObject reconciliation = ok(http.get("/api/v1/ops/accounts/" + customerId + "/reconciliation", "Authorization",
                token(http, "finance", "Finance@2026")));
        assertTrue(reconciliation.getJsonObject("differences").isEmpty(), "ledger and balances agree: " + reconciliation);
        assertTrue(Files.readString(base.resolve("log").resolve("server.log")).contains("died with its server; restarted"),
                "the restart was the recovery's");
    }

    /**
     * A bill run killed twice (SPEC B2, §10): 1,000 customers with three charges each and, the same 1,000 as tier-1
     * distributors, three commission lines each in March 2025, all seeded by SQL. The server is killed after a few
     * hundred bills, started again, and killed again in the statement step that follows the bills, then started once
     * more. The run must resume by itself each time and end with one bill per customer, each as the ledger has it and
     * notified once, and one statement per distributor with the figures of its lines: the same as a run of the month
     * again, which notifies nobody again.
     */
    @Test
    @Execution(ExecutionMode.SAME_THREAD)
    void aBillRunKilledInItsBillsAndAgainInItsStatementsResumesEachTimeAndMakesEachOnce() throws Exception {
        int n = 1000;
        java.time.YearMonth period = java.time.YearMonth.of(2025, 3);
        long first = BillSeed.BASE + 70_000_000;
        try (Connection db = connect()) {
            BillSeed.seed(db, first, n, 3, period, false);
            seedDistributors(db, first, n, period);
        }
        Http http = new Http(BASE);
        String finance = token(http, "finance", "Finance@2026");
        String bill = " from " + DB + ".bill where period = '" + period + "' and customer_id between " + first + " and " + (first + n - 1);
        String statement = " from " + DB + ".distribution_statement where period = '" + period + "' and distributor_id between " + first
                + " and " + (first + n - 1);
        String id = ok(http.json("POST", "/api/v1/ops/bills/runs", "{\"period\":\"" + period + "\",\"partitions\":2,\"chunk\":1}",
                "Authorization", finance)).getString("executionId");

        // first kill: among the bills
        long bills = awaitCount("select count(*)" + bill, 200, 50, 1200);
        assertTrue(bills > 0 && bills < n, "killed among the bills: " + bills + " of " + n);
        kill(true);
        assertTrue(TestUsers.count("select count(*)" + bill) < n, "the bills were not all made when the server died");
        assertEquals(0, TestUsers.count("select count(*)" + statement), "no statement before the bills");
        start();

        // second kill: in the statement step of the recovered run
        long made = awaitCount("select count(*)" + statement, 50, 20, 15_000);
        assertTrue(made > 0 && made < n, "killed in the statement step: " + made + " of " + n);
        kill(true);
        assertTrue(TestUsers.count("select count(*)" + statement) < n, "the step was not over when its server died");
        start();

        http = new Http(BASE);
        finance = token(http, "finance", "Finance@2026");
        awaitCount("select count(*)" + bill + " and notified_at is not null", n, 200, 900);
        awaitCount("select count(*)" + statement, n, 200, 900);
        assertEquals(n, TestUsers.count("select count(*)" + bill), "one bill per customer");
        assertEquals(n, TestUsers.count("select count(*)" + bill + " and notified_at is not null"), "each notified");
        assertEquals(n, TestUsers.count("select count(*)" + statement), "one statement per distributor");
        String recovered = "select count(*) from " + DB + ".audit_event where action = 'JOB_RECOVERED' and target = ";
        assertEquals(1, TestUsers.count(recovered + "'" + id + "'"), "resumed by the recovery, once");
        String restartedAs = TestUsers.string("select substring_index(summary, 'restarted as ', -1) from " + DB
                + ".audit_event where action = 'JOB_RECOVERED' and target = '" + id + "'");
        assertEquals(1, TestUsers.count(recovered + "'" + restartedAs + "'"), "its restart resumed by the recovery, once");
        try (Connection db = connect()) {
            assertEquals(0, BillSeed.wrongBills(db, first, n, period), "every bill as the ledger has it, to the fen");
        }
        assertEquals(0, TestUsers.count("select count(*)" + statement.replace(".distribution_statement where", ".distribution_statement s where")
                + " and (s.status <> 'DRAFT' or s.opening <> 0 or s.line_count <> 3 or s.closing <> s.accrued + s.clawed_back"
                + " or s.accrued <> (select sum(c.amount) from " + DB + ".commission_line c where c.distributor_id = s.distributor_id and c.kind = 'ACCRUAL')"
                + " or s.clawed_back <> (select sum(c.amount) from " + DB + ".commission_line c where c.distributor_id = s.distributor_id and c.kind = 'CLAWBACK'))"),
                "each statement has the figures of its lines");
        String billRows = "select group_concat(concat(b.customer_id, ':', b.total, ':', b.charged, ':', b.refunded, ':', b.notified_at, ':', "
                + "(select count(*) from " + DB + ".bill_line l where l.bill_id = b.id), ':', (select coalesce(sum(l.amount), 0) from " + DB
                + ".bill_line l where l.bill_id = b.id)) order by b.customer_id separator ',')" + bill.replace(".bill where", ".bill b where");
        String statementRows = "select group_concat(concat(distributor_id, ':', opening, ':', accrued, ':', clawed_back, ':', closing, ':', line_count, "
                + "':', status) order by distributor_id separator ',')" + statement;
        // an uninterrupted run of the same period keeps the same bills and statements and notifies nobody again
        assertSameAfterRerun(http, finance, period, 200, "select concat((" + billRows + "), '#', (" + statementRows + "))",
                "the same bills and statements");
    }

    /** Polls {@code sql} (a count) every {@code everyMillis} until it reaches {@code atLeast} or {@code times} polls went by; the last count. */
    static long awaitCount(String sql, long atLeast, long everyMillis, int times) throws Exception {
        long count = TestUsers.count(sql);
        for (int i = 0; i < times && count < atLeast; i++) {
            Thread.sleep(everyMillis);
            count = TestUsers.count(sql);
        }
        return count;
    }

    /**
     * The seeded customers {@code first … first + n - 1} made tier-1 distributors of a level of their own, each with two
     * accruals and a clawback in {@code period}: k + j fen and more, so each distributor's figures differ.
     */
    static void seedDistributors(Connection db, long first, int n, java.time.YearMonth period) throws java.sql.SQLException {
        try (Statement st = db.createStatement()) {
            db.setAutoCommit(false);
            st.executeUpdate("insert into distribution_level (code, name, tier, commission_rate, override_rate, created_at, created_by) "
                    + "values ('K9GOLD', '压测一级', 1, 0.1000, 0.0300, '2025-01-01 00:00:00', 'kill9')");
            StringBuilder d = new StringBuilder();
            StringBuilder l = new StringBuilder();
            for (int k = 0; k < n; k++) {
                long id = first + k;
                d.append(k == 0 ? "" : ",").append('(').append(id).append(",1,'K9GOLD',null,'K9C").append(k).append("','K9D").append(k)
                        .append("','2025-01-01 00:00:00','kill9')");
                for (int j = 0; j < 3; j++) {
                    boolean back = j == 2;
                    String amount = (back ? "-" : "") + (k % 50 + j) + "." + String.format("%02d", (k * 7 + j) % 100);
                    l.append(k == 0 && j == 0 ? "" : ",").append('(').append(8_900_000_000_000_000_000L + k * 3L + j).append(',').append(id)
                            .append(",'").append(back ? "CLAWBACK" : "ACCRUAL").append("','K9:").append(k).append(':').append(j)
                            .append("','DIRECT',null,null,'K9-").append(k).append("',null,0.00,0.1000,").append(amount)
                            .append(",'").append(period).append("','").append(period).append("-1").append(j).append(" 02:00:00')");
                }
            }
            st.executeUpdate("insert into distributor (customer_id, tier, level_code, parent_customer_id, customer_invite_code, "
                    + "distributor_invite_code, approved_at, approved_by) values " + d);
            st.executeUpdate("insert into commission_line (id, distributor_id, kind, line_key, role, customer_id, source_entry_id, source_ref, "
                    + "accrual_id, base, rate, amount, period, created_at) values " + l);
            db.commit();
        }
    }

    /**
     * Runs the month's bill run again (3 partitions) to its end, once no run is running; what {@code snapshot} selects
     * must not have changed.
     */
    static void assertSameAfterRerun(Http http, String finance, java.time.YearMonth period, int chunk, String snapshot, String message)
            throws Exception {
        try (Connection db = connect(); Statement st = db.createStatement()) {
            st.execute("set session group_concat_max_len = 100000000");
            java.sql.ResultSet rs = st.executeQuery(snapshot);
            rs.next();
            String before = rs.getString(1);
            // the recovered run may still be at its last step: a second run starts once it has ended (polling)
            HttpResponse<String> started = null;
            for (int i = 0; i < 900; i++) {
                started = http.json("POST", "/api/v1/ops/bills/runs", "{\"period\":\"" + period + "\",\"partitions\":3,\"chunk\":" + chunk + "}",
                        "Authorization", finance);
                if (!started.body().contains("bill.runRunning")) {
                    break;
                }
                Thread.sleep(200);
            }
            String again = ok(started).getString("executionId");
            JsonObject r = null;
            for (int i = 0; i < 600; i++) {
                r = ok(http.get("/api/v1/ops/bills/runs/" + again, "Authorization", finance));
                if (!r.getString("status").startsWith("START")) {
                    break;
                }
                Thread.sleep(200);
            }
            assertEquals("COMPLETED", r.getString("status"), r.toString());
            rs = st.executeQuery(snapshot);
            rs.next();
            assertEquals(before, rs.getString(1), message);
        }
    }

    static Connection connect() throws java.sql.SQLException {
        return DriverManager.getConnection("jdbc:mysql://" + MariaDbDatabase.HOST + "/" + DB + MariaDbDatabase.OPTIONS,
                MariaDbDatabase.USER, MariaDbDatabase.PASSWORD);
    }

    static void database() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:mysql://" + MariaDbDatabase.HOST + "/" + MariaDbDatabase.OPTIONS,
                MariaDbDatabase.USER, MariaDbDatabase.PASSWORD); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + DB);
            s.execute("create database " + DB + " character set utf8mb4 collate utf8mb4_bin");
            s.execute("create user if not exists 'suanli_it'@'localhost' identified by 'suanli_it'");
            s.execute("create user if not exists 'suanli_it'@'127.0.0.1' identified by 'suanli_it'");
            s.execute("grant all privileges on " + DB + ".* to 'suanli_it'@'localhost'");
            s.execute("grant all privileges on " + DB + ".* to 'suanli_it'@'127.0.0.1'");
        }
    }

    static void start() throws Exception {
        server.start(Duration.ofMinutes(4));
    }

    /** SIGKILL to the server's JVM ({@code hard}), or a normal stop. */
    static void kill(boolean hard) throws Exception {
        server.stop(hard);
    }

    static String token(Http http, String user, String password) throws Exception {
        return Http.bearer(ok(http.json("POST", "/api/v1/auth/token", "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}"))
                .getString("token"));
    }

    static JsonObject ok(HttpResponse<String> r) {
        assertTrue(r.statusCode() == 200 || r.statusCode() == 201, r.statusCode() + " " + r.body());
        return Http.parse(r.body());
    }
}
