package se.bricka.hw;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private final JavaClasses hardware = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.bricka.hw");

    @Test
    void drivers_wait_through_the_sleeper_so_tests_need_no_real_time() {
        noClasses()
                .that()
                .resideOutsideOfPackage("se.bricka.hw.time..")
                .should()
                .callMethod(Thread.class, "sleep", long.class)
                .orShould()
                .callMethod(Thread.class, "sleep", Duration.class)
                .because("timing is injected (Sleeper, Scheduler) so tests are fast and deterministic")
                .check(hardware);
    }

    @Test
    void the_hardware_layer_logs_through_slf4j_and_writes_nothing_to_the_console() {
        noClasses()
                .should()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err")
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage("java.util.logging..")
                .check(hardware);
    }

    @Test
    void readers_and_doors_do_not_know_each_other() {
        noClasses()
                .that()
                .resideInAPackage("se.bricka.hw.reader..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("se.bricka.hw.door..", "se.bricka.hw.config..")
                .check(hardware);
    }

    @Test
    void only_the_configuration_chooses_between_devices() {
        noClasses()
                .that()
                .resideOutsideOfPackage("se.bricka.hw.config..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("se.bricka.hw.config..")
                .because("real or simulated is chosen by configuration, in one place")
                .check(hardware);
    }
}
