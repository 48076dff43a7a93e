package io.suanli.arch;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The boundaries between the four code modules, checked on their compiled classes (the reactor builds them before
 * this module): the WARs and the batch jobs reach the core only through its {@code application} packages, the
 * shared kernel and the value types (records and enums) those return; never the core's infrastructure or entities,
 * never the integration module (the connectors are the core's business). The core's own rules are in
 * {@code ejb-core}'s {@code ArchitectureTest}.
 */
class ModuleBoundariesTest {

    static final List<String> MODULES = List.of("ejb-core", "batch-jobs", "web-portal", "web-console");

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
}
