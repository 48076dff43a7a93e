package io.suanli.integration.payment.alipay;

import com.alipay.api.AlipayApiException;
import com.alipay.api.AlipayClient;
import com.alipay.api.AlipayConstants;
import com.alipay.api.DefaultAlipayClient;
import com.alipay.api.domain.AlipayTradeCloseModel;
import com.alipay.api.domain.AlipayTradePrecreateModel;
import com.alipay.api.domain.AlipayTradeQueryModel;
import com.alipay.api.internal.util.AlipaySignature;
import com.alipay.api.request.AlipayTradeCloseRequest;
import com.alipay.api.request.AlipayTradePrecreateRequest;
import com.alipay.api.request.AlipayTradeQueryRequest;
import com.alipay.api.response.AlipayTradeCloseResponse;
import com.alipay.api.response.AlipayTradePrecreateResponse;
import com.alipay.api.response.AlipayTradeQueryResponse;
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
import io.suanli.integration.payment.support.Forms;
import io.suanli.integration.payment.support.Rsa;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Alipay precreate (当面付扫码): {@code alipay.trade.precreate} → {@code qr_code}, {@code alipay.trade.query},
 * {@code alipay.trade.close}; the SDK signs every request and verifies every answer with Alipay's public key.
 * Notifications ({@code trade_status_sync}, a form POST) are verified with {@code AlipaySignature.rsaCheckV1} (RSA2,
 * over the sorted fields without {@code sign} and {@code sign_type}), then {@code app_id} must be ours and
 * {@code total_amount} a plain amount; {@code TRADE_SUCCESS} and {@code TRADE_FINISHED} mean paid.
 * <p>
 * With precreate the trade exists at Alipay only once the payer has scanned the code: before that, query and close
 * answer {@code ACQ.TRADE_NOT_EXIST}, which means not paid.
 */
public final class AlipayGateway implements PaymentGateway {

    private static final String CHARSET = "UTF-8";
    private static final String TRADE_NOT_EXIST = "ACQ.TRADE_NOT_EXIST";
    private static final Set<String> PAID = Set.of("TRADE_SUCCESS", "TRADE_FINISHED");

    private final AlipayConfig config;
    private final String alipayPublicKey;
    private final AlipayClient client;

    public AlipayGateway(AlipayConfig config) {
        this.config = config;
        // the SDK wants bare Base64 keys; accept PEM too, and refuse unreadable keys now rather than at the first payment
        String privateKey = Rsa.base64(Rsa.privateKey(config.privateKey()));
        this.alipayPublicKey = Rsa.base64(Rsa.publicKey(config.alipayPublicKey()));
        com.alipay.api.AlipayConfig sdk = new com.alipay.api.AlipayConfig();
        sdk.setServerUrl(config.gatewayUrl().toString());
        sdk.setAppId(config.appId());
        sdk.setPrivateKey(privateKey);
        sdk.setAlipayPublicKey(alipayPublicKey);
        sdk.setFormat(AlipayConstants.FORMAT_JSON);
        sdk.setCharset(CHARSET);
        sdk.setSignType(AlipayConstants.SIGN_TYPE_RSA2);
        sdk.setConnectTimeout(10_000);
        sdk.setReadTimeout(30_000);
        try {
            this.client = new DefaultAlipayClient(sdk);
        } catch (AlipayApiException e) {
            throw new IllegalArgumentException("Alipay configuration not usable: " + e.getErrMsg(), e);
        }
    }

    @Override
    public PaymentChannel channel() {
        return PaymentChannel.ALIPAY;
    }

    @Override
    public PaymentOrder create(PaymentRequest request) {
        AlipayTradePrecreateModel model = new AlipayTradePrecreateModel();
        model.setOutTradeNo(request.orderNumber());
        model.setTotalAmount(request.amount().toPlainString());
        model.setSubject(request.subject());
        model.setTimeExpire(ChannelTime.format(request.expiresAt(), ChannelTime.DASHED));
        AlipayTradePrecreateRequest precreate = new AlipayTradePrecreateRequest();
        precreate.setBizModel(model);
        precreate.setNotifyUrl(request.notifyUrl().toString());
        AlipayTradePrecreateResponse response = execute("precreate " + request.orderNumber(),
                () -> client.execute(precreate));
        if (!response.isSuccess()) {
            throw refused("precreate " + request.orderNumber(), response);
        }
        if (response.getQrCode() == null || response.getQrCode().isBlank()) {
            throw new PaymentException("Alipay answered no qr_code for " + request.orderNumber());
        }
        return new PaymentOrder(PaymentChannel.ALIPAY, request.orderNumber(), response.getQrCode(), null, null);
    }

