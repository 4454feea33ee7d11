package se.bricka.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private final JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.bricka.core");

    @Test
    void booking_core_depends_on_the_jdk_only() {
        classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("se.bricka.core..", "java..", "javax.crypto..")
                .because("the domain knows no machinery: no HTTP, SQL, JavaFX or GPIO")
                .check(core);
    }

    @Test
    void booking_core_writes_nothing_to_the_console() {
        noClasses()
                .should()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err")
                .because("a library reports through return values and exceptions, not the console")
                .check(core);
    }

    @Test
    void the_wire_contract_does_not_reach_into_demo_data() {
        noClasses()
                .that()
                .resideInAPackage("se.bricka.core.wire..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("se.bricka.core.demo..")
                .check(core);
    }
}
