package io.suanli.bench;

import io.suanli.it.Http;
import io.suanli.it.ServerTest;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Charges per second on MariaDB through the ledger (each one locks the account row, writes a balanced entry and
 * updates the balances): on one hot account and spread over 20 accounts, 16 concurrent clients. Prints numbers and
 * writes them to {@code ear/target/bench/charges.txt}; asserts nothing about time.
 */
@ServerTest
@RunAsClient
class ChargeThroughputBench {

    static final int CHARGES = 3000;
    static final int CLIENTS = 16;

    @Test
    void chargesPerSecond() throws Exception {
        String admin = BenchCustomers.token("admin", "Admin@2026");
        List<String> accounts = BenchCustomers.onboard(21, "压测客户", "139").stream().map(BenchCustomers.Customer::id).toList();
        String hot = accounts.get(0);
        List<String> spread = accounts.subList(1, 21);
        StringBuilder out = new StringBuilder();
        out.append(run("charges on one hot account", admin, i -> hot));
        out.append(run("charges over 20 accounts", admin, i -> spread.get(i % spread.size())));
        BenchCustomers.report("charges.txt", out.toString());
    }

    interface Pick {
        String account(int i);
    }

    static String run(String name, String admin, Pick pick) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        String tag = name.replace(' ', '-') + "-" + System.nanoTime();
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < CLIENTS; t++) {
            futures.add(pool.submit(() -> {
                Http http = new Http();
                int i;
                while ((i = next.getAndIncrement()) < CHARGES) {
                    HttpResponse<String> r = http.json("POST", "/api/v1/dev/charges", "{\"customerId\":\"" + pick.account(i)
                            + "\",\"amount\":\"1.23\",\"reference\":\"" + tag + "-" + i + "\"}", "Authorization", admin);
                    if (r.statusCode() != 200) {
                        failed.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%-32s %d charges, %d clients: %.1f s, %.0f charges/s, %d failed%n", name, CHARGES, CLIENTS,
                seconds, CHARGES / seconds, failed.get());
    }
}
