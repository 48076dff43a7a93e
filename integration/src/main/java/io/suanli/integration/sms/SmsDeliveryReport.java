package io.suanli.integration.sms;

import java.time.Instant;

/**
 * What the SMS provider reported about a message it accepted.
 *
 * @param providerMessageId the provider's message id, as answered by {@link SmsGateway#send}
 * @param status            the provider's status, e.g. Huawei's {@code DELIVRD} or {@code UNDELIV}
 * @param at                when the provider saw the status; null when it did not say
 * @param outcome           what the status means for the platform
 */
public record SmsDeliveryReport(String providerMessageId, String status, Instant at, Outcome outcome) {

    /** What a reported status means. */
    public enum Outcome {
        /** The phone received the message. */
        DELIVERED,
        /** The message will not arrive (undeliverable, expired, rejected by the operator…). */
        FAILED,
        /** Not final yet (accepted by the operator's gateway); a later report follows. */
        PENDING
    }

    public SmsDeliveryReport {
        if (providerMessageId == null || providerMessageId.isBlank() || status == null || status.isBlank()) {
            throw new IllegalArgumentException("a delivery report needs the message id and a status");
        }
    }
}
