package io.suanli.integration.sms.huawei;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HuaweiSmsTemplatesTest {

    private static final String ID = "8ff55eac1d0b478ab3c06c3c6a492300";
    private static final String ID2 = "0123456789abcdef0123456789ABCDEF";

    @Test
    void entriesMapCodesToTemplateIdsAndOrderedVariables() {
        HuaweiSmsTemplates t = HuaweiSmsTemplates.parse(" VERIFY_CODE=" + ID + ":code, minutes ; BILL_READY=" + ID2
                + ":period,amount;");

        assertEquals(Optional.of(new HuaweiSmsTemplates.Template(ID, List.of("code", "minutes"))), t.of("VERIFY_CODE"));
        assertEquals(List.of("period", "amount"), t.of("BILL_READY").orElseThrow().variables());
        assertEquals(List.of("VERIFY_CODE", "BILL_READY"), List.copyOf(t.codes()));
    }

    @Test
    void templateWithoutVariablesNeedsNoColon() {
        HuaweiSmsTemplates t = HuaweiSmsTemplates.parse("REAL_NAME_APPROVED=" + ID);

        assertEquals(List.of(), t.of("REAL_NAME_APPROVED").orElseThrow().variables());
    }

    @Test
    void blankMappingIsEmpty() {
        assertTrue(HuaweiSmsTemplates.parse("  ").codes().isEmpty());
        assertTrue(HuaweiSmsTemplates.parse(null).of("VERIFY_CODE").isEmpty());
    }

    @Test
    void entryWithoutEqualsSignIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HuaweiSmsTemplates.parse("VERIFY_CODE:" + ID));

        assertEquals("SMS template mapping \"VERIFY_CODE:" + ID + "\": expected CODE=templateId:variable,variable",
                e.getMessage());
    }

    @Test
    void templateIdThatIsNot32HexCharactersIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HuaweiSmsTemplates.parse("VERIFY_CODE=" + ID + ";BILL_READY=12345:period"));

        assertEquals("SMS template mapping \"BILL_READY=12345:period\": the Huawei templateId must be 32 hexadecimal "
                + "characters", e.getMessage());
    }

    @Test
    void lowerCaseCodeIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HuaweiSmsTemplates.parse("verify_code=" + ID + ":code"));

        assertTrue(e.getMessage().contains("upper case"), e.getMessage());
    }

    @Test
    void emptyVariableNameIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HuaweiSmsTemplates.parse("VERIFY_CODE=" + ID + ":code,,minutes"));

        assertTrue(e.getMessage().contains("variable names"), e.getMessage());
    }

    @Test
    void codeMappedTwiceIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HuaweiSmsTemplates.parse("VERIFY_CODE=" + ID + ":code;VERIFY_CODE=" + ID2 + ":code"));

        assertTrue(e.getMessage().contains("mapped twice"), e.getMessage());
    }
}
