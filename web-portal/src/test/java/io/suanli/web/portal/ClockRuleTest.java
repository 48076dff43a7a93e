package io.suanli.web.portal;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** One clock (#16), as ejb-core's {@code ArchitectureTest}: this module reads time from PlatformClock or RealTime only. */
class ClockRuleTest {

    @Test
    void mainCodeReadsTheTimeOnlyThroughTheClockClasses() {
        classes().should(readNoWallClock())
                .because("business time comes from PlatformClock, real time from RealTime")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.suanli.web.portal"));
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
