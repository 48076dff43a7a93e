package io.suanli.integration.payment.support;

import io.suanli.integration.payment.PaymentException;
import jakarta.json.JsonConfig;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

import java.io.StringReader;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Strict JSON for the channels without an SDK: one object, no repeated names, sorted sign strings. */
public final class Json {

    private static final JsonReaderFactory STRICT = jakarta.json.Json.createReaderFactory(
            Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE));

    private Json() {
    }

    /** Reads one JSON object; repeated names are refused. Throws {@link PaymentException} on anything else. */
    public static JsonObject object(String text) {
        if (text == null || text.isBlank()) {
            throw new PaymentException("empty JSON body");
        }
        try (JsonReader reader = STRICT.createReader(new StringReader(text))) {
            return reader.readObject();
        } catch (JsonParsingException e) {
            throw new PaymentException("malformed JSON body", e);
        } catch (JsonException | IllegalStateException e) {
            throw new PaymentException("not a JSON object", e);
        }
    }

    /**
     * The sign string of an object: its top-level members except {@code sign}, sorted by name, as
     * {@code name=value&…}; strings as they are, numbers and booleans as their JSON text, objects and arrays as
     * compact JSON; null and empty-string members left out.
     */
    public static String signString(JsonObject object) {
        return new TreeMap<>(object).entrySet().stream()
                .filter(e -> !"sign".equals(e.getKey()))
                .filter(e -> e.getValue().getValueType() != JsonValue.ValueType.NULL)
                .filter(e -> !(e.getValue() instanceof JsonString s && s.getString().isEmpty()))
                .map(e -> e.getKey() + "=" + text(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** A member as a non-blank string; throws {@link PaymentException} if it is missing or not a string. */
    public static String string(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (!(value instanceof JsonString s) || s.getString().isBlank()) {
            throw new PaymentException("JSON member " + name + " missing or not a string");
        }
        return s.getString();
    }

    /** A member as a string, or null when absent or null. */
    public static String optionalString(JsonObject object, String name) {
        JsonValue value = object.get(name);
        return value instanceof JsonString s ? s.getString() : null;
    }

    /** A member as a non-negative whole number; throws {@link PaymentException} otherwise. */
    public static long wholeNumber(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (!(value instanceof JsonNumber n) || !n.isIntegral() || n.bigDecimalValue().signum() < 0) {
            throw new PaymentException("JSON member " + name + " missing or not a whole number");
        }
        try {
            return n.longValueExact();
        } catch (ArithmeticException e) {
            throw new PaymentException("JSON member " + name + " out of range", e);
        }
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString s ? s.getString() : value.toString();
    }
}
