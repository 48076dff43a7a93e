package io.suanli.integration.payment.unionpay;

import io.suanli.integration.payment.Amounts;
import io.suanli.integration.payment.NotificationAnswer;
import io.suanli.integration.payment.PaymentChannel;
import io.suanli.integration.payment.PaymentException;
import io.suanli.integration.payment.PaymentGateway;
import io.suanli.integration.payment.PaymentNotification;
import io.suanli.integration.payment.PaymentOrder;
import io.suanli.integration.payment.PaymentRequest;
import io.suanli.integration.payment.PaymentSignatureException;
import io.suanli.integration.payment.PaymentStatus;
import io.suanli.integration.payment.support.ChannelTime;
import io.suanli.integration.payment.support.Forms;
import io.suanli.integration.payment.support.Rsa;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * UnionPay QR code payment (二维码支付, the payer scans our code with a UnionPay / bank app) through the UPACP 5.1.0
 * back-end interface.
 * <p>
 * From the public UPACP specification: the field names and codes ({@code version=5.1.0}, {@code encoding=UTF-8},
 * {@code signMethod=01}, {@code txnType=01} consumption, {@code accessType=0} direct merchant, {@code orderId},
 * {@code txnTime} as {@code yyyyMMddHHmmss} Beijing time, {@code txnAmt} in fen, {@code currencyCode=156},
 * {@code backUrl}, {@code payTimeout}); the signature (see {@link UnionPaySignature}); the addresses
 * {@code /gateway/api/backTransReq.do} and {@code /gateway/api/queryTrans.do}; answers as plain
 * {@code name=value&…}; query by {@code orderId} + {@code txnTime} with {@code origRespCode} telling the order's
 * state and {@code respCode=34} meaning no such order; notifications as a form POST to {@code backUrl} with
 * {@code respCode} {@code 00} or {@code A6} for success, {@code queryId} as UnionPay's transaction id, acknowledged by
 * HTTP 200 (UnionPay retries otherwise).
 * <p>
 * Assumed (to be confirmed with the acquirer during 联调): the QR code request is {@code txnSubType=07},
 * {@code bizType=000000}, {@code channelType=08} and its answer carries {@code qrCode}; {@code origRespCode}
 * {@code 03}/{@code 04}/{@code 05} mean "still processing"; the time of payment is {@code traceTime}
 * ({@code MMddHHmmss}) in the year of {@code txnTime}. Verification pins UnionPay's signing certificate from
 * configuration instead of validating the {@code signPubKeyCert} the message carries against UnionPay's root — when
 * UnionPay rotates its certificate, the configuration must follow. UnionPay has no "close" for an unpaid QR order:
 * it expires by {@code payTimeout}, so {@link #close} does nothing.
 */
public final class UnionPayGateway implements PaymentGateway {

    static final String BACK_TRANS = "/gateway/api/backTransReq.do";
    static final String QUERY_TRANS = "/gateway/api/queryTrans.do";
    private static final String CNY_CODE = "156";
    private static final Set<String> SUCCESS = Set.of("00", "A6");
    private static final Set<String> PROCESSING = Set.of("03", "04", "05");
    private static final DateTimeFormatter TRACE_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final UnionPayConfig config;
    private final PrivateKey privateKey;
    private final PublicKey unionPayKey;
    private final HttpClient http;

    public UnionPayGateway(UnionPayConfig config) {
        this(config, HttpClient.newBuilder().connectTimeout(config.timeout()).build());
    }

    public UnionPayGateway(UnionPayConfig config, HttpClient http) {
        this.config = config;
        this.privateKey = Rsa.privateKey(config.privateKeyPem());
        this.unionPayKey = Rsa.publicKey(config.unionPayKeyPem());
        this.http = http;
    }

    @Override
    public PaymentChannel channel() {
        return PaymentChannel.UNIONPAY;
    }

    @Override
    public PaymentOrder create(PaymentRequest request) {
        Map<String, String> fields = common("01", "07");
        fields.put("channelType", "08");
        fields.put("orderId", request.orderNumber());
        fields.put("txnTime", ChannelTime.format(request.orderedAt(), ChannelTime.COMPACT));
        fields.put("txnAmt", Integer.toString(Amounts.toFen(request.amount())));
        fields.put("currencyCode", CNY_CODE);
        fields.put("backUrl", request.notifyUrl().toString());
        fields.put("payTimeout", ChannelTime.format(request.expiresAt(), ChannelTime.COMPACT));
        fields.put("orderDesc", request.subject());
        Map<String, String> answer = send(BACK_TRANS, fields, "QR code for " + request.orderNumber());
        if (!"00".equals(answer.get("respCode"))) {
            throw refused("QR code for " + request.orderNumber(), answer);
        }
        String qrCode = answer.get("qrCode");
        if (qrCode == null || qrCode.isBlank()) {
            throw new PaymentException("UnionPay answered no qrCode for " + request.orderNumber());
        }
        return new PaymentOrder(PaymentChannel.UNIONPAY, request.orderNumber(), qrCode, null, null);
    }

    /** The body is the form exactly as posted to {@code backUrl}; headers are not used. */
    @Override
    public PaymentNotification parseNotification(Map<String, String> headers, String body) {
        Map<String, String> fields = Forms.decode(body, null);
        if (!"01".equals(fields.get("signMethod"))) {
            throw new PaymentSignatureException("UnionPay notification not signed with signMethod 01");
        }
        if (!UnionPaySignature.verify(fields, unionPayKey)) {
            throw new PaymentSignatureException("UnionPay notification signature not valid");
        }
        if (!config.merId().equals(fields.get("merId"))) {
            throw new PaymentException("UnionPay notification for merchant " + fields.get("merId") + ", not ours");
        }
        if (!CNY_CODE.equals(fields.get("currencyCode"))) {
            throw new PaymentException("UnionPay notification in currency " + fields.get("currencyCode"));
        }
        String respCode = require(fields, "respCode");
        boolean paid = SUCCESS.contains(respCode);
        return new PaymentNotification(PaymentChannel.UNIONPAY, require(fields, "orderId"), fields.get("queryId"),
                Amounts.parseFen(require(fields, "txnAmt")), Amounts.CNY, paid ? paidAt(fields) : null, respCode, paid);
    }

    @Override
    public PaymentStatus query(String orderNumber, Instant orderedAt) {
        if (orderedAt == null) {
            throw new IllegalArgumentException("UnionPay identifies an order by number and time: orderedAt is needed");
        }
        Map<String, String> fields = common("00", "00");
        fields.put("orderId", orderNumber);
        fields.put("txnTime", ChannelTime.format(orderedAt, ChannelTime.COMPACT));
        Map<String, String> answer = send(QUERY_TRANS, fields, "query " + orderNumber);
        String respCode = answer.getOrDefault("respCode", "");
        if ("34".equals(respCode)) {
            return PaymentStatus.notPaid("34");
        }
        if (PROCESSING.contains(respCode)) {
            return PaymentStatus.unknown(respCode);
        }
        if (!"00".equals(respCode)) {
            throw refused("query " + orderNumber, answer);
        }
        String orig = answer.getOrDefault("origRespCode", "");
        if (SUCCESS.contains(orig)) {
            if (!config.merId().equals(answer.get("merId")) || !orderNumber.equals(answer.get("orderId"))) {
                throw new PaymentException("UnionPay answered about another order");
            }
            return PaymentStatus.paid(answer.get("queryId"), Amounts.parseFen(require(answer, "txnAmt")),
                    paidAt(answer), orig);
        }
        if (PROCESSING.contains(orig)) {
            return PaymentStatus.notPaid(orig);
        }
        return PaymentStatus.unknown(orig);
    }

    /** Nothing to do: an unpaid UnionPay QR order expires by its {@code payTimeout} (= the request's expiry). */
    @Override
    public void close(String orderNumber) {
        // UnionPay has no close for QR consumption orders
    }

    /** HTTP 200: UnionPay looks at the status only. */
    @Override
    public NotificationAnswer successAnswer() {
        return NotificationAnswer.text(200, "ok");
    }

    /** Not 200 (a 400: the refusal is of what was sent): UnionPay retries (after 1, 2, 4, 5 minutes). */
    @Override
    public NotificationAnswer failureAnswer() {
        return NotificationAnswer.text(400, "fail");
    }

    private Map<String, String> common(String txnType, String txnSubType) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", "5.1.0");
        fields.put("encoding", "UTF-8");
        fields.put("signMethod", "01");
        fields.put("txnType", txnType);
        fields.put("txnSubType", txnSubType);
        fields.put("bizType", "000000");
        fields.put("accessType", "0");
        fields.put("merId", config.merId());
        fields.put("certId", config.certId());
        return fields;
    }

    /** Signs, posts, verifies the answer's signature. */
    private Map<String, String> send(String path, Map<String, String> fields, String what) {
        fields.put(UnionPaySignature.FIELD, UnionPaySignature.sign(fields, privateKey));
        HttpRequest request = HttpRequest.newBuilder(URI.create(config.gatewayUrl().toString().replaceAll("/+$", "") + path))
                .timeout(config.timeout())
                .header("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(Forms.encode(fields), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new PaymentException("UnionPay not reachable for " + what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PaymentException("interrupted while waiting for UnionPay (" + what + ")", e);
        }
        if (response.statusCode() != 200) {
            throw new PaymentException("UnionPay answered HTTP " + response.statusCode() + " to " + what);
        }
        Map<String, String> answer = UnionPayMessages.parseAnswer(response.body());
        if (!UnionPaySignature.verify(answer, unionPayKey)) {
            throw new PaymentSignatureException("UnionPay answer to " + what + " has no valid signature");
        }
        return answer;
    }

    /** {@code traceTime} ({@code MMddHHmmss}) in the year of {@code txnTime}, a year later if it wrapped past New Year. */
    private static Instant paidAt(Map<String, String> fields) {
        String txnTime = require(fields, "txnTime");
        String traceTime = fields.get("traceTime");
        if (traceTime == null || !traceTime.matches("\\d{10}")) {
            return ChannelTime.parse(txnTime, ChannelTime.COMPACT);
        }
        try {
            LocalDateTime ordered = LocalDateTime.parse(txnTime, TRACE_TIME);
            LocalDateTime traced = LocalDateTime.parse(ordered.getYear() + traceTime, TRACE_TIME);
            if (traced.isBefore(ordered.minusDays(1))) {
                traced = traced.plusYears(1);
            }
            return traced.atZone(ChannelTime.BEIJING).toInstant();
        } catch (DateTimeParseException e) {
            throw new PaymentException("UnionPay times not readable: " + txnTime + " / " + traceTime, e);
        }
    }

    private static String require(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null || value.isBlank()) {
            throw new PaymentException("UnionPay message without " + name);
        }
        return value;
    }

    private static PaymentException refused(String what, Map<String, String> answer) {
        return new PaymentException("UnionPay refused " + what + ": " + answer.get("respCode") + " "
                + answer.get("respMsg"));
    }
}
