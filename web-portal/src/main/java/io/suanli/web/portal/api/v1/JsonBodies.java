package io.suanli.web.portal.api.v1;

import io.suanli.core.shared.domain.SuanliException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading fields of a JSON request body with clear errors for missing or mistyped ones. */
final class JsonBodies {

    private JsonBodies() {
    }

    static JsonObject require(JsonObject body) {
        if (body == null) {
            throw new SuanliException("request.malformed", "empty body");
        }
        return body;
    }

    static String string(JsonObject body, String field, boolean required) {
        JsonValue v = body.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                throw new SuanliException("validation.required", field);
            }
            return null;
        }
        if (!(v instanceof JsonString s)) {
            throw new SuanliException("request.malformed", field + " must be a string");
        }
        return s.getString();
    }

    /** A required array of strings. */
    static List<String> strings(JsonObject body, String field) {
        JsonValue v = body.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            throw new SuanliException("validation.required", field);
        }
        if (!(v instanceof JsonArray a)) {
            throw new SuanliException("request.malformed", field + " must be an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonValue e : a) {
            if (!(e instanceof JsonString s)) {
                throw new SuanliException("request.malformed", field + " must be an array of strings");
            }
            out.add(s.getString());
        }
        return out;
    }

    /**
     * A whole number, strictly typed: a JSON integer; a string ({@code "1"}), a fraction or anything else is a 400
     * naming the field. An optional field may be absent or {@code null} (which some fields use to clear a value).
     */
    static Integer integer(JsonObject body, String field, boolean required) {
        JsonValue v = body.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                throw new SuanliException("validation.required", field);
            }
            return null;
        }
        return wholeNumber(v, field);
    }

    /** An optional whole number that, when given, must be one: absent answers null, {@code null} is a 400. */
    static Integer integerIfGiven(JsonObject body, String field) {
        JsonValue v = body.get(field);
        return v == null ? null : wholeNumber(v, field);
    }

    /** A whole number given as text (a path or query parameter, or a string field that holds an id). */
    static long id(String text, String field) {
        try {
            return Long.parseLong(text == null ? "" : text.trim());
        } catch (NumberFormatException e) {
            throw new SuanliException("request.malformed", field + " must be a whole number");
        }
    }

    private static Integer wholeNumber(JsonValue v, String field) {
        if (v instanceof JsonNumber n) {
            try {
                return n.intValueExact();
            } catch (ArithmeticException e) {
                // falls through to the error below
            }
        }
        throw new SuanliException("request.malformed", field + " must be a whole number");
    }

    /** An amount given as a string (as the API sends them) or, tolerated, as a JSON number; the text is kept exact. */
    static String amount(JsonObject body, String field) {
        JsonValue v = body.get(field);
        if (v instanceof JsonNumber n) {
            return n.bigDecimalValue().toPlainString();
        }
        return string(body, field, true);
    }

    static Instant instant(JsonObject body, String field) {
        String s = string(body, field, false);
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(s.trim());
        } catch (DateTimeParseException e) {
            throw new SuanliException("validation.instant");
        }
    }

    /** An optional object of string values, e.g. spec attributes. */
    static Map<String, String> stringMap(JsonObject body, String field) {
        JsonValue v = body.get(field);
        Map<String, String> out = new LinkedHashMap<>();
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return out;
        }
        if (!(v instanceof JsonObject o)) {
            throw new SuanliException("request.malformed", field + " must be an object");
        }
        o.forEach((k, x) -> out.put(k, x instanceof JsonString s ? s.getString() : x.toString()));
        return out;
    }

    /** An optional array of strings: absent or null answers an empty list. */
    static List<String> stringsIfGiven(JsonObject body, String field) {
        JsonValue v = body.get(field);
        return v == null || v.getValueType() == JsonValue.ValueType.NULL ? List.of() : strings(body, field);
    }

    /** An optional JSON boolean; absent or null answers null, anything else is a 400 naming the field. */
    static Boolean bool(JsonObject body, String field) {
        JsonValue v = body.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v.getValueType() == JsonValue.ValueType.TRUE || v.getValueType() == JsonValue.ValueType.FALSE) {
            return v.getValueType() == JsonValue.ValueType.TRUE;
        }
        throw new SuanliException("request.malformed", field + " must be true or false");
    }

    /** An optional id given as a string (as the API sends ids) or a JSON integer. */
    static Long idIfGiven(JsonObject body, String field) {
        JsonValue v = body.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonNumber n && n.isIntegral()) {
            return n.longValue();
        }
        if (v instanceof JsonString s) {
            return id(s.getString(), field);
        }
        throw new SuanliException("request.malformed", field + " must be a whole number");
    }

    /** An optional array of ids (strings or JSON integers); absent or null answers an empty list. */
    static List<Long> idsIfGiven(JsonObject body, String field) {
        JsonValue v = body.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (!(v instanceof JsonArray a)) {
            throw new SuanliException("request.malformed", field + " must be an array of ids");
        }
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            Long id = idIfGiven(Json.createObjectBuilder().add(field, a.get(i)).build(), field);
            if (id == null) {
                throw new SuanliException("request.malformed", field + " must be an array of ids");
            }
            out.add(id);
        }
        return out;
    }

    /** The quote fields of a quote or order body: spec, nodes, billing mode, periods, coupon (code or id), cash coupon ids. */
    static io.suanli.core.ordering.application.QuoteRequest quoteRequest(JsonObject b) {
        return new io.suanli.core.ordering.application.QuoteRequest(string(b, "specCode", true), integer(b, "nodes", true),
                string(b, "billingMode", true), integerIfGiven(b, "periods"), string(b, "couponCode", false), idIfGiven(b, "couponId"),
                idsIfGiven(b, "cashCouponIds"));
    }

    /** A rate given as a string ("0.90") or, tolerated, as a JSON number; null when absent. */
    static String rate(JsonObject body, String field) {
        JsonValue v = body.get(field);
        if (v instanceof JsonNumber n) {
            return n.bigDecimalValue().toPlainString();
        }
        return string(body, field, false);
    }

    /** A day as {@code yyyy-MM-dd}, or null when empty; a keyed error otherwise. */
    static java.time.LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new io.suanli.core.shared.domain.SuanliException("validation.date");
        }
    }
}
