package io.suanli.web.console.view.common;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How cloud failures on order timelines read for people, in both languages. */
class ConsoleNoteTest {

    private static final ResourceBundle ZH = ResourceBundle.getBundle("io.suanli.web.console.messages", Locale.SIMPLIFIED_CHINESE);
    private static final ResourceBundle EN = ResourceBundle.getBundle("io.suanli.web.console.messages", Locale.ENGLISH);

    @Test
    void aProvisioningFailureIsExplainedByItsCodeAndKeepsTheCloudsDetail() {
        String raw = "failed: UNREACHABLE: create pool sl-o1 on account hcso: connection refused";
        assertEquals(EN.getString("provisioning.failed") + EN.getString("provisioning.cloud.UNREACHABLE")
                + " (create pool sl-o1 on account hcso: connection refused)", ConsoleBean.note(raw, EN));
        String zh = ConsoleBean.note(raw, ZH);
        assertTrue(zh.startsWith(ZH.getString("provisioning.failed") + ZH.getString("provisioning.cloud.UNREACHABLE")), zh);
        assertTrue(zh.endsWith("(create pool sl-o1 on account hcso: connection refused)"), zh);
    }

    @Test
    void aFailedCloudChangeAndABareReasonAreExplainedToo() {
        assertEquals(EN.getString("provisioning.changeFailed") + EN.getString("provisioning.cloud.QUOTA_EXCEEDED") + " (quota 16 > 10)",
                ConsoleBean.note("cloud change failed: QUOTA_EXCEEDED: quota 16 > 10", EN));
        assertEquals(EN.getString("provisioning.cloud.AUTH_FAILED") + " (HTTP 401)", ConsoleBean.note("AUTH_FAILED: HTTP 401", EN));
    }

    @Test
    void everythingElseIsShownAsWritten() {
        assertEquals("cloud: 3 × modelarts.vm.gpu.t4u8", ConsoleBean.note("cloud: 3 × modelarts.vm.gpu.t4u8", EN));
        assertEquals("NOT_A_CODE: x", ConsoleBean.note("NOT_A_CODE: x", EN), "an unknown code is not explained");
        assertEquals("客户取消", ConsoleBean.note("客户取消", ZH));
        assertEquals("", ConsoleBean.note(null, ZH));
    }

    @Test
    void everyConnectorCodeHasATextInBothLanguages() {
        for (String code : new String[]{"AUTH_FAILED", "UNREACHABLE", "CLOUD_ERROR", "QUOTA_EXCEEDED", "NOT_FOUND", "CONFLICT",
                "BAD_REQUEST", "FAILED_TO_BECOME_READY", "MALFORMED_ANSWER", "UNEXPECTED"}) {
            assertTrue(EN.containsKey("provisioning.cloud." + code), code);
            assertTrue(ZH.containsKey("provisioning.cloud." + code), code);
            assertTrue(!EN.getString("provisioning.cloud." + code).equals(ZH.getString("provisioning.cloud." + code)), code);
        }
    }
}
