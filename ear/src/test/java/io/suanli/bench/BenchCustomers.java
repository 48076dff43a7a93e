package io.suanli.bench;

import io.suanli.it.Http;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the benchmarks share: tokens, verified customers onboarded by sales with 1,000,000.00 of cash, the report file. */
final class BenchCustomers {

    static final String PASSWORD = "Lantern-Harbor-77";

    /** A verified customer: its id and login. */
    record Customer(String id, String username) {
    }

    private BenchCustomers() {
    }

    static String token(String user, String password) throws Exception {
        HttpResponse<String> r = new Http().json("POST", "/api/v1/auth/token", "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}");
        return "Bearer " + Http.parse(r.body()).getString("token");
    }

    /** {@code count} new customers (mobile numbers from {@code mobilePrefix}), each credited 1,000,000.00 by bank transfer. */
    static List<Customer> onboard(int count, String name, String mobilePrefix) throws Exception {
        String sales = token("sales", "Sales@2026");
        String finance = token("finance", "Finance@2026");
        long seed = System.currentTimeMillis() % 1_000_000;
        List<Customer> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String body = "{\"type\":\"ENTERPRISE\",\"name\":\"" + name + i + "\",\"mobile\":\"" + mobilePrefix
                    + String.format("%08d", seed * 100 + i).substring(0, 8) + "\",\"email\":\"bench" + mobilePrefix + seed + "x" + i
                    + "@bench.example\",\"password\":\"" + PASSWORD + "\"}";
            HttpResponse<String> r = new Http().json("POST", "/api/v1/ops/customers", body, "Authorization", sales);
            String id = Http.parse(r.body()).getString("customerId");
            new Http().json("POST", "/api/v1/ops/accounts/" + id + "/adjustments", "{\"direction\":\"CREDIT\",\"amount\":\"1000000.00\","
                    + "\"channel\":\"BANK_TRANSFER\",\"reason\":\"bench\"}", "Authorization", finance);
            out.add(new Customer(id, Http.parse(r.body()).getString("username")));
        }
        return out;
    }

    /** Prints the numbers and writes them to {@code target/bench/{file}}. */
    static void report(String file, String text) throws Exception {
        System.out.println(text);
        Path dir = Path.of("target", "bench");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(file), text);
    }
}
