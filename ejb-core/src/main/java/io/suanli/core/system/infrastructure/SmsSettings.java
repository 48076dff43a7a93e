package io.suanli.core.system.infrastructure;

import io.suanli.integration.sms.huawei.HuaweiSmsConfig;
import io.suanli.integration.sms.huawei.HuaweiSmsTemplates;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The SMS provider settings ({@code suanli.sms.*}, i.e. {@code SUANLI_SMS_*}). Huawei Cloud is used when
 * {@code SUANLI_SMS_PROVIDER=huawei}, or when no provider is named and {@code SUANLI_SMS_APP_KEY} is set; then the
 * app key, app secret and sender must be set too. A setting that is missing or wrong is an
 * {@link IllegalStateException} naming the environment variable, so a misconfigured installation does not start.
 */
final class SmsSettings {

    static final String PROVIDER = "suanli.sms.provider";
    static final String ENDPOINT = "suanli.sms.endpoint";
    static final String APP_KEY = "suanli.sms.app-key";
    static final String APP_SECRET = "suanli.sms.app-secret";
    static final String SENDER = "suanli.sms.sender";
    static final String SIGNATURE = "suanli.sms.signature";
    static final String STATUS_CALLBACK = "suanli.sms.status-callback";
    static final String TIMEOUT_SECONDS = "suanli.sms.timeout-seconds";
    static final String ATTEMPTS = "suanli.sms.attempts";
    static final String TEMPLATES = "suanli.sms.templates";

    /** Huawei's access address of the Beijing-4 region, unless another is configured. */
    static final URI DEFAULT_ENDPOINT = URI.create("https://smsapi.cn-north-4.myhuaweicloud.com:443");
    static final Duration BACKOFF = Duration.ofMillis(500);

    private final Function<String, Optional<String>> setting;

    /** Over a lookup of a setting by property name; blank values count as absent. */
    SmsSettings(Function<String, Optional<String>> setting) {
        this.setting = key -> setting.apply(key).map(String::trim).filter(v -> !v.isEmpty());
    }

    /** The Huawei Cloud application, if Huawei is the configured provider. */
    Optional<HuaweiSmsConfig> huawei() {
        Optional<String> provider = setting.apply(PROVIDER).map(p -> p.toLowerCase(Locale.ROOT));
        if (provider.isPresent() && !provider.get().equals("huawei")) {
            throw new IllegalStateException(env(PROVIDER) + "=" + provider.get() + " is not a known SMS provider "
                    + "(known: huawei)");
        }
        if (provider.isEmpty() && setting.apply(APP_KEY).isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new HuaweiSmsConfig(uri(ENDPOINT).orElse(DEFAULT_ENDPOINT), required(APP_KEY),
                    required(APP_SECRET), required(SENDER), setting.apply(SIGNATURE).orElse(null),
                    uri(STATUS_CALLBACK).orElse(null), Duration.ofSeconds(number(TIMEOUT_SECONDS, 5, 1, 60)),
                    number(ATTEMPTS, HuaweiSmsConfig.ATTEMPTS, 1, 5), BACKOFF,
                    HuaweiSmsTemplates.parse(setting.apply(TEMPLATES).orElse(""))));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("SMS provider huawei: " + e.getMessage(), e);
        }
    }

    /** The environment variable of a property: {@code suanli.sms.app-key} → {@code SUANLI_SMS_APP_KEY}. */
    static String env(String property) {
        return property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    private String required(String key) {
        return setting.apply(key).orElseThrow(() -> new IllegalStateException(env(key) + " (" + key
                + ") is missing; the Huawei Cloud SMS provider needs it"));
    }

    private Optional<URI> uri(String key) {
        return setting.apply(key).map(v -> {
            URI uri;
            try {
                uri = URI.create(v);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(env(key) + " is not a URL: " + v, e);
            }
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
                throw new IllegalStateException(env(key) + " must be an http(s) URL, not " + v);
            }
            return uri;
        });
    }

    private int number(String key, int otherwise, int min, int max) {
        Optional<String> text = setting.apply(key);
        try {
            int n = text.map(Integer::parseInt).orElse(otherwise);
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalStateException(env(key) + " must be a whole number from " + min + " to " + max
                    + ", not " + text.orElse(""), e);
        }
    }
}
