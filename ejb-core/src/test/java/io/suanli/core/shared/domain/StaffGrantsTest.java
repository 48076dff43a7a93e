package io.suanli.core.shared.domain;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StaffGrantsTest {

    @Test
    void aBuiltInRoleHoldsItsDefaultsUntilConfiguredOtherwise() {
        Set<String> finance = StaffGrants.held(Map.of(Roles.FINANCE, Roles.FINANCE), Map.of());
        assertTrue(finance.contains("ops.finance.adjust"));
        assertTrue(!finance.contains("ops.catalog.edit"));
        Set<String> changed = StaffGrants.held(Map.of(Roles.FINANCE, Roles.FINANCE),
                Map.of(Roles.FINANCE, Map.of("ops.finance.adjust", false, "ops.catalog.edit", true)));
        assertTrue(!changed.contains("ops.finance.adjust") && changed.contains("ops.catalog.edit"));
    }

    @Test
    void aCustomRoleHoldsOnlyWhatItIsGrantedAndNothingBeyondItsBase() {
        assertEquals(Set.of(), StaffGrants.held(Map.of("AUDITOR", Roles.FINANCE), Map.of()));
        assertEquals(Set.of("ops.finance.view"), StaffGrants.held(Map.of("AUDITOR", Roles.FINANCE),
                Map.of("AUDITOR", Map.of("ops.finance.view", true, "system.audit.view", true))));
    }

    @Test
    void severalRolesGiveTheUnionOfTheirFunctions() {
        Set<String> both = StaffGrants.held(Map.of("AUDITOR", Roles.FINANCE, Roles.SALES, Roles.SALES),
                Map.of("AUDITOR", Map.of("ops.finance.view", true)));
        assertTrue(both.contains("ops.finance.view") && both.contains("ops.customer.onboard"));
    }
}
