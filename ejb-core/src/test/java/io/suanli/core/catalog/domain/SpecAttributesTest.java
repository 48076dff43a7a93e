package io.suanli.core.catalog.domain;

import io.suanli.core.shared.domain.SuanliException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SpecAttributesTest {

    @Test
    void knownKeysInOrderBlanksDroppedNumbersChecked() {
        Map<String, String> a = SpecAttributes.checked(Map.of("vcpu", " 192 ", "acceleratorModel", "Ascend 910B", "network", " "));
        assertEquals(List.of("acceleratorModel", "vcpu"), List.copyOf(a.keySet()));
        assertEquals("192", a.get("vcpu"));
        assertEquals("spec.attributeUnknown", assertThrows(SuanliException.class, () -> SpecAttributes.checked(Map.of("gpu", "1"))).key());
        assertEquals("spec.attributeNotANumber", assertThrows(SuanliException.class,
                () -> SpecAttributes.checked(Map.of("acceleratorCount", "-8"))).key());
        assertEquals("spec.attributeNotANumber", assertThrows(SuanliException.class,
                () -> SpecAttributes.checked(Map.of("memoryGb", "1.5"))).key());
    }
}
