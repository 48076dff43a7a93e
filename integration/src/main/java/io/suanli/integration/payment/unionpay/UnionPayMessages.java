package io.suanli.integration.payment.unionpay;

import io.suanli.integration.payment.PaymentException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * UnionPay's synchronous answers: {@code name=value&…} as plain text, not URL-encoded; a value may itself hold
 * {@code &} and {@code =} inside braces or brackets ({@code reserved={a=1&b=2}}).
 */
final class UnionPayMessages {

    private UnionPayMessages() {
    }

    static Map<String, String> parseAnswer(String text) {
        if (text == null || text.isBlank()) {
            throw new PaymentException("empty UnionPay answer");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        int depth = 0;
        int start = 0;
        String body = text.strip();
        for (int i = 0; i <= body.length(); i++) {
            char c = i < body.length() ? body.charAt(i) : '&';
            if (c == '{' || c == '[') {
                depth++;
            } else if ((c == '}' || c == ']') && depth > 0) {
                depth--;
            } else if (c == '&' && depth == 0) {
                put(fields, body.substring(start, i));
                start = i + 1;
            }
        }
        if (depth != 0) {
            throw new PaymentException("UnionPay answer with unbalanced braces");
        }
        return fields;
    }

    private static void put(Map<String, String> fields, String pair) {
        if (pair.isEmpty()) {
            return;
        }
        int eq = pair.indexOf('=');
        if (eq <= 0) {
            throw new PaymentException("malformed UnionPay answer near " + pair);
        }
        if (fields.put(pair.substring(0, eq), pair.substring(eq + 1)) != null) {
            throw new PaymentException("UnionPay answer field " + pair.substring(0, eq) + " appears more than once");
        }
    }
}
