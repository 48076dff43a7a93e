package io.suanli.integration.payment.wechat;

import com.wechat.pay.java.core.Config;
import com.wechat.pay.java.core.RSAConfig;
import com.wechat.pay.java.core.RSAPublicKeyConfig;
import com.wechat.pay.java.core.certificate.InMemoryCertificateProvider;
import com.wechat.pay.java.core.cipher.AeadAesCipher;
import com.wechat.pay.java.core.cipher.RSAVerifier;
import com.wechat.pay.java.core.cipher.Verifier;
import com.wechat.pay.java.core.exception.DecryptionException;
import com.wechat.pay.java.core.exception.HttpException;
import com.wechat.pay.java.core.exception.MalformedMessageException;
import com.wechat.pay.java.core.exception.ServiceException;
import com.wechat.pay.java.core.exception.ValidationException;
import com.wechat.pay.java.core.http.DefaultHttpClientBuilder;
import com.wechat.pay.java.core.notification.Constant;
import com.wechat.pay.java.core.notification.NotificationParser;
import com.wechat.pay.java.core.notification.RequestParam;
import com.wechat.pay.java.service.payments.model.Transaction;
import com.wechat.pay.java.service.payments.model.TransactionAmount;
import com.wechat.pay.java.service.payments.nativepay.NativePayService;
import com.wechat.pay.java.service.payments.nativepay.model.Amount;
import com.wechat.pay.java.service.payments.nativepay.model.CloseOrderRequest;
import com.wechat.pay.java.service.payments.nativepay.model.PrepayRequest;
import com.wechat.pay.java.service.payments.nativepay.model.PrepayResponse;
import com.wechat.pay.java.service.payments.nativepay.model.QueryOrderByOutTradeNoRequest;
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
import io.suanli.integration.payment.support.Rsa;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

import java.io.Serial;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * WeChat Pay Native (扫码支付), API v3, through the official SDK: {@code NativePayService} for prepay
 * ({@code POST /v3/pay/transactions/native} → {@code code_url}), query by {@code out_trade_no} and close;
 * {@code NotificationParser} for notifications (signature with the {@code Wechatpay-Signature}, {@code -Timestamp},
 * {@code -Nonce}, {@code -Serial} headers over {@code timestamp\nnonce\nbody\n}, then AES-256-GCM decryption of
 * {@code resource} with the API v3 key). The SDK also verifies the signature of every answer of the API.
 * <p>
 * The SDK's URLs are fixed to {@code api.mch.weixin.qq.com}; when the configured base URL is another one (tests), an
 * OkHttp interceptor sends the requests there. Notifications older than 5 minutes (by their signed timestamp) are
 * refused as replays, as WeChat Pay recommends.
 */
public final class WechatPayGateway implements PaymentGateway {

    /** How far a notification's signed timestamp may be from our clock. */
    static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

    private static final Set<String> ALREADY_PAID = Set.of("ORDERPAID", "ORDER_PAID");
    private static final Set<String> NOT_EXISTING = Set.of("ORDERNOTEXIST", "ORDER_NOT_EXIST");
    private static final Set<String> ALREADY_CLOSED = Set.of("ORDERCLOSED", "ORDER_CLOSED");

    private final WechatPayConfig config;
    private final Clock clock;
    private final NativePayService nativePay;
    private final NotificationParser notificationParser;

    public WechatPayGateway(WechatPayConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        PrivateKey merchantKey = Rsa.privateKey(config.privateKeyPem());
        Config sdkConfig;
        Verifier verifier;
        if (config.usesPlatformPublicKey()) {
            PublicKey platformKey = Rsa.publicKey(config.platformPublicKeyPem());
            sdkConfig = new RSAPublicKeyConfig.Builder()
                    .merchantId(config.mchId())
                    .privateKey(merchantKey)
                    .merchantSerialNumber(config.merchantSerialNumber())
                    .publicKey(platformKey)
                    .publicKeyId(config.platformPublicKeyId())
                    .apiV3Key(config.apiV3Key())
                    .build();
            verifier = new RSAVerifier(platformKey, config.platformPublicKeyId());
        } else {
            sdkConfig = new RSAConfig.Builder()
                    .merchantId(config.mchId())
                    .privateKey(merchantKey)
                    .merchantSerialNumber(config.merchantSerialNumber())
                    .wechatPayCertificates(config.platformCertificatePem())
                    .build();
            verifier = new RSAVerifier(new InMemoryCertificateProvider(
                    List.of(Rsa.certificate(config.platformCertificatePem()))));
        }
        this.nativePay = new NativePayService.Builder()
                .httpClient(new DefaultHttpClientBuilder().config(sdkConfig).okHttpClient(okHttp(config)).build())
                .build();
        this.notificationParser = new NotificationParser(
                Map.of(Constant.RSA_SIGN_TYPE, verifier),
                Map.of(Constant.AES_CIPHER_ALGORITHM,
                        new AeadAesCipher(config.apiV3Key().getBytes(StandardCharsets.UTF_8))));
    }

