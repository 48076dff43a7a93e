package io.suanli.bench;

import io.suanli.core.usage.domain.SdrFormat;
import io.suanli.core.usage.domain.SdrGenerator;
import io.suanli.it.Http;
import io.suanli.it.Platform;
import io.suanli.it.ServerTest;
import io.suanli.it.TestCatalog;
import io.suanli.it.TestUsers;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The SDR import (B1) end to end on MariaDB: 1,000 pay-as-you-go resources of 100 customers, a generated file of
 * 1,000,000 records (1,000 hours, 2 % corrections, 3 % partial hours) dropped into the server's inbox; timed from the
 * inbox scan to the file IMPORTED (received, hashed, parsed, checked, stored, rated, charged). Then the replays: the
 * same file again (recognised by its hash) and the same records under another content (every record id already
 * taken). Prints numbers and writes {@code ear/target/bench/sdr.txt}; asserts nothing about time.
 */
@ServerTest
@RunAsClient
class SdrImportBench {

    static final int CUSTOMERS = Integer.getInteger("bench.sdr.customers", 100);
    static final int PER_CUSTOMER = Integer.getInteger("bench.sdr.resources", 10);
    static final long RECORDS = Long.getLong("bench.sdr.records", 1_000_000);
    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void importAMillionRecords() throws Exception {
        Http http = new Http();
        String admin = BenchCustomers.token("admin", "Admin@2026");
        StringBuilder out = new StringBuilder();
        try {
            http.json("PUT", "/api/v1/dev/clock", "{\"now\":\"2025-12-31T00:00:00Z\"}", "Authorization", admin);
            TestCatalog.Built catalog = TestCatalog.build(true, "1500.00", "15000.00", "2.500000");
            http.json("PUT", "/api/v1/dev/clock", "{\"now\":\"" + START + "\"}", "Authorization", admin);
            List<String> pools = resources(catalog.spec());
            int resources = pools.size();
            long hours = (RECORDS + resources - 1) / resources;
            Instant now = START.plusSeconds(3600 * (hours + 1));
            http.json("PUT", "/api/v1/dev/clock", "{\"now\":\"" + now + "\"}", "Authorization", admin);

            List<SdrGenerator.Resource> rs = new ArrayList<>();
            for (String pool : pools) {
                rs.add(new SdrGenerator.Resource(pool, "0b7c1f9e2d3a4c5b8e6f7a8b9c0d0000", "hws.service.type.modelarts",
                        "hws.resource.type.ma.pool", "modelarts.pool.bench", "NODE_HOUR", BigDecimal.valueOf(1 + pools.indexOf(pool) % 4)));
            }
            Path work = Files.createDirectories(Path.of("target", "bench", "sdr"));
            String name = SdrGenerator.fileName("bench", now, (int) (System.currentTimeMillis() % 10000));
            Path file = work.resolve(name);
            long g0 = System.nanoTime();
            SdrGenerator.Generated gen;
            try (OutputStream o = Files.newOutputStream(file)) {
                gen = new SdrGenerator(SdrFormat.defaults()).write(new SdrGenerator.Plan(rs, START, RECORDS, 42, BigDecimal.ZERO,
                        new BigDecimal("0.02"), new BigDecimal("0.03"), now, "B" + System.currentTimeMillis() + "-"), o);
            }
            out.append(String.format("file: %,d lines (%,d normal, %,d corrections), %,d bytes, %d resources × %d hours; generated in %,d ms%n",
                    gen.lines(), gen.normal(), gen.corrections(), Files.size(file), resources, hours, (System.nanoTime() - g0) / 1_000_000));

            Path inbox = Platform.base().resolve("data").resolve("suanli").resolve("sdr").resolve("inbox");
            Files.createDirectories(inbox);
            JsonObject first = importThrough(http, admin, inbox, file, name);
            out.append(line("first import", first));

            JsonObject same = importThrough(http, admin, inbox, file, name);
            out.append(line("the same file again (recognised by SHA-256)", same));

            String renamed = SdrGenerator.fileName("bench", now, (int) (System.currentTimeMillis() % 10000) + 1);
            Path replay = work.resolve(renamed);
            Files.copy(file, replay, StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(replay, "\n", java.nio.file.StandardOpenOption.APPEND); // other content, the same records
            JsonObject again = importThrough(http, admin, inbox, replay, renamed);
            out.append(line("the same records in another file (replay)", again));
            out.append(steps(first)).append(steps(again));
        } finally {
            http.json("PUT", "/api/v1/dev/clock", "{\"now\":null}", "Authorization", admin);
        }
        BenchCustomers.report("sdr.txt", out.toString());
    }

    /** 100 customers × 10 PAYG resources, opened at {@link #START} with cloud pool ids; answers the pool ids. */
    static List<String> resources(String spec) throws Exception {
        List<BenchCustomers.Customer> customers = BenchCustomers.onboard(CUSTOMERS, "话单压测", "137");
        String ops = BenchCustomers.token("ops", "Ops@2026");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<List<String>>> done = new ArrayList<>();
        for (BenchCustomers.Customer c : customers) {
            done.add(pool.submit(() -> {
                Http h = new Http();
                String token = BenchCustomers.token(c.username(), BenchCustomers.PASSWORD);
                List<String> mine = new ArrayList<>();
                for (int i = 0; i < PER_CUSTOMER; i++) {
                    HttpResponse<String> o = h.json("POST", "/api/v1/orders", "{\"specCode\":\"" + spec + "\",\"nodes\":4,\"billingMode\":\"PAYG\"}",
                            "Authorization", token);
                    String no = Http.parse(o.body()).getString("orderNo");
                    String poolId = "bench-" + no;
                    HttpResponse<String> a = h.json("POST", "/api/v1/ops/orders/" + no + "/accept", "{\"resourceInfo\":{\"resourcePoolId\":\""
                            + poolId + "\",\"accessUrl\":\"https://console.hcso.example/pools/" + poolId + "\"}}", "Authorization", ops);
                    if (a.statusCode() != 200) {
                        throw new IllegalStateException(a.body());
                    }
                    mine.add(poolId);
                }
                return mine;
            }));
        }
        List<String> all = new ArrayList<>();
        for (Future<List<String>> f : done) {
            all.addAll(f.get());
        }
        pool.shutdown();
        return all;
    }

    /** Drops the file into the inbox, has it scanned, waits for the import to end; answers the file with "seconds". */
    static JsonObject importThrough(Http http, String admin, Path inbox, Path file, String name) throws Exception {
        Path part = inbox.resolve(name + ".part");
        Files.copy(file, part, StandardCopyOption.REPLACE_EXISTING);
        Files.move(part, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        String before = TestUsers.string("select max(id) from sdr_file where name = '" + name + "'");
        long t0 = System.nanoTime();
        HttpResponse<String> scan = http.json("POST", "/api/v1/system/sdr/inbox/scan", null, "Authorization", admin);
        if (scan.statusCode() != 200) {
            throw new IllegalStateException(scan.body());
        }
        String id = TestUsers.string("select max(id) from sdr_file where name = '" + name + "'");
        if (before != null && before.equals(id)) { // recognised: the registry already has this file
            return Json.of(http.get("/api/v1/system/sdr/files/" + id, "Authorization", admin).body(), (System.nanoTime() - t0) / 1e9, true);
        }
        while (true) {
            JsonObject f = Http.parse(http.get("/api/v1/system/sdr/files/" + id, "Authorization", admin).body());
            String s = f.getString("status");
            if (!s.equals("IMPORTING") && !s.equals("RECEIVED")) {
                return Json.of(f.toString(), (System.nanoTime() - t0) / 1e9, false);
            }
            Thread.sleep(100);
        }
    }

    static String line(String what, JsonObject f) {
        double s = f.getJsonNumber("seconds").doubleValue();
        return String.format("%s: %s in %.1f s (%,.0f lines/s); records taken %,d, corrections %,d, duplicates %,d, errors %,d, "
                        + "resources %,d, hours rated %,d, charged %s%s%n", what, f.getString("status"), s,
                f.getJsonNumber("linesRead").longValue() / Math.max(s, 0.001), f.getJsonNumber("records").longValue(),
                f.getJsonNumber("corrections").longValue(), f.getJsonNumber("duplicates").longValue(), f.getJsonNumber("errors").longValue(),
                f.getJsonNumber("resources").longValue(), f.getJsonNumber("hoursRated").longValue(), f.getString("amountCharged"),
                f.getBoolean("recognised") ? " (recognised, not read again)" : "");
    }

    /** Where the time went: the job's steps as JBeret recorded them. */
    static String steps(JsonObject f) {
        if (!f.containsKey("jobExecutionId")) {
            return "";
        }
        try {
            return "  steps of execution " + f.getJsonNumber("jobExecutionId") + ": " + TestUsers.string(
                    "select group_concat(concat(stepname, ' ', round(timestampdiff(microsecond, starttime, endtime) / 1000000, 1), ' s') "
                            + "order by stepexecutionid separator ', ') from STEP_EXECUTION where jobexecutionid = "
                            + f.getJsonNumber("jobExecutionId")) + "\n";
        } catch (Exception e) {
            return "  steps: " + e.getMessage() + "\n";
        }
    }

    /** Adds the measured seconds to a file's JSON. */
    static final class Json {
        static JsonObject of(String body, double seconds, boolean recognised) {
            return jakarta.json.Json.createObjectBuilder(Http.parse(body)).add("seconds", seconds).add("recognised", recognised).build();
        }
    }
}
