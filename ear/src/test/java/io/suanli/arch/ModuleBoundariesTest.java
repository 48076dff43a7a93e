package io.suanli.arch;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The boundaries between the four code modules, checked on their compiled classes (the reactor builds them before
 * this module): the WARs and the batch jobs reach the core only through its {@code application} packages, the
 * shared kernel and the value types (records and enums) those return; never the core's infrastructure or entities,
 * never the integration module (the connectors are the core's business). The core's own rules are in
 * {@code ejb-core}'s {@code ArchitectureTest}.
 */
class ModuleBoundariesTest {

    static final List<String> MODULES = List.of("integration", "ejb-core", "batch-jobs", "web-portal", "web-console");

    static JavaClasses classes;

    @BeforeAll
    static void importModules() {
        ClassFileImporter importer = new ClassFileImporter();
        List<Path> dirs = MODULES.stream().map(m -> Path.of("..", m, "target", "classes")).toList();
        dirs.forEach(d -> assertTrue(Files.isDirectory(d), d + " is not built: run the reactor (./mvnw verify) from the top"));
        classes = importer.importPaths(dirs);
    }

    /** A class of a context's domain (not the shared kernel) that is not a value: an entity, a service, an interface. */
    static final DescribedPredicate<JavaClass> DOMAIN_OBJECTS = new DescribedPredicate<>("domain classes that are not records or enums") {
        @Override
        public boolean test(JavaClass type) {
            JavaClass c = type.isArray() ? type.getBaseComponentType() : type;
            String p = c.getPackageName();
            boolean contextDomain = p.startsWith("io.suanli.core.") && p.contains(".domain") && !p.startsWith("io.suanli.core.shared.");
            return contextDomain && !c.isRecord() && !c.isEnum() && !(c.getEnclosingClass().map(JavaClass::isEnum).orElse(false));
        }
    };

    @Test
    void webAndBatchNeverUseTheIntegrationModuleOrTheCoresInfrastructure() {
        noClasses().that().resideInAnyPackage("io.suanli.web..", "io.suanli.batch..")
                .should().dependOnClassesThat().resideInAnyPackage("io.suanli.integration..", "io.suanli.core..infrastructure..")
                .check(classes);
    }

    @Test
    void webAndBatchUseOfTheDomainIsLimitedToValues() {
        noClasses().that().resideInAnyPackage("io.suanli.web..", "io.suanli.batch..")
                .should().dependOnClassesThat(DOMAIN_OBJECTS)
                .check(classes);
    }

    /** Money moves by customer id (the ledger engine) are reached only through the use cases that check the caller. */
    @Test
    void webAndBatchNeverCallAnInternalService() {
        noClasses().that().resideInAnyPackage("io.suanli.web..", "io.suanli.batch..")
                .should().dependOnClassesThat().areAnnotatedWith("io.suanli.core.shared.domain.InternalApi")
                .check(classes);
    }

    @Test
    void thePortalAndTheConsoleAreIndependentAndTheBatchJobsKnowNoWeb() {
        noClasses().that().resideInAPackage("io.suanli.web.portal..").should().dependOnClassesThat().resideInAPackage("io.suanli.web.console..")
                .check(classes);
        noClasses().that().resideInAPackage("io.suanli.web.console..").should().dependOnClassesThat().resideInAPackage("io.suanli.web.portal..")
                .check(classes);
        noClasses().that().resideInAPackage("io.suanli.batch..").should().dependOnClassesThat().resideInAPackage("io.suanli.web..")
                .check(classes);
        noClasses().that().resideInAPackage("io.suanli.core..").should().dependOnClassesThat().resideInAnyPackage("io.suanli.web..", "io.suanli.batch..")
                .check(classes);
    }

    /** No main class of any module reads the wall clock but the two clocks (and the key generator). */
    @Test
    void mainCodeReadsTheTimeOnlyThroughTheClockClasses() {
        classes().that().doNotHaveFullyQualifiedName("io.suanli.core.shared.application.PlatformClock")
                .and().doNotHaveFullyQualifiedName("io.suanli.core.shared.application.RealTime")
                .and().doNotHaveFullyQualifiedName("io.suanli.core.shared.domain.Ids")
                .should(readNoWallClock())
                .because("business time comes from PlatformClock, real time from RealTime (Ids: the time part of new keys)")
                .check(classes);
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
}