    @Override
    public PaymentChannel channel() {
        return PaymentChannel.WECHAT;
    }

    @Override
    public PaymentOrder create(PaymentRequest request) {
        PrepayRequest prepay = new PrepayRequest();
        prepay.setAppid(config.appId());
        prepay.setMchid(config.mchId());
        prepay.setDescription(request.subject());
        prepay.setOutTradeNo(request.orderNumber());
        prepay.setTimeExpire(ChannelTime.rfc3339(request.expiresAt()));
        prepay.setNotifyUrl(request.notifyUrl().toString());
        Amount amount = new Amount();
        amount.setTotal(Amounts.toFen(request.amount()));
        amount.setCurrency(Amounts.CNY);
        prepay.setAmount(amount);
        PrepayResponse response = call("prepay " + request.orderNumber(), () -> nativePay.prepay(prepay));
        if (response == null || response.getCodeUrl() == null || response.getCodeUrl().isBlank()) {
            throw new PaymentException("WeChat Pay answered no code_url for " + request.orderNumber());
        }
        return new PaymentOrder(PaymentChannel.WECHAT, request.orderNumber(), response.getCodeUrl(), null, null);
    }

    @Override
    public PaymentNotification parseNotification(Map<String, String> headers, String body) {
        Headers h = Headers.of(headers);
        String serial = h.get("Wechatpay-Serial");
        String signature = h.get("Wechatpay-Signature");
        String timestamp = h.get("Wechatpay-Timestamp");
        String nonce = h.get("Wechatpay-Nonce");
        if (serial == null || signature == null || timestamp == null || nonce == null || body == null) {
            throw new PaymentSignatureException("WeChat Pay notification without signature headers");
        }
        requireBase64(signature);
        requireFresh(timestamp);
        RequestParam param = new RequestParam.Builder()
                .serialNumber(serial)
                .signature(signature)
                .timestamp(timestamp)
                .nonce(nonce)
                .signType(h.get("Wechatpay-Signature-Type"))
                .body(body)
                .build();
        Transaction transaction;
        try {
            transaction = notificationParser.parse(param, Transaction.class);
        } catch (ValidationException e) {
            throw new PaymentSignatureException("WeChat Pay notification signature not valid", e);
        } catch (DecryptionException e) {
            throw new PaymentSignatureException("WeChat Pay notification resource does not decrypt with our key", e);
        } catch (MalformedMessageException e) {
            throw new PaymentException("malformed WeChat Pay notification", e);
        } catch (RuntimeException e) {
            // the signature is verified by now: the SDK throws Gson, Base64 and null-pointer errors on a bad body
            throw new PaymentException("malformed WeChat Pay notification", e);
        }
        return toNotification(transaction);
    }

    @Override
    public PaymentStatus query(String orderNumber, Instant orderedAt) {
        QueryOrderByOutTradeNoRequest request = new QueryOrderByOutTradeNoRequest();
        request.setMchid(config.mchId());
        request.setOutTradeNo(orderNumber);
        Transaction transaction;
        try {
            transaction = call("query " + orderNumber, () -> nativePay.queryOrderByOutTradeNo(request));
        } catch (ChannelRefused e) {
            if (NOT_EXISTING.contains(e.code)) {
                return PaymentStatus.notPaid(e.code);
            }
            throw e;
        }
        if (transaction == null || transaction.getTradeState() == null) {
            return PaymentStatus.unknown("no trade_state");
        }
        String state = transaction.getTradeState().name();
        return switch (transaction.getTradeState()) {
            case SUCCESS, REFUND -> {
                requireOurs(transaction);
                yield PaymentStatus.paid(transaction.getTransactionId(), amountOf(transaction),
                        ChannelTime.parseRfc3339(transaction.getSuccessTime()), state);
            }
            case NOTPAY, USERPAYING, ACCEPT -> PaymentStatus.notPaid(state);
            case CLOSED, REVOKED, PAYERROR -> PaymentStatus.closed(state);
        };
    }

    @Override
    public void close(String orderNumber) {
        CloseOrderRequest request = new CloseOrderRequest();
        request.setMchid(config.mchId());
        request.setOutTradeNo(orderNumber);
        try {
            call("close " + orderNumber, () -> {
                nativePay.closeOrder(request);
                return null;
            });
        } catch (ChannelRefused e) {
            if (ALREADY_PAID.contains(e.code)) {
                throw new PaymentAlreadyPaidException(orderNumber);
            }
            if (!NOT_EXISTING.contains(e.code) && !ALREADY_CLOSED.contains(e.code)) {
                throw e;
            }
        }
    }

    /** HTTP 200 with {@code {"code":"SUCCESS"}} (WeChat Pay also takes 204). */
    @Override
    public NotificationAnswer successAnswer() {
        return NotificationAnswer.json(200, "{\"code\":\"SUCCESS\",\"message\":\"成功\"}");
    }