    /** The body is the form exactly as posted ({@code application/x-www-form-urlencoded}); headers are not used. */
    @Override
    public PaymentNotification parseNotification(Map<String, String> headers, String body) {
        Map<String, String> fields = Forms.decode(body, "charset");
        if (!AlipayConstants.SIGN_TYPE_RSA2.equals(fields.get("sign_type"))) {
            throw new PaymentSignatureException("Alipay notification not signed with RSA2: " + fields.get("sign_type"));
        }
        String sign = fields.get("sign");
        if (sign == null || sign.isBlank()) {
            throw new PaymentSignatureException("Alipay notification without sign");
        }
        boolean verified;
        try {
            String charset = fields.getOrDefault("charset", CHARSET);
            verified = AlipaySignature.rsaCheckV1(new HashMap<>(fields), alipayPublicKey, charset,
                    AlipayConstants.SIGN_TYPE_RSA2);
        } catch (AlipayApiException e) {
            throw new PaymentSignatureException("Alipay notification signature not verifiable", e);
        }
        if (!verified) {
            throw new PaymentSignatureException("Alipay notification signature not valid");
        }
        if (!config.appId().equals(fields.get("app_id"))) {
            throw new PaymentException("Alipay notification for app " + fields.get("app_id") + ", not ours");
        }
        String status = require(fields, "trade_status");
        boolean paid = PAID.contains(status);
        return new PaymentNotification(PaymentChannel.ALIPAY, require(fields, "out_trade_no"), fields.get("trade_no"),
                Amounts.parseYuan(require(fields, "total_amount")), Amounts.CNY,
                paid ? ChannelTime.parse(require(fields, "gmt_payment"), ChannelTime.DASHED) : null, status, paid);
    }

    @Override
    public PaymentStatus query(String orderNumber, Instant orderedAt) {
        AlipayTradeQueryModel model = new AlipayTradeQueryModel();
        model.setOutTradeNo(orderNumber);
        AlipayTradeQueryRequest request = new AlipayTradeQueryRequest();
        request.setBizModel(model);
        AlipayTradeQueryResponse response = execute("query " + orderNumber, () -> client.execute(request));
        if (!response.isSuccess()) {
            if (TRADE_NOT_EXIST.equals(response.getSubCode())) {
                return PaymentStatus.notPaid(TRADE_NOT_EXIST);
            }
            throw refused("query " + orderNumber, response);
        }
        String status = response.getTradeStatus();
        if (status == null) {
            return PaymentStatus.unknown("no trade_status");
        }
        return switch (status) {
            case "TRADE_SUCCESS", "TRADE_FINISHED" -> PaymentStatus.paid(response.getTradeNo(),
                    Amounts.parseYuan(response.getTotalAmount()),
                    response.getSendPayDate() == null ? null : response.getSendPayDate().toInstant(), status);
            case "WAIT_BUYER_PAY" -> PaymentStatus.notPaid(status);
            case "TRADE_CLOSED" -> PaymentStatus.closed(status);
            default -> PaymentStatus.unknown(status);
        };
    }

    @Override
    public void close(String orderNumber) {
        AlipayTradeCloseModel model = new AlipayTradeCloseModel();
        model.setOutTradeNo(orderNumber);
        AlipayTradeCloseRequest request = new AlipayTradeCloseRequest();
        request.setBizModel(model);
        AlipayTradeCloseResponse response = execute("close " + orderNumber, () -> client.execute(request));
        if (response.isSuccess() || TRADE_NOT_EXIST.equals(response.getSubCode())) {
            return;
        }
        if ("ACQ.TRADE_STATUS_ERROR".equals(response.getSubCode())) {
            // closed already, or paid: only a query tells which
            PaymentStatus status = query(orderNumber, null);
            if (status.isPaid()) {
                throw new PaymentAlreadyPaidException(orderNumber);
            }
            if (status.state() == PaymentStatus.State.CLOSED) {
                return;
            }
        }
        throw refused("close " + orderNumber, response);
    }

    /** Plain text {@code success}, as Alipay requires. */
    @Override
    public NotificationAnswer successAnswer() {
        return NotificationAnswer.text(200, "success");
    }

    /** Anything but {@code success} makes Alipay retry (4 m, 10 m, 10 m, 1 h, 2 h, 6 h, 15 h). */
    @Override
    public NotificationAnswer failureAnswer() {
        return NotificationAnswer.text(200, "fail");
    }

    private static String require(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null || value.isBlank()) {
            throw new PaymentException("Alipay notification without " + name);
        }
        return value;
    }

    private static PaymentException refused(String what, com.alipay.api.AlipayResponse response) {
        return new PaymentException("Alipay refused " + what + ": " + response.getCode() + " " + response.getMsg()
                + " " + response.getSubCode() + " " + response.getSubMsg());
    }

    private static <T> T execute(String what, SdkCall<T> call) {
        try {
            T response = call.run();
            if (response == null) {
                throw new PaymentException("Alipay answered nothing to " + what);
            }
            return response;
        } catch (AlipayApiException e) {
            if (isSignCheckFailure(e)) {
                throw new PaymentSignatureException("Alipay answer to " + what + " has no valid signature", e);
            }
            throw new PaymentException("Alipay call " + what + " failed: " + e.getMessage(), e);
        }
    }

    /** The SDK reports a failed answer signature only by its message ({@code sign check fail: …}), maybe wrapped. */
    private static boolean isSignCheckFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("sign check fail")) {
                return true;
            }
        }
        return false;
    }

    @FunctionalInterface
    private interface SdkCall<T> {
        T run() throws AlipayApiException;
    }
}
