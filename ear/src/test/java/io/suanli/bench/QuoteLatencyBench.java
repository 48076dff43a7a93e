package io.suanli.bench;

import io.suanli.it.Http;
import io.suanli.it.ServerTest;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Latency of the one price engine and the public catalog, end to end over HTTP against a real WildFly and MariaDB
 * with the demo catalog: {@code ./mvnw -B install -DskipTests && ./mvnw -B verify -Pbench -pl ear}. Prints numbers and
 * writes them to {@code ear/target/bench/}; asserts nothing about time.
 */
@ServerTest
@RunAsClient
class QuoteLatencyBench {

    static final int WARM_UP = 300;
    static final int RUNS = 2000;
    static final int THREADS = 8;

    static final String[] BODIES = {
            "{\"specCode\":\"ma-ded-910b-8\",\"nodes\":2,\"billingMode\":\"PREPAID_MONTHLY\",\"periods\":3}",
            "{\"specCode\":\"ma-ded-910b-16\",\"nodes\":1,\"billingMode\":\"PREPAID_YEARLY\",\"periods\":1}",
            "{\"specCode\":\"ma-shared-910b-1\",\"nodes\":4,\"billingMode\":\"PAYG\",\"periods\":24}",
            "{\"specCode\":\"obs-standard\",\"nodes\":1024,\"billingMode\":\"PAYG\",\"periods\":1}",
    };

    @Test
    void quoteAndCatalogLatency() throws Exception {
        StringBuilder out = new StringBuilder();
        out.append(measure("POST /api/v1/quotes, 1 client", 1, i -> post(BODIES[i % BODIES.length])));
        out.append(measure("POST /api/v1/quotes, " + THREADS + " clients", THREADS, i -> post(BODIES[i % BODIES.length])));
        out.append(measure("GET /api/v1/catalog/products, 1 client", 1, i -> get("/api/v1/catalog/products")));
        out.append(measure("GET /products/modelarts-dedicated (portal page), 1 client", 1, i -> get("/products/modelarts-dedicated")));
        System.out.println(out);
        Path dir = Path.of("target", "bench");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("quote-latency.txt"), out.toString());
    }

    interface Call {
        int run(int i) throws Exception;
    }

    private static final ThreadLocal<Http> HTTP = ThreadLocal.withInitial(Http::new);

    static int post(String body) throws Exception {
        HttpResponse<String> r = HTTP.get().json("POST", "/api/v1/quotes", body);
        return r.statusCode();
    }

    static int get(String path) throws Exception {
        return HTTP.get().get(path).statusCode();
    }

    static String measure(String name, int threads, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            run(pool, threads, WARM_UP, call);
            long start = System.nanoTime();
            long[] nanos = run(pool, threads, RUNS, call);
            double seconds = (System.nanoTime() - start) / 1e9;
            Arrays.sort(nanos);
            return String.format(Locale.ROOT, "%-58s n=%d  p50=%.2f ms  p95=%.2f ms  p99=%.2f ms  max=%.2f ms  throughput=%.0f/s%n",
                    name, RUNS, ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6, RUNS / seconds);
        } finally {
            pool.shutdown();
        }
    }

    private static long[] run(ExecutorService pool, int threads, int runs, Call call) throws Exception {
        List<Future<long[]>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t;
            Callable<long[]> task = () -> {
                int mine = runs / threads;
                long[] times = new long[mine];
                for (int i = 0; i < mine; i++) {
                    long s = System.nanoTime();
                    int status = call.run(offset + i * threads);
                    times[i] = System.nanoTime() - s;
                    if (status != 200) {
                        throw new IllegalStateException("HTTP " + status);
                    }
                }
                return times;
            };
            futures.add(pool.submit(task));
        }
        long[] all = new long[0];
        for (Future<long[]> f : futures) {
            long[] part = f.get();
            long[] merged = Arrays.copyOf(all, all.length + part.length);
            System.arraycopy(part, 0, merged, all.length, part.length);
            all = merged;
        }
        return all;
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
