package io.suanli.core;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import io.suanli.core.shared.domain.NoFunction;
import io.suanli.core.shared.domain.RequiresFunction;
import io.suanli.core.shared.domain.Roles;
import jakarta.ejb.Stateless;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The package rules of STYLE.md, kept true by the build. */
class ArchitectureTest {

    /** The bounded contexts: every package under {@code io.suanli.core} but the shared kernel, found, not listed. */
    static List<String> CONTEXTS;

    static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.suanli.core");
        CONTEXTS = core.getPackage("io.suanli.core").getSubpackages().stream()
                .map(com.tngtech.archunit.core.domain.JavaPackage::getRelativeName).filter(n -> !n.equals("shared")).sorted().toList();
        org.junit.jupiter.api.Assertions.assertTrue(CONTEXTS.containsAll(List.of("identity", "catalog", "ordering", "billing", "usage", "system")),
                "contexts found: " + CONTEXTS);
    }

    @Test
    void contextsHaveNoCycles() {
        com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices().matching("io.suanli.core.(*)..")
                .should().beFreeOfCycles().check(core);
    }

    @Test
    void contextsTalkToEachOtherOnlyThroughTheirApplicationPackage() {
        for (String ctx : CONTEXTS) {
            noClasses().that().resideOutsideOfPackage("io.suanli.core." + ctx + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(
                            "io.suanli.core." + ctx + ".domain..", "io.suanli.core." + ctx + ".infrastructure..")
                    .allowEmptyShould(true)
                    .because("other contexts use " + ctx + " only through io.suanli.core." + ctx + ".application")
                    .check(core);
        }
    }

    @Test
    void sharedKernelDependsOnNoContext() {
        for (String ctx : CONTEXTS) {
            noClasses().that().resideInAPackage("io.suanli.core.shared..")
                    .should().dependOnClassesThat().resideInAPackage("io.suanli.core." + ctx + "..")
                    .allowEmptyShould(true)
                    .check(core);
        }
    }

    @Test
    void domainDoesNotDependOnInfrastructureOrApplication() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..infrastructure..", "..application..")
                .check(core);
    }

    @Test
    void coreKnowsNothingOfTheWeb() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "jakarta.faces..",
                        "jakarta.ws.rs..", "org.primefaces..", "io.suanli.web..", "io.suanli.batch..")
                .check(core);
    }

    @Test
    void moneyIsNeverAFloatingPointNumber() {
        fields().that().haveRawType(double.class).or().haveRawType(float.class)
                .or().haveRawType(Double.class).or().haveRawType(Float.class)
                .should(new ArchCondition<>("not exist in the core") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaField f, ConditionEvents events) {
                        events.add(SimpleConditionEvent.violated(f, f.getFullName() + " is a floating-point field"));
                    }
                })
                .allowEmptyShould(true)
                .check(core);
    }

    @Test
    void everyPublicServiceMethodDeclaresWhoMayCallIt() {
        classes().that().areAnnotatedWith(Stateless.class).or().areAnnotatedWith(jakarta.ejb.Singleton.class)
                .and().resideInAPackage("..application..")
                .should(new ArchCondition<>("declare @RolesAllowed, @PermitAll or @DenyAll on the class or each public method") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        boolean onClass = secured(c);
                        for (JavaMethod m : c.getMethods()) {
                            if (m.getModifiers().contains(JavaModifier.PUBLIC) && !onClass && !secured(m)) {
                                events.add(SimpleConditionEvent.violated(m, m.getFullName() + " has no security annotation"));
                            }
                        }
                    }
                })
                .check(core);
    }

    @Test
    void everyStaffCallableServiceMethodNamesItsFunction() {
        classes().that().areAnnotatedWith(Stateless.class)
                .should(new ArchCondition<>("name a @RequiresFunction (or an explicit @NoFunction) on each public method staff may call") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        for (JavaMethod m : c.getMethods()) {
                            if (!m.getModifiers().contains(JavaModifier.PUBLIC) || m.getModifiers().contains(JavaModifier.STATIC)) {
                                continue;
                            }
                            RolesAllowed allowed = m.isAnnotatedWith(RolesAllowed.class) ? m.getAnnotationOfType(RolesAllowed.class)
                                    : m.isAnnotatedWith(PermitAll.class) || m.isAnnotatedWith(DenyAll.class) ? null
                                    : c.isAnnotatedWith(RolesAllowed.class) ? c.getAnnotationOfType(RolesAllowed.class) : null;
                            boolean staff = allowed != null && java.util.Arrays.stream(allowed.value()).anyMatch(r -> !Roles.CUSTOMER.equals(r));
                            boolean named = m.isAnnotatedWith(RequiresFunction.class) || c.isAnnotatedWith(RequiresFunction.class)
                                    || m.isAnnotatedWith(NoFunction.class) || c.isAnnotatedWith(NoFunction.class);
                            if (staff && !named) {
                                events.add(SimpleConditionEvent.violated(m, m.getFullName() + " is open to staff but names no function"));
                            }
                        }
                    }
                })
                .check(core);
    }

    /** So that any operations function can be granted to any operations role (S1): the grant, not the role, decides. */
    @Test
    void everyMethodOfAnOperationsFunctionLetsEveryOperationsRoleThrough() {
        classes().that().areAnnotatedWith(Stateless.class)
                .should(new ArchCondition<>("allow every operations role on each method that requires an operations function") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        for (JavaMethod m : c.getMethods()) {
                            RequiresFunction f = m.isAnnotatedWith(RequiresFunction.class) ? m.getAnnotationOfType(RequiresFunction.class)
                                    : c.isAnnotatedWith(RequiresFunction.class) ? c.getAnnotationOfType(RequiresFunction.class) : null;
                            RolesAllowed allowed = m.isAnnotatedWith(RolesAllowed.class) ? m.getAnnotationOfType(RolesAllowed.class)
                                    : c.isAnnotatedWith(RolesAllowed.class) ? c.getAnnotationOfType(RolesAllowed.class) : null;
                            if (f != null && "ops".equals(f.value().area()) && allowed != null
                                    && !java.util.Arrays.asList(allowed.value()).containsAll(Roles.OPERATIONS)) {
                                events.add(SimpleConditionEvent.violated(m, m.getFullName() + " requires " + f.value().code()
                                        + " but lets only " + java.util.Arrays.toString(allowed.value()) + " call it"));
                            }
                        }
                    }
                })
                .check(core);
    }



    private static boolean secured(com.tngtech.archunit.core.domain.properties.CanBeAnnotated e) {
        return e.isAnnotatedWith(RolesAllowed.class) || e.isAnnotatedWith(PermitAll.class) || e.isAnnotatedWith(DenyAll.class);
    }

}
