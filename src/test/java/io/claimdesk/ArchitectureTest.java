package io.claimdesk;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import java.util.List;
import java.util.Set;

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
                    "io.claimdesk.review..", "io.claimdesk.notification..", "io.claimdesk.report..", "io.claimdesk.user..");

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

    /**
     * No feature writes another feature's tables, and only a feature's {@code domain} writes its own; in particular
     * only {@code claim.domain} writes {@code claim} (issue 13). How a write is recognised: {@link TableOwnership}.
     */
    @ArchTest
    static final ArchRule features_write_only_their_own_tables = TableOwnership.RULE;

    @ArchTest
    static final ArchRule views_do_not_use_controllers = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAPackage("..api..");

    /**
     * The features from the bottom up (docs/architecture.md). A feature uses only the features below it; a feature
     * above contributes to a page below through the extension beans of {@code core.ui} ({@code ClaimPageSection},
     * {@code ClaimSelectionActions}, {@code ArticlePageAction}, {@code NavigationEntry}, {@code HeaderItem}).
     */
    static final List<String> FEATURES_BOTTOM_UP = List.of(
            "user", "search", "article", "claim", "evidence", "review", "notification", "report", "cli");

    @ArchTest
    static void features_use_only_the_features_below_them(JavaClasses classes) {
        for (int i = 0; i < FEATURES_BOTTOM_UP.size(); i++) {
            String feature = FEATURES_BOTTOM_UP.get(i);
            String[] above = FEATURES_BOTTOM_UP.subList(i + 1, FEATURES_BOTTOM_UP.size()).stream()
                    .map(f -> "io.claimdesk." + f + "..").toArray(String[]::new);
            if (above.length == 0) {
                continue;
            }
            noClasses().that().resideInAPackage("io.claimdesk." + feature + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(above)
                    .because(feature + " sits below " + String.join(", ", above)
                            + "; features above contribute through the extension beans of core.ui")
                    .check(classes);
        }
    }

    /**
     * A feature's repositories run its SQL and are its own: no class of another feature (or of {@code core}) uses
     * them, whatever its layer; other features ask the owner's services (docs/architecture.md).
     */
    @ArchTest
    static void no_feature_uses_another_features_repositories(JavaClasses classes) {
        for (String feature : FEATURES_BOTTOM_UP) {
            String own = "io.claimdesk." + feature + "..";
            noClasses().that().resideOutsideOfPackage(own)
                    .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage(own)
                            .and(JavaClass.Predicates.simpleNameEndingWith("Repository")))
                    .because("the repositories of " + feature + " are its own; other features use its services")
                    .check(classes);
        }
    }

    /**
     * The pieces of a feature's UI that features above it may use: the highlighted text of {@code search}, the
     * article views and form of {@code article} (navigation targets and the metadata form of the reader), and the
     * evidence card and stance badge of {@code evidence} (the review view shows evidence as the claim page does).
     * Everything else of another feature's {@code ui}, and all of its {@code api}, is its own.
     */
    static final Set<String> PUBLISHED_UI = Set.of("io.claimdesk.search.ui.HighlightedText",
            "io.claimdesk.article.ui.ArticlesView", "io.claimdesk.article.ui.ImportView",
            "io.claimdesk.article.ui.ArticleMetadataForm", "io.claimdesk.evidence.ui.EvidenceCard",
            "io.claimdesk.evidence.ui.StanceBadge");

    @ArchTest
    static void features_use_no_other_features_views_or_controllers_but_the_published_ones(JavaClasses classes) {
        for (String feature : FEATURES_BOTTOM_UP) {
            String[] othersUiAndApi = FEATURES_BOTTOM_UP.stream().filter(f -> !f.equals(feature))
                    .flatMap(f -> java.util.stream.Stream.of("io.claimdesk." + f + ".ui..", "io.claimdesk." + f + ".api.."))
                    .toArray(String[]::new);
            noClasses().that().resideInAPackage("io.claimdesk." + feature + "..")
                    .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(othersUiAndApi)
                            .and(DescribedPredicate.not(JavaClass.Predicates.belongToAnyOf(published()))))
                    .because("a feature adds to another's pages through the extension beans of core.ui, and uses "
                            + "only the published UI pieces " + PUBLISHED_UI)
                    .check(classes);
        }
    }

    private static Class<?>[] published() {
        return PUBLISHED_UI.stream().map(name -> {
            try {
                return Class.forName(name, false, ArchitectureTest.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("published UI class " + name + " is gone; update PUBLISHED_UI", e);
            }
        }).toArray(Class<?>[]::new);
    }
}
