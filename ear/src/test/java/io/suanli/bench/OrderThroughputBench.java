package io.suanli.bench;

import io.suanli.it.Http;
import io.suanli.it.ServerTest;
import io.suanli.it.TestCatalog;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Paid orders per second on MariaDB through the public API: {@code POST /api/v1/orders} then
 * {@code POST /api/v1/orders/{orderNo}/pay}, 16 concurrent clients, each a verified customer of its own, and the same
 * on one customer shared by all clients (every payment locks the same account row). Prints throughput and p50/p99
 * latencies and writes them to {@code ear/target/bench/orders.txt}; asserts nothing about time.
 */
@ServerTest
@RunAsClient
class OrderThroughputBench {

    static final int ORDERS = 640;
    static final int CLIENTS = 16;

    @Test
    void paidOrdersPerSecond() throws Exception {
        TestCatalog.Built catalog = TestCatalog.build(true, "100.00", "1.000000");
        String ops = BenchCustomers.token("ops", "Ops@2026");
        List<String> tokens = new ArrayList<>();
        for (BenchCustomers.Customer c : BenchCustomers.onboard(CLIENTS + 1, "下单压测", "137")) {
            new Http().json("PUT", "/api/v1/ops/customers/" + c.id() + "/quotas/RESOURCE_NODES", "{\"limit\":100000}", "Authorization", ops);
            tokens.add(BenchCustomers.token(c.username(), BenchCustomers.PASSWORD));
        }
        String body = "{\"specCode\":\"" + catalog.spec() + "\",\"nodes\":1,\"billingMode\":\"PREPAID_MONTHLY\",\"periods\":1}";
        StringBuilder out = new StringBuilder();
        out.append(run("one customer per client", body, i -> tokens.get(1 + i % CLIENTS)));
        out.append(run("all clients on one customer", body, i -> tokens.get(0)));
        BenchCustomers.report("orders.txt", out.toString());
    }

    interface Pick {
        String token(int client);
    }

    static String run(String name, String body, Pick pick) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ConcurrentLinkedQueue<Long> place = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> pay = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> both = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < CLIENTS; t++) {
            int client = t;
            futures.add(pool.submit(() -> {
                Http http = new Http();
                String token = pick.token(client);
                while (next.getAndIncrement() < ORDERS) {
                    long t0 = System.nanoTime();
                    HttpResponse<String> placed = http.json("POST", "/api/v1/orders", body, "Authorization", token);
                    long t1 = System.nanoTime();
                    if (placed.statusCode() != 201) {
                        failed.incrementAndGet();
                        continue;
                    }
                    HttpResponse<String> paid = http.json("POST", "/api/v1/orders/" + Http.parse(placed.body()).getString("orderNo") + "/pay",
                            null, "Authorization", token);
                    long t2 = System.nanoTime();
                    if (paid.statusCode() != 200) {
                        failed.incrementAndGet();
                        continue;
                    }
                    place.add(t1 - t0);
                    pay.add(t2 - t1);
                    both.add(t2 - t0);
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%-30s %d paid orders, %d clients: %.1f s, %.1f paid orders/s, %d failed; "
                        + "order+pay p50 %.1f ms p99 %.1f ms (place p50 %.1f / p99 %.1f, pay p50 %.1f / p99 %.1f)%n",
                name, both.size(), CLIENTS, seconds, both.size() / seconds, failed.get(), pct(both, 50), pct(both, 99),
                pct(place, 50), pct(place, 99), pct(pay, 50), pct(pay, 99));
    }

    static double pct(ConcurrentLinkedQueue<Long> nanos, int p) {
        List<Long> sorted = new ArrayList<>(nanos);
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }
}
