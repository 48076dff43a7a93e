package io.suanli.integration.payment.ecny;

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
import io.suanli.integration.payment.support.Json;
import io.suanli.integration.payment.support.Rsa;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

/**
 * e-CNY (数字人民币) QR code payment through an operating institution's merchant API.
 * <p>
 * <b>Assumed — no public common specification exists.</b> The shape follows what the institutions' published merchant
 * interfaces share (JSON over HTTPS, amounts in fen, RSA2 signatures over sorted fields, asynchronous notification to
 * a URL we give, query and close by merchant order number):
 * <ul>
 *   <li>{@code POST {baseUrl}/orders}: {@code merchantId}, {@code merchantOrderNo}, {@code amount} (fen),
 *       {@code currency=CNY}, {@code subject}, {@code orderTime} and {@code expireTime} ({@code yyyyMMddHHmmss},
 *       Beijing), {@code notifyUrl}, {@code nonce}, {@code signType=RSA2}, {@code sign} → {@code code=SUCCESS},
 *       {@code qrCode}, {@code prepayId};</li>
 *   <li>{@code POST {baseUrl}/orders/query} and {@code /orders/close} with {@code merchantId},
 *       {@code merchantOrderNo}; query answers {@code status} {@code SUCCESS} / {@code NOTPAY} / {@code PAYING} /
 *       {@code CLOSED} / {@code FAILED}, {@code transactionId}, {@code amount}, {@code paidTime}; codes
 *       {@code ORDER_NOT_EXIST}, {@code ORDER_PAID}, {@code ORDER_CLOSED};</li>
 *   <li>notification: the same JSON members with {@code status} and {@code sign}, acknowledged with HTTP 200
 *       {@code {"code":"SUCCESS"}};</li>
 *   <li>{@code sign}: Base64 SHA256withRSA over the members except {@code sign}, sorted, as {@code name=value&…}
 *       (see {@link Json#signString}); every answer and notification must carry a valid one.</li>
 * </ul>
 */
public final class EcnyGateway implements PaymentGateway {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<String> NOT_PAID = Set.of("NOTPAY", "PAYING");
    private static final Set<String> CLOSED = Set.of("CLOSED", "FAILED");

    private final EcnyConfig config;
    private final PrivateKey privateKey;
    private final PublicKey platformKey;
    private final HttpClient http;
    private final Clock clock;

    /** {@code clock}: the real-time clock of the signed timestamps (the platform passes its {@code RealTime}). */
    public EcnyGateway(EcnyConfig config, Clock clock) {
        this(config, HttpClient.newBuilder().connectTimeout(config.timeout()).build(), clock);
    }

    public EcnyGateway(EcnyConfig config, HttpClient http, Clock clock) {
        this.config = config;
        this.privateKey = Rsa.privateKey(config.privateKeyPem());
        this.platformKey = Rsa.publicKey(config.platformKeyPem());
        this.http = http;
        this.clock = clock;
    }

    @Override
    public PaymentChannel channel() {
        return PaymentChannel.ECNY;
    }

    @Override
    public PaymentOrder create(PaymentRequest request) {
        JsonObjectBuilder fields = common(request.orderNumber())
                .add("amount", Amounts.toFen(request.amount()))
                .add("currency", Amounts.CNY)
                .add("subject", request.subject())
                .add("orderTime", ChannelTime.format(request.orderedAt(), ChannelTime.COMPACT))
                .add("expireTime", ChannelTime.format(request.expiresAt(), ChannelTime.COMPACT))
                .add("notifyUrl", request.notifyUrl().toString());
        JsonObject answer = send("/orders", fields, "create " + request.orderNumber());
        if (!"SUCCESS".equals(Json.optionalString(answer, "code"))) {
            throw refused("create " + request.orderNumber(), answer);
        }
        requireAbout(answer, request.orderNumber());
        return new PaymentOrder(PaymentChannel.ECNY, request.orderNumber(), Json.string(answer, "qrCode"), null,
                Json.optionalString(answer, "prepayId"));
    }

