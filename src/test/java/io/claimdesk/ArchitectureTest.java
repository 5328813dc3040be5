package io.claimdesk;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The package rules of DESIGN.md: features are packages with {@code domain}, {@code ui} and {@code api} inside;
 * {@code core} depends on no feature; views and controllers call services, never SQL; domain code knows
 * neither views nor controllers.
 */
@AnalyzeClasses(packages = "io.claimdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule core_depends_on_no_feature = noClasses()
            .that().resideInAPackage("io.claimdesk.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.claimdesk.article..", "io.claimdesk.claim..", "io.claimdesk.evidence..",
                    "io.claimdesk.review..", "io.claimdesk.report..", "io.claimdesk.user..");

    @ArchTest
    static final ArchRule views_and_controllers_run_no_sql = noClasses()
            .that().resideInAnyPackage("..ui..", "..api..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.jooq.DSLContext")
            .orShould().dependOnClassesThat().resideInAPackage("io.claimdesk.db.tables.records..");

    @ArchTest
    static final ArchRule domain_knows_no_views_or_controllers = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..ui..", "..api..")
            .orShould().dependOnClassesThat().resideInAPackage("com.vaadin.flow.component..");

    @ArchTest
    static final ArchRule views_do_not_use_controllers = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAPackage("..api..");
}
