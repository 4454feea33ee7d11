package se.bricka.kiosk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The board's layering: models hold no nodes, the backend client knows no JavaFX, logs go to SLF4J. */
class ArchitectureTest {

    private static final JavaClasses KIOSK = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.bricka.kiosk");

    @Test
    void presentation_models_hold_no_nodes() {
        noClasses()
                .that()
                .resideInAPackage("se.bricka.kiosk.booking")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(KIOSK);
    }

    @Test
    void the_backend_client_knows_nothing_of_the_screen() {
        noClasses()
                .that()
                .resideInAPackage("se.bricka.kiosk.backend..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..", "se.bricka.kiosk.booking..")
                .check(KIOSK);
    }

    @Test
    void only_the_view_and_the_assembly_use_the_models_widgets() {
        noClasses()
                .that()
                .resideInAnyPackage("se.bricka.kiosk.booking", "se.bricka.kiosk.backend..", "se.bricka.kiosk.fx..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("se.bricka.kiosk.booking.view..", "se.bricka.kiosk.demo..")
                .check(KIOSK);
    }

    @Test
    void nothing_writes_to_standard_streams() {
        NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(KIOSK);
    }

    @Test
    void logging_goes_through_slf4j() {
        NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(KIOSK);
    }
}
