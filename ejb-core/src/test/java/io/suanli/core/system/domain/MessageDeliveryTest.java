package io.suanli.core.system.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MessageDeliveryTest {

    private static final Instant REPORTED = Instant.parse("2026-07-01T02:00:07Z");

    private static MessageDelivery sms() {
        return new MessageDelivery(1L, Instant.parse("2026-07-01T02:00:00Z"), MessageTemplate.Channel.SMS,
                "VERIFY_CODE", 7L, "151****6789", "enc", "验证码", "enc");
    }

    @Test
    void sentKeepsTheProvidersMessageId() {
        MessageDelivery d = sms();

        d.sent("d6e3cdd0-522b-4692-8304-a07553cdf591_8539659");

        assertEquals("SENT", d.status());
        assertEquals("d6e3cdd0-522b-4692-8304-a07553cdf591_8539659", d.providerRef());
    }

    @Test
    void providerFailureKeepsTheProviderAndItsDescription() {
        MessageDelivery d = sms();

        d.failed("huawei", "E200015", "Huawei Cloud SMS template rejected: E200015 template not found or not approved");

        assertEquals("FAILED", d.status());
        assertEquals("huawei: Huawei Cloud SMS template rejected: E200015 template not found or not approved", d.error());
    }

    @Test
    void providerCodeMissingFromTheDescriptionIsAdded() {
        MessageDelivery d = sms();

        d.failed("huawei", "E000101", "authentication failed");

        assertEquals("huawei: authentication failed [E000101]", d.error());
    }

    @Test
    void failureWithoutProviderCodeIsTheDescription() {
        MessageDelivery d = sms();

        d.failed("huawei", null, "Huawei Cloud SMS did not answer within 5 s (after 3 attempts)");

        assertEquals("huawei: Huawei Cloud SMS did not answer within 5 s (after 3 attempts)", d.error());
    }

    @Test
    void longErrorIsCutTo500Characters() {
        MessageDelivery d = sms();

        d.failed("huawei", null, "x".repeat(600));

        assertEquals(500, d.error().length());
    }

    private static MessageDelivery accepted() {
        MessageDelivery d = sms();
        d.sent("b9d9b4fe-ad0e-4a2a-a2c7-445505b674ac_6");
        return d;
    }

    @Test
    void deliveredReportMarksTheMessageDeliveredAtTheReportedTime() {
        MessageDelivery d = accepted();

        d.delivered(REPORTED);

        assertEquals("DELIVERED", d.status());
        assertEquals(REPORTED, d.reportedAt());
    }

    @Test
    void undeliveredReportIsAFailureWithTheProvidersStatus() {
        MessageDelivery d = accepted();

        d.undelivered("UNDELIV", REPORTED);

        assertEquals("FAILED", d.status());
        assertEquals("delivery report: UNDELIV", d.error());
        assertEquals(REPORTED, d.reportedAt());
    }

    @Test
    void repeatedReportChangesNothing() {
        MessageDelivery d = accepted();
        d.delivered(REPORTED);

        d.delivered(REPORTED.plusSeconds(60));

        assertEquals(REPORTED, d.reportedAt());
    }

    @Test
    void reportCannotTurnAFailureIntoADelivery() {
        MessageDelivery d = accepted();
        d.undelivered("EXPIRED", REPORTED);

        assertThrows(IllegalStateException.class, () -> d.delivered(REPORTED.plusSeconds(60)));
    }

    @Test
    void messageTheProviderNeverAcceptedCannotBeReported() {
        MessageDelivery d = sms();
        d.failed("huawei", "E200015", "template rejected");

        assertThrows(IllegalStateException.class, () -> d.delivered(REPORTED));
    }
}
