package io.suanli.core.shared.domain;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StaffFunctionTest {

    @Test
    void codesAreUniqueAndFoundAgain() {
        Set<String> codes = Arrays.stream(StaffFunction.values()).map(StaffFunction::code).collect(Collectors.toSet());
        assertEquals(StaffFunction.values().length, codes.size());
        assertEquals(StaffFunction.OPS_CATALOG_PUBLISH, StaffFunction.ofCode("ops.catalog.publish").orElseThrow());
        assertTrue(StaffFunction.ofCode("ops.catalog").isEmpty());
    }

    @Test
    void operationsFunctionsGoToOperationsRolesAndSystemFunctionsToSystemAdministrators() {
        assertTrue(StaffFunction.OPS_CATALOG_VIEW.grantableTo(Roles.FINANCE));
        assertFalse(StaffFunction.OPS_CATALOG_VIEW.grantableTo(Roles.SYS_ADMIN));
        assertFalse(StaffFunction.OPS_CATALOG_VIEW.grantableTo(Roles.CUSTOMER));
        assertTrue(StaffFunction.SYSTEM_AUDIT_VIEW.grantableTo(Roles.SYS_ADMIN));
        assertFalse(StaffFunction.SYSTEM_AUDIT_VIEW.grantableTo(Roles.OPS_ADMIN));
    }

    @Test
    void everyDefaultIsGrantableAndEveryFunctionHasADefaultHolder() {
        for (StaffFunction f : StaffFunction.values()) {
            for (String role : Roles.ALL) {
                assertFalse(f.grantedByDefault(role) && !f.grantableTo(role), f + " " + role);
            }
            assertTrue(Roles.ALL.stream().anyMatch(f::grantedByDefault), f.code());
        }
    }
}