    /**
     * HTTP 400 with {@code {"code":"FAIL"}}: WeChat Pay takes any 4xx or 5xx with this body as a failure and retries
     * (15 s, 15 s, 30 s, 3 min, … over 24 h); a refusal of what the channel sent is a 4xx, never a server error.
     */
    @Override
    public NotificationAnswer failureAnswer() {
        return NotificationAnswer.json(400, "{\"code\":\"FAIL\",\"message\":\"失败\"}");
    }

    private PaymentNotification toNotification(Transaction transaction) {
        requireOurs(transaction);
        if (transaction.getTradeState() == null) {
            throw new PaymentException("WeChat Pay notification without trade_state");
        }
        boolean paid = transaction.getTradeState() == Transaction.TradeStateEnum.SUCCESS;
        TransactionAmount amount = transaction.getAmount();
        String currency = amount == null || amount.getCurrency() == null ? Amounts.CNY : amount.getCurrency();
        return new PaymentNotification(PaymentChannel.WECHAT, transaction.getOutTradeNo(),
                transaction.getTransactionId(), amountOf(transaction), currency,
                paid ? ChannelTime.parseRfc3339(transaction.getSuccessTime()) : null,
                transaction.getTradeState().name(), paid);
    }

    private void requireOurs(Transaction transaction) {
        if (!config.mchId().equals(transaction.getMchid()) || !config.appId().equals(transaction.getAppid())) {
            throw new PaymentException("WeChat Pay transaction for merchant " + transaction.getMchid() + "/"
                    + transaction.getAppid() + ", not ours");
        }
    }

    private static BigDecimal amountOf(Transaction transaction) {
        if (transaction.getAmount() == null || transaction.getAmount().getTotal() == null) {
            throw new PaymentException("WeChat Pay transaction without amount");
        }
        return Amounts.fromFen(transaction.getAmount().getTotal());
    }

    private void requireFresh(String timestamp) {
        long seconds;
        try {
            seconds = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            throw new PaymentSignatureException("WeChat Pay notification timestamp is not a number");
        }
        Duration skew = Duration.between(Instant.ofEpochSecond(seconds), clock.instant()).abs();
        if (skew.compareTo(MAX_CLOCK_SKEW) > 0) {
            throw new PaymentSignatureException("WeChat Pay notification timestamp is " + skew + " away from now");
        }
    }

    private static void requireBase64(String signature) {
        try {
            Base64.getDecoder().decode(signature);
        } catch (IllegalArgumentException e) {
            throw new PaymentSignatureException("WeChat Pay notification signature is not Base64");
        }
    }

    /** Runs an SDK call; translates its exceptions into ours. */
    private static <T> T call(String what, Supplier<T> sdkCall) {
        try {
            return sdkCall.get();
        } catch (ServiceException e) {
            throw new ChannelRefused(e.getErrorCode(), "WeChat Pay refused " + what + ": HTTP " + e.getHttpStatusCode()
                    + " " + e.getErrorCode() + " " + e.getErrorMessage(), e);
        } catch (ValidationException e) {
            throw new PaymentSignatureException("WeChat Pay answer to " + what + " has no valid signature", e);
        } catch (HttpException e) {
            throw new PaymentException("WeChat Pay not reachable for " + what, e);
        } catch (MalformedMessageException e) {
            throw new PaymentException("malformed WeChat Pay answer to " + what, e);
        } catch (IllegalArgumentException e) {
            // the SDK's validator throws this for an answer whose signed timestamp is stale or missing
            throw new PaymentSignatureException("WeChat Pay answer to " + what + " not verifiable", e);
        }
    }

    private static OkHttpClient okHttp(WechatPayConfig config) {
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(30))
                .writeTimeout(Duration.ofSeconds(30));
        HttpUrl production = HttpUrl.get(WechatPayConfig.PRODUCTION.toString());
        HttpUrl target = HttpUrl.get(config.baseUrl().toString());
        if (!production.host().equals(target.host()) || production.port() != target.port()
                || !production.scheme().equals(target.scheme())) {
            builder.addInterceptor(chain -> {
                HttpUrl url = chain.request().url();
                if (!url.host().equals(production.host())) {
                    return chain.proceed(chain.request());
                }
                HttpUrl moved = url.newBuilder().scheme(target.scheme()).host(target.host()).port(target.port()).build();
                return chain.proceed(chain.request().newBuilder().url(moved).build());
            });
        }
        return builder.build();
    }

    /** The API answered an error code. */
    private static final class ChannelRefused extends PaymentException {

        @Serial
        private static final long serialVersionUID = 1L;

        private final String code;

        ChannelRefused(String code, String message, Throwable cause) {
            super(message, cause);
            this.code = code == null ? "" : code;
        }
    }
}
