package io.suanli.integration.payment.simulator;

import io.suanli.integration.payment.Amounts;
import io.suanli.integration.payment.NotificationAnswer;
import io.suanli.integration.payment.PaymentAlreadyPaidException;
import io.suanli.integration.payment.PaymentChannel;
import io.suanli.integration.payment.PaymentException;
import io.suanli.integration.payment.PaymentGateway;
import io.suanli.integration.payment.PaymentNotification;
import io.suanli.integration.payment.PaymentOrder;
import io.suanli.integration.payment.PaymentRequest;
import io.suanli.integration.payment.PaymentSignatureException;
import io.suanli.integration.payment.PaymentStatus;
import io.suanli.integration.payment.support.ChannelTime;
import io.suanli.integration.payment.support.Headers;
import io.suanli.integration.payment.support.Json;
import io.suanli.integration.payment.support.Rsa;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The payment channel of the dev profile and the tests. Orders live in memory; the pay URL is
 * {@code {payBaseUrl}/pay/simulator/{orderNumber}} (the page is the web module's: it shows {@link #order} and calls
 * {@link #pay}). Paying posts a JSON notification to the order's notify URL, signed with SHA256withRSA by a key pair
 * generated when the simulator starts (never stored: after a restart, old notifications no longer verify), and
 * repeats it on the configured schedule until our endpoint answers 2xx — as a real channel does.
 * <p>
 * For tests it also makes notifications that must be refused: {@link #forgedNotification} (another key),
 * {@link #tamperedNotification} (body changed after signing) and {@link #mismatchedNotification} (authentic, but for
 * an amount that is not the order's).
 */
public final class SimulatorGateway implements PaymentGateway {

    /** The header with the Base64 signature of the body. */
    public static final String SIGNATURE_HEADER = "Simulator-Signature";
    /** The header naming the key that signed (the first 16 hex digits of the SHA-256 of the public key). */
    public static final String KEY_ID_HEADER = "Simulator-Key-Id";

    private static final Logger LOG = Logger.getLogger(SimulatorGateway.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SimulatorConfig config;
    private final Clock clock;
    private final ScheduledExecutorService executor;
    private final boolean ownExecutor;
    private final HttpClient http;
    private final KeyPair keys = Rsa.generateKeyPair();
    private final String keyId = keyId(keys);
    private final ConcurrentMap<String, SimulatedOrder> orders = new ConcurrentHashMap<>();
    /** Keys the pay links (HMAC-SHA256), made when the simulator starts, like its orders never stored. */
    private final byte[] linkSecret = new byte[32];

    {
        RANDOM.nextBytes(linkSecret);
    }

    /** A simulator with its own delivery thread; {@link #shutdown()} stops it. */
    public SimulatorGateway(SimulatorConfig config, Clock clock) {
        this(config, clock, Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "payment-simulator");
            thread.setDaemon(true);
            return thread;
        }), true);
    }

    /** A simulator that delivers on the given executor (in the server: a {@code ManagedScheduledExecutorService}). */
    public SimulatorGateway(SimulatorConfig config, Clock clock, ScheduledExecutorService executor) {
        this(config, clock, executor, false);
    }

    private SimulatorGateway(SimulatorConfig config, Clock clock, ScheduledExecutorService executor,
                             boolean ownExecutor) {
        this.config = config;
        this.clock = clock;
        this.executor = executor;
        this.ownExecutor = ownExecutor;
        this.http = HttpClient.newBuilder().connectTimeout(config.httpTimeout()).build();
    }

    @Override
    public PaymentChannel channel() {
        return PaymentChannel.SIMULATOR;
    }

    /** Keeps the order; creating the same order again (same amount) answers the same pay URL. */
    @Override
    public PaymentOrder create(PaymentRequest request) {
        SimulatedOrder order = new SimulatedOrder(request.orderNumber(), request.amount(), request.subject(),
                request.expiresAt(), request.notifyUrl(), SimulatedOrder.State.OPEN, null, null);
        SimulatedOrder kept = orders.putIfAbsent(request.orderNumber(), order);
        if (kept != null && kept.amount().compareTo(order.amount()) != 0) {
            throw new PaymentException("order " + request.orderNumber() + " exists with another amount");
        }
        String payUrl = payUrl(request.orderNumber()).toString();
        return new PaymentOrder(PaymentChannel.SIMULATOR, request.orderNumber(), payUrl, payUrl, null);
    }

    /**
     * The pay page of an order, {@code …/pay/simulator/{orderNumber}?k={key}}: as with a real channel's QR code,
     * whoever holds the link may pay, and only the link's key (unguessable, see {@link #payKeyMatches}) opens the
     * order to someone who is not its customer.
     */
    public URI payUrl(String orderNumber) {
        PaymentRequest.requireOrderNumber(orderNumber);
        return URI.create(config.payBaseUrl().toString().replaceAll("/+$", "") + "/pay/simulator/" + orderNumber
                + "?k=" + payKey(orderNumber));
    }

    /** The key of an order's pay link: 128 bits of an HMAC-SHA256 of the order number, URL-safe Base64. */
    public String payKey(String orderNumber) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(linkSecret, "HmacSHA256"));
            byte[] d = mac.doFinal(orderNumber.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(d, 16));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code key} is the key of the order's pay link (compared in constant time). */
    public boolean payKeyMatches(String orderNumber, String key) {
        return orderNumber != null && key != null && java.security.MessageDigest.isEqual(
                payKey(orderNumber).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                key.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    /** The order as the simulator holds it, for the pay page. */
    public Optional<SimulatedOrder> order(String orderNumber) {
        return Optional.ofNullable(orders.get(orderNumber));
    }

    /**
     * The payer pays: the order becomes paid and its notification is delivered (at once or on the schedule). Paying a
     * paid order delivers its notification again. The future completes with the number of attempts once our endpoint
     * answered 2xx, or fails when the schedule is exhausted.
     *
     * @throws PaymentException the order is unknown, closed or expired
     */
    public CompletableFuture<Integer> pay(String orderNumber) {
        return deliver(markPaid(orderNumber));
    }

    /**
     * The payer pays but the notification is lost (never delivered): only a {@link #query} finds the payment — the
     * case our query-on-return path covers. Answers the transaction id.
     *
     * @throws PaymentException the order is unknown, closed or expired
     */
    public String payWithoutNotification(String orderNumber) {
        return markPaid(orderNumber).transactionId();
    }

    private SimulatedOrder markPaid(String orderNumber) {
        Instant now = clock.instant();
        return orders.compute(orderNumber, (number, order) -> {
            if (order == null) {
                throw new PaymentException("no simulated order " + number);
            }
            if (order.state() == SimulatedOrder.State.CLOSED || order.isExpired(now)) {
                throw new PaymentException("simulated order " + number + " is closed or expired");
            }
            return order.state() == SimulatedOrder.State.PAID ? order : order.paid(transactionId(now), now);
        });
    }

    /** Delivers a paid order's notification again (a channel repeating itself). */
    public CompletableFuture<Integer> redeliver(String orderNumber) {
        return deliver(paidOrder(orderNumber));
    }

    /** The genuine notification of a paid order, as {@link #pay} posts it. */
    public SimulatedNotification notificationFor(String orderNumber) {
        return notificationOf(paidOrder(orderNumber));
    }

    /** A notification about the order for the given amount, signed with a key that is not the simulator's. */
    public SimulatedNotification forgedNotification(String orderNumber, BigDecimal amount) {
        String body = body(orderNumber, transactionId(clock.instant()), Amounts.cny(amount), clock.instant());
        return new SimulatedNotification(Map.of(SIGNATURE_HEADER, Rsa.sign(Rsa.generateKeyPair().getPrivate(), body),
                KEY_ID_HEADER, keyId), body);
    }

    /** A paid order's genuine notification with the amount in the body changed after signing. */
    public SimulatedNotification tamperedNotification(String orderNumber, BigDecimal amount) {
        SimulatedNotification genuine = notificationFor(orderNumber);
        SimulatedOrder order = paidOrder(orderNumber);
        String body = body(orderNumber, order.transactionId(), Amounts.cny(amount), order.paidAt());
        return new SimulatedNotification(genuine.headers(), body);
    }

    /** An authentic notification (our signature) about the order, but for another amount than the order's. */
    public SimulatedNotification mismatchedNotification(String orderNumber, BigDecimal amount) {
        return signed(body(orderNumber, transactionId(clock.instant()), Amounts.cny(amount), clock.instant()));
    }

    @Override
    public PaymentNotification parseNotification(Map<String, String> headers, String body) {
        Headers h = Headers.of(headers);
        if (!keyId.equals(h.get(KEY_ID_HEADER))) {
            throw new PaymentSignatureException("simulator notification signed with another key (restarted?)");
        }
        if (!Rsa.verify(keys.getPublic(), body, h.get(SIGNATURE_HEADER))) {
            throw new PaymentSignatureException("simulator notification signature not valid");
        }
        JsonObject message = Json.object(body);
        String status = Json.string(message, "status");
        boolean paid = "SUCCESS".equals(status);
        Instant paidAt;
        try {
            paidAt = paid ? Instant.parse(Json.string(message, "paidAt")) : null;
        } catch (DateTimeParseException e) {
            throw new PaymentException("simulator notification with an unreadable paidAt", e);
        }
        return new PaymentNotification(PaymentChannel.SIMULATOR, Json.string(message, "orderNumber"),
                Json.string(message, "transactionId"), Amounts.parseYuan(Json.string(message, "amount")),
                Json.string(message, "currency"), paidAt, status, paid);
    }

    @Override
    public PaymentStatus query(String orderNumber, Instant orderedAt) {
        SimulatedOrder order = orders.get(orderNumber);
        if (order == null) {
            return PaymentStatus.notPaid("ORDER_NOT_EXIST");
        }
        return switch (order.state()) {
            case PAID -> PaymentStatus.paid(order.transactionId(), order.amount(), order.paidAt(), "SUCCESS");
            case CLOSED -> PaymentStatus.closed("CLOSED");
            case OPEN -> order.isExpired(clock.instant()) ? PaymentStatus.closed("EXPIRED")
                    : PaymentStatus.notPaid("NOTPAY");
        };
    }

    @Override
    public void close(String orderNumber) {
        orders.computeIfPresent(orderNumber, (number, order) -> {
            if (order.state() == SimulatedOrder.State.PAID) {
                throw new PaymentAlreadyPaidException(number);
            }
            return order.closed();
        });
    }

    @Override
    public NotificationAnswer successAnswer() {
        return NotificationAnswer.json(200, "{\"code\":\"SUCCESS\"}");
    }

    @Override
    public NotificationAnswer failureAnswer() {
        return NotificationAnswer.json(400, "{\"code\":\"FAIL\"}");
    }

    /** Stops the simulator's own delivery thread (not an executor that was handed in). */
    public void shutdown() {
        if (ownExecutor) {
            executor.shutdownNow();
        }
    }

    private SimulatedOrder paidOrder(String orderNumber) {
        SimulatedOrder order = orders.get(orderNumber);
        if (order == null || order.state() != SimulatedOrder.State.PAID) {
            throw new PaymentException("simulated order " + orderNumber + " is not paid");
        }
        return order;
    }

    private SimulatedNotification notificationOf(SimulatedOrder order) {
        return signed(body(order.orderNumber(), order.transactionId(), order.amount(), order.paidAt()));
    }

    private SimulatedNotification signed(String body) {
        return new SimulatedNotification(Map.of(SIGNATURE_HEADER, Rsa.sign(keys.getPrivate(), body),
                KEY_ID_HEADER, keyId), body);
    }

    private static String body(String orderNumber, String transactionId, BigDecimal amount, Instant paidAt) {
        return jakarta.json.Json.createObjectBuilder()
                .add("orderNumber", orderNumber)
                .add("transactionId", transactionId)
                .add("amount", amount.toPlainString())
                .add("currency", Amounts.CNY)
                .add("status", "SUCCESS")
                .add("paidAt", paidAt.toString())
                .build().toString();
    }

    private CompletableFuture<Integer> deliver(SimulatedOrder order) {
        SimulatedNotification notification = notificationOf(order);
        CompletableFuture<Integer> done = new CompletableFuture<>();
        schedule(order.notifyUrl(), notification, 0, done);
        return done;
    }

    private void schedule(URI url, SimulatedNotification notification, int attempt, CompletableFuture<Integer> done) {
        Duration delay = config.retryDelays().get(attempt);
        try {
            executor.schedule(() -> {
                if (post(url, notification)) {
                    done.complete(attempt + 1);
                } else if (attempt + 1 < config.retryDelays().size()) {
                    schedule(url, notification, attempt + 1, done);
                } else {
                    done.completeExceptionally(new PaymentException("notification to " + url + " not acknowledged after "
                            + (attempt + 1) + " attempts"));
                }
            }, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            done.completeExceptionally(new PaymentException("simulator is shut down", e));
        }
    }

    /** One delivery attempt: true when our endpoint answered 2xx. */
    private boolean post(URI url, SimulatedNotification notification) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(config.httpTimeout())
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(notification.body(), StandardCharsets.UTF_8));
        notification.headers().forEach(request::header);
        try {
            int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            LOG.fine(() -> "simulator notification to " + url + ": HTTP " + status);
            return status >= 200 && status < 300;
        } catch (IOException e) {
            LOG.log(Level.FINE, e, () -> "simulator notification to " + url + " failed");
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String transactionId(Instant at) {
        return "SIM" + ChannelTime.format(at, ChannelTime.COMPACT) + String.format("%012d",
                RANDOM.nextLong(1_000_000_000_000L));
    }

    private static String keyId(KeyPair keys) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(keys.getPublic().getEncoded()))
                    .substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
