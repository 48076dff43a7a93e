package io.suanli.integration.payment.support;

import io.suanli.integration.payment.PaymentException;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Form bodies ({@code application/x-www-form-urlencoded}) and the sorted {@code key=value&…} strings channels sign. */
public final class Forms {

    private Forms() {
    }

    /**
     * Decodes a form body strictly: every pair once, no repeated names (a second {@code total_amount} would be a way
     * to smuggle a value past a signature check). The charset is the body's own {@code charsetField} if it names one
     * (Alipay's {@code charset}), else UTF-8.
     *
     * @throws PaymentException malformed body, unknown charset or a repeated name
     */
    public static Map<String, String> decode(String body, String charsetField) {
        if (body == null || body.isBlank()) {
            throw new PaymentException("empty form body");
        }
        Charset charset = StandardCharsets.UTF_8;
        if (charsetField != null) {
            for (String pair : body.strip().split("&")) {
                if (pair.startsWith(charsetField + "=")) {
                    try {
                        charset = Charset.forName(pair.substring(charsetField.length() + 1));
                    } catch (IllegalArgumentException e) {
                        throw new PaymentException("unknown charset in form body", e);
                    }
                }
            }
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.strip().split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name;
            String value;
            try {
                name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), charset);
                value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), charset);
            } catch (IllegalArgumentException e) {
                throw new PaymentException("malformed form body", e);
            }
            if (fields.put(name, value) != null) {
                throw new PaymentException("form field " + name + " appears more than once");
            }
        }
        return fields;
    }

    /** Encodes fields as a form body (UTF-8), in the map's order. */
    public static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue() == null ? "" : e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /**
     * The sign string: {@code key=value} pairs sorted by key (by UTF-16 code unit, i.e. ASCII order for the channels'
     * names), joined with {@code &}, without the excluded keys and — when {@code skipEmpty} — without empty values.
     */
    public static String signString(Map<String, String> fields, Collection<String> excluded, boolean skipEmpty) {
        Set<String> skip = Set.copyOf(excluded);
        return new TreeMap<>(fields).entrySet().stream()
                .filter(e -> !skip.contains(e.getKey()))
                .filter(e -> !skipEmpty || (e.getValue() != null && !e.getValue().isEmpty()))
                .map(e -> e.getKey() + "=" + (e.getValue() == null ? "" : e.getValue()))
                .collect(Collectors.joining("&"));
    }
}
