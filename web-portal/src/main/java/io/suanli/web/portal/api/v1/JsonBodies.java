package io.suanli.web.portal.api.v1;

import io.suanli.core.shared.domain.SuanliException;
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

    /** An optional whole number; a string of digits is accepted as well. */
    static Integer integer(JsonObject body, String field, boolean required) {
        JsonValue v = body.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                throw new SuanliException("validation.required", field);
            }
            return null;
        }
        try {
            if (v instanceof JsonNumber n) {
                return n.intValueExact();
            }
            if (v instanceof JsonString s) {
                return Integer.valueOf(s.getString().trim());
            }
        } catch (ArithmeticException | NumberFormatException e) {
            // falls through to the error below
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
}
