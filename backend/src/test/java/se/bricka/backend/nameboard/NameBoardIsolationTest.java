package se.bricka.backend.nameboard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import se.bricka.backend.PrivacyModule;
import se.bricka.backend.extract.RegisterExtractAssembler;

/**
 * Names on name boards are never joined with tags, bookings or access events: the name-board package
 * uses none of that code, and none of it uses the name board. The one exception is the register
 * extract's assembler, which shows the tenant's own name-board entry as a section of its own (and the
 * wiring in {@link PrivacyModule}).
 */
@AnalyzeClasses(packages = "se.bricka.backend", importOptions = ImportOption.DoNotIncludeTests.class)
class NameBoardIsolationTest {

    @ArchTest
    static final ArchRule name_board_uses_no_tag_booking_or_access_code = noClasses()
            .that()
            .resideInAPackage("se.bricka.backend.nameboard..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "se.bricka.backend.accesslog..",
                    "se.bricka.backend.tags..",
                    "se.bricka.backend.booking..",
                    "se.bricka.backend.household..",
                    "se.bricka.backend.extract..",
                    "se.bricka.backend.push..",
                    "se.bricka.core.access..",
                    "se.bricka.core.tag..",
                    "se.bricka.core.booking..");

    @ArchTest
    static final ArchRule only_the_extract_assembler_reads_the_name_board = classes()
            .that()
            .resideInAPackage("se.bricka.backend.nameboard..")
            .should()
            .onlyHaveDependentClassesThat(JavaClass.Predicates.resideInAPackage("se.bricka.backend.nameboard..")
                    .or(JavaClass.Predicates.belongToAnyOf(RegisterExtractAssembler.class, PrivacyModule.class)));
}
