package io.suanli.integration.sms.huawei;

import io.suanli.integration.sms.SmsDeliveryReport;
import io.suanli.integration.sms.SmsDeliveryReport.Outcome;
import io.suanli.integration.sms.SmsException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class HuaweiSmsReportsTest {

    /** The documented example report. */
    private static final String DELIVERED = "sequence=1&total=1&orgCode=000&updateTime=2018-04-13T06%3A31%3A46Z"
            + "&source=2&smsMsgId=b9d9b4fe-ad0e-4a2a-a2c7-445505b674ac_6&status=DELIVRD";

    @Test
    void deliveredReportIsReadWithItsTime() {
        SmsDeliveryReport r = HuaweiSmsReports.parse(DELIVERED);

        assertEquals("b9d9b4fe-ad0e-4a2a-a2c7-445505b674ac_6", r.providerMessageId());
        assertEquals("DELIVRD", r.status());
        assertEquals(Instant.parse("2018-04-13T06:31:46Z"), r.at());
        assertEquals(Outcome.DELIVERED, r.outcome());
    }

    @Test
    void undeliveredAndExpiredAreFailures() {
        assertEquals(Outcome.FAILED, HuaweiSmsReports.parse(DELIVERED.replace("DELIVRD", "UNDELIV")).outcome());
        assertEquals(Outcome.FAILED, HuaweiSmsReports.parse(DELIVERED.replace("DELIVRD", "EXPIRED")).outcome());
    }

    @Test
    void acceptedIsNotFinal() {
        assertEquals(Outcome.PENDING, HuaweiSmsReports.parse(DELIVERED.replace("DELIVRD", "ACCEPTD")).outcome());
    }

    @Test
    void reportWithoutTimeHasNoTime() {
        assertNull(HuaweiSmsReports.parse("smsMsgId=abc_1&status=DELIVRD").at());
    }

    @Test
    void reportWithoutMessageIdIsRefused() {
        assertThrows(SmsException.class, () -> HuaweiSmsReports.parse("status=DELIVRD&updateTime=2018-04-13T06%3A31%3A46Z"));
        assertThrows(SmsException.class, () -> HuaweiSmsReports.parse(null));
    }

    @Test
    void badTimeOrEncodingIsRefused() {
        assertThrows(SmsException.class, () -> HuaweiSmsReports.parse("smsMsgId=a&status=DELIVRD&updateTime=yesterday"));
        assertThrows(SmsException.class, () -> HuaweiSmsReports.parse("smsMsgId=a%zz&status=DELIVRD"));
    }
}
