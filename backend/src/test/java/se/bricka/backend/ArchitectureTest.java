package se.bricka.backend;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** The backend's house rules, checked on its compiled classes. */
@AnalyzeClasses(packages = "se.bricka.backend", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The command line's entry point hands standard output to the commands, whose results are printed. */
    @ArchTest
    static final ArchRule logs_through_slf4j_only = noClasses()
            .that()
            .doNotHaveFullyQualifiedName(Main.class.getName())
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS);

    @ArchTest
    static final ArchRule no_java_util_logging = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

    @ArchTest
    static final ArchRule persistence_knows_no_http = noClasses()
            .that()
            .resideInAnyPackage("..persistence..", "..demo..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.javalin..", "se.bricka.backend.http..");

    /** SQL lives in repositories and the migration; HTTP lives in routes, the authenticator and http. */
    @ArchTest
    static final ArchRule only_routes_see_javalin = noClasses()
            .that()
            .haveSimpleNameEndingWith("Repository")
            .or()
            .haveSimpleNameEndingWith("Service")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.javalin..");

    /** Services reach the database through the Transactor, so every write is in one transaction. */
    @ArchTest
    static final ArchRule routes_do_not_touch_jdbc = noClasses()
            .that()
            .haveSimpleNameEndingWith("Routes")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("java.sql..");
}
