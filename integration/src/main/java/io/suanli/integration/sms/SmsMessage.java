package io.suanli.integration.sms;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A text message to one mobile number (mainland China, 11 digits): the platform template it comes from, the values
 * of the template's variables (providers with registered templates, such as Huawei Cloud, fill their own copy of the
 * template with them) and the text as the platform rendered it (the dev outbox shows it).
 *
 * @param mobile       the mobile number, 11 digits without country code
 * @param templateCode the platform template code, e.g. {@code VERIFY_CODE}
 * @param variables    the template variables by name, e.g. {@code code}, {@code minutes}
 * @param text         the rendered text
 */
public record SmsMessage(String mobile, String templateCode, Map<String, String> variables, String text) {

    public SmsMessage {
        if (mobile == null || !mobile.matches("1\\d{10}")) {
            throw new IllegalArgumentException("not a mainland mobile number");
        }
        if (templateCode == null || templateCode.isBlank()) {
            throw new IllegalArgumentException("SMS template code is missing");
        }
        if (text == null || text.isBlank() || text.length() > 500) {
            throw new IllegalArgumentException("SMS text must be 1 to 500 characters");
        }
        variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables == null ? Map.of() : variables));
    }

    /** Without the variables and the text, which may hold a verification code. */
    @Override
    public String toString() {
        return "SmsMessage[mobile=" + mobile.substring(0, 3) + "****, templateCode=" + templateCode + "]";
    }
}