    @Override
    public PaymentNotification parseNotification(Map<String, String> headers, String body) {
        JsonObject message = Json.object(body);
        if (!Rsa.verify(platformKey, Json.signString(message), Json.optionalString(message, "sign"))) {
            throw new PaymentSignatureException("e-CNY notification signature not valid");
        }
        if (!config.merchantId().equals(Json.optionalString(message, "merchantId"))) {
            throw new PaymentException("e-CNY notification for merchant " + Json.optionalString(message, "merchantId")
                    + ", not ours");
        }
        String status = Json.string(message, "status");
        boolean paid = "SUCCESS".equals(status);
        return new PaymentNotification(PaymentChannel.ECNY, Json.string(message, "merchantOrderNo"),
                Json.optionalString(message, "transactionId"), Amounts.fromFen(Json.wholeNumber(message, "amount")),
                Json.string(message, "currency"),
                paid ? ChannelTime.parse(Json.string(message, "paidTime"), ChannelTime.COMPACT) : null, status, paid);
    }

    @Override
    public PaymentStatus query(String orderNumber, Instant orderedAt) {
        JsonObject answer = send("/orders/query", common(orderNumber), "query " + orderNumber);
        String code = Json.optionalString(answer, "code");
        if ("ORDER_NOT_EXIST".equals(code)) {
            return PaymentStatus.notPaid(code);
        }
        if (!"SUCCESS".equals(code)) {
            throw refused("query " + orderNumber, answer);
        }
        requireAbout(answer, orderNumber);
        String status = Json.string(answer, "status");
        if ("SUCCESS".equals(status)) {
            return PaymentStatus.paid(Json.string(answer, "transactionId"),
                    Amounts.fromFen(Json.wholeNumber(answer, "amount")),
                    ChannelTime.parse(Json.string(answer, "paidTime"), ChannelTime.COMPACT), status);
        }
        if (NOT_PAID.contains(status)) {
            return PaymentStatus.notPaid(status);
        }
        return CLOSED.contains(status) ? PaymentStatus.closed(status) : PaymentStatus.unknown(status);
    }

    @Override
    public void close(String orderNumber) {
        JsonObject answer = send("/orders/close", common(orderNumber), "close " + orderNumber);
        String code = Json.optionalString(answer, "code");
        if ("ORDER_PAID".equals(code)) {
            throw new PaymentAlreadyPaidException(orderNumber);
        }
        if (!"SUCCESS".equals(code) && !"ORDER_CLOSED".equals(code) && !"ORDER_NOT_EXIST".equals(code)) {
            throw refused("close " + orderNumber, answer);
        }
    }

    @Override
    public NotificationAnswer successAnswer() {
        return NotificationAnswer.json(200, "{\"code\":\"SUCCESS\"}");
    }

    @Override
    public NotificationAnswer failureAnswer() {
        return NotificationAnswer.json(400, "{\"code\":\"FAIL\"}");
    }

    private JsonObjectBuilder common(String orderNumber) {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        return jakarta.json.Json.createObjectBuilder()
                .add("merchantId", config.merchantId())
                .add("merchantOrderNo", orderNumber)
                .add("timestamp", ChannelTime.format(clock.instant(), ChannelTime.COMPACT))
                .add("nonce", HexFormat.of().formatHex(nonce))
                .add("signType", "RSA2");
    }

    /** Signs, posts, verifies the answer's signature. */
    private JsonObject send(String path, JsonObjectBuilder fields, String what) {
        JsonObject unsigned = fields.build();
        JsonObject signed = jakarta.json.Json.createObjectBuilder(unsigned)
                .add("sign", Rsa.sign(privateKey, Json.signString(unsigned))).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(config.baseUrl().toString().replaceAll("/+$", "") + path))
                .timeout(config.timeout())
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(signed.toString(), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new PaymentException("e-CNY institution not reachable for " + what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PaymentException("interrupted while waiting for the e-CNY institution (" + what + ")", e);
        }
        if (response.statusCode() != 200) {
            throw new PaymentException("e-CNY institution answered HTTP " + response.statusCode() + " to " + what);
        }
        JsonObject answer = Json.object(response.body());
        if (!Rsa.verify(platformKey, Json.signString(answer), Json.optionalString(answer, "sign"))) {
            throw new PaymentSignatureException("e-CNY answer to " + what + " has no valid signature");
        }
        return answer;
    }

    private void requireAbout(JsonObject answer, String orderNumber) {
        if (!config.merchantId().equals(Json.optionalString(answer, "merchantId"))
                || !orderNumber.equals(Json.optionalString(answer, "merchantOrderNo"))) {
            throw new PaymentException("e-CNY institution answered about another order");
        }
    }

    private static PaymentException refused(String what, JsonObject answer) {
        return new PaymentException("e-CNY institution refused " + what + ": " + Json.optionalString(answer, "code")
                + " " + Json.optionalString(answer, "message"));
    }
}
