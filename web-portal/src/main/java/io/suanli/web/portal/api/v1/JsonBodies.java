package io.suanli.web.portal.api.v1;

import io.suanli.core.shared.domain.SuanliException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

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
}
