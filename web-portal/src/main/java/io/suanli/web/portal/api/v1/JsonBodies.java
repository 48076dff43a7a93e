package io.suanli.web.portal.api.v1;

import io.suanli.core.shared.domain.SuanliException;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.List;

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
}
