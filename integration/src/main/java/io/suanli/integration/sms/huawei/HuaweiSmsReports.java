package io.suanli.integration.sms.huawei;

import io.suanli.integration.sms.SmsDeliveryReport;
import io.suanli.integration.sms.SmsDeliveryReport.Outcome;
import io.suanli.integration.sms.SmsException;
import io.suanli.integration.sms.SmsException.Reason;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the delivery reports Huawei posts to {@code statusCallback}: a form
 * ({@code application/x-www-form-urlencoded}) with {@code smsMsgId}, {@code status} ({@code DELIVRD} when the phone
 * received the message, {@code ACCEPTD} while it is on its way, else a failure such as {@code UNDELIV},
 * {@code EXPIRED} or an {@code E2…} code), {@code updateTime} ({@code yyyy-MM-dd'T'HH:mm:ss'Z'}) and others
 * ({@code sequence}, {@code total}, {@code orgCode}, {@code source}) that the platform does not need. The reports are
 * not signed; the endpoint that receives them should be known only to Huawei.
 */
public final class HuaweiSmsReports {

    private HuaweiSmsReports() {
    }

    /** One report; throws {@link SmsException} ({@link Reason#UNREADABLE_ANSWER}) when it is not one. */
    public static SmsDeliveryReport parse(String formBody) {
        Map<String, String> fields = fields(formBody == null ? "" : formBody);
        String id = fields.get("smsMsgId");
        String status = fields.get("status");
        if (id == null || id.isBlank() || status == null || status.isBlank()) {
            throw new SmsException(Reason.UNREADABLE_ANSWER, null, "Huawei delivery report without smsMsgId or status",
                    null);
        }
        Outcome outcome = switch (status) {
            case "DELIVRD" -> Outcome.DELIVERED;
            case "ACCEPTD" -> Outcome.PENDING;
            default -> Outcome.FAILED;
        };
        return new SmsDeliveryReport(id, status, time(fields.get("updateTime")), outcome);
    }

    private static Map<String, String> fields(String body) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                try {
                    fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    throw new SmsException(Reason.UNREADABLE_ANSWER, null, "Huawei delivery report not URL-encoded", e);
                }
            }
        }
        return fields;
    }

    private static Instant time(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new SmsException(Reason.UNREADABLE_ANSWER, null, "Huawei delivery report with updateTime " + text, e);
        }
    }
}
