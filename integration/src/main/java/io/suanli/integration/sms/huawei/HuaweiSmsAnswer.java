package io.suanli.integration.sms.huawei;

import io.suanli.integration.sms.SmsException;
import io.suanli.integration.sms.SmsException.Reason;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.Map;
import java.util.Set;

/**
 * Reads Huawei's answer to {@code batchSendSms} for one number: the {@code smsMsgId} of an accepted message, or an
 * {@link SmsException} saying why not. The answer's {@code code} (or, for {@code E000510} and for an accepted
 * request, the number's {@code status}) decides:
 * <ul>
 *   <li>template problems and every other refusal ({@code E000503}, {@code E200015}, {@code E200028}…, credentials,
 *       channel number, signature) → {@link Reason#REJECTED}, never retried;</li>
 *   <li>flow control (HTTP 429, {@code E000006}, {@code E200041}) → {@link Reason#RATE_LIMITED}, not retried;</li>
 *   <li>HTTP 5xx and {@code E000000} (system error) → {@link Reason#UNAVAILABLE}, which the gateway retries;</li>
 *   <li>a 200 answer that is not the documented JSON → {@link Reason#UNREADABLE_ANSWER}, not retried, as the
 *       message may have gone out.</li>
 * </ul>
 */
final class HuaweiSmsAnswer {

    static final String SUCCESS = "000000";
    static final String SEND_FAILED = "E000510";

    private static final Set<String> RATE_LIMITED = Set.of("E000006", "E200041");
    private static final Set<String> SERVER_ERRORS = Set.of("E000000");
    private static final Set<String> TEMPLATE = Set.of("E000503", "E200015", "E200028", "E200029", "E200030",
            "E200033");

    /** What the status codes of one number mean (Huawei's per-number status answers no description). */
    private static final Map<String, String> STATUS_TEXT = Map.of(
            "E000503", "templateId or template parameters not valid",
            "E200015", "template not found or not approved",
            "E200028", "template variables do not match the template",
            "E200029", "template type does not match",
            "E200030", "template not activated",
            "E200033", "template type not correct",
            "E200041", "too many messages to this number",
            "E200018", "channel number (from) does not belong to the application");

    private HuaweiSmsAnswer() {
    }

    /** The message id of an accepted message; throws {@link SmsException} otherwise. */
    static String messageId(int httpStatus, String body) {
        JsonObject json = object(body);
        String code = json == null ? null : text(json.get("code"));
        String description = json == null ? null : text(json.get("description"));
        if (json != null && httpStatus == 200 && SUCCESS.equals(code)) {
            return accepted(json);
        }
        if (json != null && SEND_FAILED.equals(code) && numberStatus(json) != null) {
            String status = numberStatus(json);
            throw refusal(status, STATUS_TEXT.getOrDefault(status, description));
        }
        if (httpStatus == 429 || code != null && RATE_LIMITED.contains(code)) {
            throw new SmsException(Reason.RATE_LIMITED, code, "Huawei Cloud SMS rate limit (HTTP " + httpStatus
                    + (code == null ? "" : ", " + describe(code, description)) + "); not retried", null);
        }
        if (httpStatus >= 500 || code != null && SERVER_ERRORS.contains(code)) {
            throw new SmsException(Reason.UNAVAILABLE, code, "Huawei Cloud SMS answered HTTP " + httpStatus
                    + (code == null ? "" : " " + describe(code, description)), null);
        }
        if (code == null) {
            throw new SmsException(httpStatus == 200 ? Reason.UNREADABLE_ANSWER : Reason.REJECTED, null,
                    "Huawei Cloud SMS answered HTTP " + httpStatus + " without the documented JSON body", null);
        }
        throw refusal(code, description);
    }

    private static String accepted(JsonObject json) {
        String status = numberStatus(json);
        JsonObject first = firstResult(json);
        String id = first == null ? null : text(first.get("smsMsgId"));
        if (SUCCESS.equals(status) && id != null && !id.isBlank()) {
            return id;
        }
        if (status == null || SUCCESS.equals(status)) {
            throw new SmsException(Reason.UNREADABLE_ANSWER, null,
                    "Huawei Cloud SMS accepted the request but answered no smsMsgId", null);
        }
        throw refusal(status, STATUS_TEXT.get(status));
    }

    private static SmsException refusal(String code, String description) {
        if (RATE_LIMITED.contains(code)) {
            return new SmsException(Reason.RATE_LIMITED, code, "Huawei Cloud SMS rate limit: " + describe(code, description)
                    + "; not retried", null);
        }
        String what = TEMPLATE.contains(code) ? "template rejected" : "refused";
        return new SmsException(Reason.REJECTED, code, "Huawei Cloud SMS " + what + ": " + describe(code, description),
                null);
    }

    private static String numberStatus(JsonObject json) {
        JsonObject first = firstResult(json);
        return first == null ? null : text(first.get("status"));
    }

    private static JsonObject firstResult(JsonObject json) {
        JsonValue result = json.get("result");
        if (result instanceof JsonArray array && !array.isEmpty() && array.get(0) instanceof JsonObject first) {
            return first;
        }
        return null;
    }

    /** The body as a JSON object, or null when it is none. */
    private static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readValue() instanceof JsonObject o ? o : null;
        } catch (JsonException | IllegalStateException e) {
            return null;
        }
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString s ? s.getString() : null;
    }

    private static String describe(String code, String description) {
        return description == null || description.isBlank() ? code : code + " " + description;
    }
}
