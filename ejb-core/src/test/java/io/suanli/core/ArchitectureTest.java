package io.suanli.core;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
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
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.application.RealTime;
import io.suanli.core.shared.domain.Ids;
import io.suanli.core.shared.domain.NoFunction;
import io.suanli.core.shared.domain.RequiresFunction;
import io.suanli.core.shared.domain.Roles;
import jakarta.ejb.Stateless;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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

    /** No main class of the core or the connectors reads the wall clock but the two clocks (and the key generator). */
    @Test
    void mainCodeReadsTheTimeOnlyThroughTheClockClasses() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.suanli.core", "io.suanli.integration");
        classes().that().doNotHaveFullyQualifiedName(PlatformClock.class.getName())
                .and().doNotHaveFullyQualifiedName(RealTime.class.getName())
                .and().doNotHaveFullyQualifiedName(Ids.class.getName())
                .should(readNoWallClock())
                .because("business time comes from PlatformClock, real time from RealTime (Ids: the time part of new keys)")
                .check(main);
    }

    static class ReadsTheClock {
        Instant now() {
            return Instant.now();
        }

        Instant later() {
            return java.util.Optional.<Instant>empty().orElseGet(Instant::now);
        }

        long millis() {
            return System.currentTimeMillis() + new java.util.Date().getTime();
        }

        public static void main(String[] args) {
            System.out.println(Instant.now());
        }
    }

    @Test
    void theClockRuleCatchesCallsAndReferencesButNotACommandLineMain() {
        JavaClasses offender = new ClassFileImporter().importClasses(ReadsTheClock.class);
        AssertionError e = assertThrows(AssertionError.class, () -> classes().should(readNoWallClock()).check(offender));
        String m = e.getMessage();
        org.junit.jupiter.api.Assertions.assertTrue(m.contains("ReadsTheClock.now()") && m.contains("ReadsTheClock.later()")
                && m.contains("currentTimeMillis") && m.contains("Date.<init>()") && !m.contains("ReadsTheClock.main("), m);
    }

    /**
     * One clock (#16): main code reads wall time only through {@code PlatformClock} (business time) and {@code RealTime}
     * (real time). {@code System.nanoTime()} (durations) stays allowed, and so do command-line {@code main} methods.
     */
    static final Set<String> WALL_CLOCK = Set.of("java.time.Instant.now", "java.time.LocalDate.now",
            "java.time.LocalDateTime.now", "java.time.LocalTime.now", "java.time.ZonedDateTime.now",
            "java.time.OffsetDateTime.now", "java.time.OffsetTime.now", "java.time.YearMonth.now", "java.time.Year.now",
            "java.time.MonthDay.now", "java.lang.System.currentTimeMillis", "java.time.Clock.systemUTC",
            "java.time.Clock.systemDefaultZone", "java.time.Clock.system", "java.util.Calendar.getInstance");

    static ArchCondition<JavaClass> readNoWallClock() {
        return new ArchCondition<>("read the wall clock only through PlatformClock or RealTime") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                List<JavaAccess<?>> accesses = new ArrayList<>(c.getMethodCallsFromSelf());
                accesses.addAll(c.getMethodReferencesFromSelf());
                for (JavaAccess<?> a : accesses) {
                    String target = a.getTargetOwner().getFullName() + "." + a.getName();
                    if (WALL_CLOCK.contains(target) && !commandLine(a.getOrigin())) {
                        events.add(SimpleConditionEvent.violated(a, a.getDescription()));
                    }
                }
                for (JavaConstructorCall call : c.getConstructorCallsFromSelf()) {
                    if (call.getTargetOwner().isEquivalentTo(java.util.Date.class) && call.getTarget().getRawParameterTypes().isEmpty()) {
                        events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                    }
                }
            }
        };
    }

    private static boolean commandLine(JavaCodeUnit origin) {
        return origin.getName().equals("main") && origin.getModifiers().contains(JavaModifier.STATIC)
                && origin.getRawParameterTypes().size() == 1 && origin.getRawParameterTypes().get(0).isEquivalentTo(String[].class);
    }


    private static boolean secured(com.tngtech.archunit.core.domain.properties.CanBeAnnotated e) {
        return e.isAnnotatedWith(RolesAllowed.class) || e.isAnnotatedWith(PermitAll.class) || e.isAnnotatedWith(DenyAll.class);
    }

}
