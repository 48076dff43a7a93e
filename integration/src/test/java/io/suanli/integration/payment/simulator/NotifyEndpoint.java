package io.suanli.integration.payment.simulator;

import com.sun.net.httpserver.HttpServer;
import io.suanli.integration.payment.NotificationAnswer;
import io.suanli.integration.payment.PaymentException;
import io.suanli.integration.payment.PaymentGateway;
import io.suanli.integration.payment.PaymentNotification;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Our notification endpoint in miniature, on a local port: verifies each notification with the gateway, keeps the
 * verified ones, answers the gateway's success or failure answer. It can be told to fail the first attempts.
 */
final class NotifyEndpoint implements AutoCloseable {

    final List<PaymentNotification> verified = new CopyOnWriteArrayList<>();
    final AtomicInteger attempts = new AtomicInteger();
    private final AtomicInteger failuresToGo = new AtomicInteger();
    private final HttpServer server;

    NotifyEndpoint(PaymentGateway gateway) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/pay/notify/simulator", exchange -> {
            attempts.incrementAndGet();
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            NotificationAnswer answer;
            if (failuresToGo.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                answer = gateway.failureAnswer();
            } else {
                try {
                    verified.add(gateway.parseNotification(headers, body));
                    answer = gateway.successAnswer();
                } catch (PaymentException e) {
                    answer = gateway.failureAnswer();
                }
            }
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", answer.contentType());
            exchange.sendResponseHeaders(answer.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    void failFirst(int attempts) {
        failuresToGo.set(attempts);
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/pay/notify/simulator");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
