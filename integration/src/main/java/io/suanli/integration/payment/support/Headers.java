package io.suanli.integration.payment.support;

import java.util.Map;
import java.util.TreeMap;

/** HTTP headers as the endpoint hands them over, read without regard to the case of their names. */
public final class Headers {

    private final Map<String, String> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    private Headers(Map<String, String> headers) {
        if (headers != null) {
            headers.forEach((name, value) -> {
                if (name != null && value != null) {
                    values.put(name, value);
                }
            });
        }
    }

    public static Headers of(Map<String, String> headers) {
        return new Headers(headers);
    }

    /** The header's value, stripped, or null when absent or blank. */
    public String get(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
