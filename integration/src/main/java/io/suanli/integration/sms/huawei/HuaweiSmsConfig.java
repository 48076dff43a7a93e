package io.suanli.integration.sms.huawei;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * One Huawei Cloud Message &amp; SMS application.
 *
 * @param endpoint       the application's access address, e.g. {@code https://smsapi.cn-north-4.myhuaweicloud.com:443}
 * @param appKey         the application's App_Key
 * @param appSecret      the application's App_Secret (never logged)
 * @param sender         the channel number sent as {@code from}
 * @param signature      the signature name, needed by general templates in the Chinese mainland; may be null
 * @param statusCallback where Huawei posts delivery reports; may be null
 * @param timeout        the connect and the read timeout of one attempt
 * @param attempts       how many times a message is tried when Huawei does not answer or answers a server error
 * @param backoff        the pause before the second attempt, doubled before each further one
 * @param templates      the platform template codes with their Huawei templates
 */
public record HuaweiSmsConfig(URI endpoint, String appKey, String appSecret, String sender, String signature,
                              URI statusCallback, Duration timeout, int attempts, Duration backoff,
                              HuaweiSmsTemplates templates) {

    /** Tries of one message unless configured otherwise: the first and two retries. */
    public static final int ATTEMPTS = 3;

    public HuaweiSmsConfig {
        Objects.requireNonNull(endpoint, "endpoint");
        requireText(appKey, "appKey");
        requireText(appSecret, "appSecret");
        requireText(sender, "sender");
        Objects.requireNonNull(templates, "templates");
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        if (attempts < 1 || attempts > 5) {
            throw new IllegalArgumentException("attempts must be 1 to 5");
        }
        if (backoff == null || backoff.isNegative()) {
            throw new IllegalArgumentException("backoff must not be negative");
        }
        signature = signature == null || signature.isBlank() ? null : signature;
    }

    /** Without the secret. */
    @Override
    public String toString() {
        return "HuaweiSmsConfig[endpoint=" + endpoint + ", appKey=" + appKey + ", sender=" + sender + ", signature="
                + signature + ", templates=" + templates.codes() + "]";
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is missing");
        }
    }
}
