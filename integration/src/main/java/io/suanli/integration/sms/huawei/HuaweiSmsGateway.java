package io.suanli.integration.sms.huawei;

import io.suanli.integration.sms.SmsException;
import io.suanli.integration.sms.SmsException.Reason;
import io.suanli.integration.sms.SmsGateway;
import io.suanli.integration.sms.SmsMessage;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * SMS through Huawei Cloud Message &amp; SMS ({@code POST {endpoint}/sms/batchSendSms/v1}, form fields {@code from},
 * {@code to}, {@code templateId}, {@code templateParas}, {@code signature}, {@code statusCallback}; WSSE
 * authentication, see {@link Wsse}). Huawei sends its own copy of the template, so the platform template code picks a
 * Huawei template ({@link HuaweiSmsTemplates}) and the message's variables fill its positions in the configured order;
 * the platform's rendered text is not sent. A request that gets no answer in time, or a server error, is tried again
 * (at most {@link HuaweiSmsConfig#attempts()} times); a refusal or a rate limit is not (see {@link HuaweiSmsAnswer}).
 */
public final class HuaweiSmsGateway implements SmsGateway {

    static final String PATH = "/sms/batchSendSms/v1";

    private static final Logger LOG = Logger.getLogger(HuaweiSmsGateway.class.getName());

    private final HuaweiSmsConfig config;
    private final HttpClient http;
    private final Clock clock;
    private final Random random;

    /** {@code clock}: the real-time clock of {@code Created} (the platform passes its {@code RealTime}). */
    public HuaweiSmsGateway(HuaweiSmsConfig config, Clock clock) {
        this(config, HttpClient.newBuilder().connectTimeout(config.timeout()).build(), clock,
                new SecureRandom());
    }

    /** With the clock of {@code Created} and the source of the nonce given, so tests can pin both. */
    public HuaweiSmsGateway(HuaweiSmsConfig config, HttpClient http, Clock clock, Random random) {
        this.config = config;
        this.http = http;
        this.clock = clock;
        this.random = random;
    }

    @Override
    public String send(SmsMessage message) {
        HuaweiSmsTemplates.Template template = config.templates().of(message.templateCode()).orElseThrow(() ->
                new SmsException(Reason.NOT_CONFIGURED, null, "template " + message.templateCode()
                        + " has no Huawei templateId (SUANLI_SMS_TEMPLATES)", null));
        String form = form(message, template);
        SmsException last = null;
        for (int attempt = 1; attempt <= config.attempts(); attempt++) {
            if (attempt > 1) {
                pause(config.backoff().multipliedBy(1L << (attempt - 2)));
            }
            try {
                HttpResponse<String> response = exchange(form, message, attempt);
                String id = HuaweiSmsAnswer.messageId(response.statusCode(), response.body());
                LOG.fine(() -> "Huawei SMS " + id + ": " + message);
                return id;
            } catch (SmsException e) {
                if (e.reason() != Reason.UNAVAILABLE || Thread.currentThread().isInterrupted()) {
                    throw e;
                }
                last = e;
                LOG.log(Level.WARNING, () -> "Huawei SMS attempt of " + message + " failed: " + e.getMessage());
            }
        }
        throw new SmsException(Reason.UNAVAILABLE, last.providerCode(), last.getMessage() + " (after "
                + config.attempts() + " attempts)", last);
    }

    @Override
    public String name() {
        return "huawei";
    }

    /** The form fields in the documented order, URL-encoded. */
    private String form(SmsMessage message, HuaweiSmsTemplates.Template template) {
        JsonArrayBuilder paras = Json.createArrayBuilder();
        for (String name : template.variables()) {
            String value = message.variables().get(name);
            if (value == null) {
                throw new SmsException(Reason.NOT_CONFIGURED, null, "template " + message.templateCode()
                        + " is mapped with variable " + name + ", which the message does not have", null);
            }
            paras.add(value);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("from", config.sender());
        fields.put("to", "+86" + message.mobile());
        fields.put("templateId", template.id());
        if (!template.variables().isEmpty()) {
            fields.put("templateParas", paras.build().toString());
        }
        if (config.statusCallback() != null) {
            fields.put("statusCallback", config.statusCallback().toString());
        }
        if (config.signature() != null) {
            fields.put("signature", config.signature());
        }
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** One attempt: Huawei's answer, or {@link Reason#UNAVAILABLE} when there is none. */
    private HttpResponse<String> exchange(String form, SmsMessage message, int attempt) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(config.endpoint().toString().replaceAll("/+$", "") + PATH))
                .timeout(config.timeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", Wsse.AUTHORIZATION)
                .header("X-WSSE", Wsse.header(config.appKey(), config.appSecret(), nonce(), clock.instant()))
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
                .build();
        LOG.fine(() -> "Huawei SMS attempt " + attempt + ": " + message);
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new SmsException(Reason.UNAVAILABLE, null, "Huawei Cloud SMS did not answer within "
                    + readable(config.timeout()), e);
        } catch (IOException e) {
            throw new SmsException(Reason.UNAVAILABLE, null, "Huawei Cloud SMS not reachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsException(Reason.UNAVAILABLE, null, "interrupted while sending to Huawei Cloud SMS", e);
        }
    }

    private String nonce() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String readable(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private static void pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsException(Reason.UNAVAILABLE, null, "interrupted while waiting to retry Huawei Cloud SMS", e);
        }
    }
}
