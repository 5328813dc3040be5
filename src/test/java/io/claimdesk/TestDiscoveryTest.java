package io.claimdesk;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every test runs, and its name says what kind of test it is (issue 13). The scheme (README, "Tests"):
 *
 * <ul>
 *   <li>{@code *Test}: unit test, no database, no Spring context (seconds);</li>
 *   <li>{@code *DbTest}: integration test on PostgreSQL: extends {@code support.IntegrationTest} (the whole
 *       application on the shared test database), or starts a database or an application of its own
 *       ({@code TestDatabase}, {@code ScratchDatabase}, {@code EmbeddedDatabase}, {@code RunningClaimdesk}, a
 *       {@code SpringApplication});</li>
 *   <li>{@code *UiTest}: browserless UI test (Karibu-Testing), extends {@code support.KaribuTest} (also on
 *       PostgreSQL);</li>
 *   <li>{@code *IT}: browser test in Chromium under {@code e2e/}, extends {@code e2e.BrowserTest} (Failsafe).</li>
 * </ul>
 *
 * Surefire runs {@code **}{@code /*Test.java} outside {@code e2e/} (so {@code *DbTest} and {@code *UiTest} too);
 * Failsafe runs {@code **}{@code /e2e/**}{@code /*IT.java} ({@code pom.xml}). A class that declares tests fails
 * here when no plugin would run it, or when its suffix does not match its kind (e.g. a Karibu test not named
 * {@code *UiTest}, a class on the database named {@code *Test}). Two property tests once went unrun for months
 * because their names ended in {@code Properties}. Benchmarks are excluded by an explicit rule: classes in a
 * {@code bench} package or named {@code *Benchmark} run from their own command (docs/benchmarks.md). Generators
 * that run by hand are named by their kind and disabled unless their property is set, so the report shows them
 * as skipped.
 */
class TestDiscoveryTest {

    private static final Path TEST_SOURCES = Path.of("src/test/java");
    private static final Path TEST_CLASSES = Path.of("target/test-classes");

    /** Annotations of JUnit 5, jqwik and ArchUnit that make a class a test class. */
    private static final Pattern TEST_ANNOTATION = Pattern.compile(
            "^\\s*@(Test|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate|Property|Example|ArchTest)\\b",
            Pattern.MULTILINE);

    private static final Pattern SUREFIRE = Pattern.compile("\\w*Test");
    private static final Pattern FAILSAFE = Pattern.compile("\\w*IT");

    /** Classes whose use makes a test run on a database (or a whole application) of its own. */
    private static final Set<String> DATABASE_MARKERS = Set.of(
            "io.claimdesk.support.TestDatabase", "io.claimdesk.support.ScratchDatabase",
            "io.claimdesk.core.db.EmbeddedDatabase", "io.claimdesk.upgrade.RunningClaimdesk", "java.sql.DriverManager",
            "org.springframework.boot.SpringApplication", "org.springframework.boot.builder.SpringApplicationBuilder");

    /** The kinds of tests, each with its class-name suffix. */
    enum Kind {
        UNIT("Test"), DATABASE("DbTest"), UI("UiTest"), BROWSER("IT");

        final String suffix;

        Kind(String suffix) {
            this.suffix = suffix;
        }

        /** The kind a class name claims; the longest matching suffix wins ({@code FooDbTest} is DATABASE). */
        static @Nullable Kind named(String name) {
            if (name.endsWith(UI.suffix)) {
                return UI;
            }
            if (name.endsWith(DATABASE.suffix)) {
                return DATABASE;
            }
            if (name.endsWith(UNIT.suffix)) {
                return UNIT;
            }
            return name.endsWith(BROWSER.suffix) ? BROWSER : null;
        }
    }

    private static JavaClasses compiled;

    @BeforeAll
    static void importTestClasses() {
        compiled = new ClassFileImporter().importPath(TEST_CLASSES);
    }

    /** Why a test class would not run, or null when Surefire or Failsafe runs it (path relative to the root). */
    static @Nullable String notRunBecause(Path relative) {
        String file = relative.getFileName().toString();
        String name = file.substring(0, file.length() - ".java".length());
        String path = relative.toString().replace('\\', '/');
        boolean e2e = path.contains("/e2e/") || path.startsWith("e2e/");
        if (isBenchmark(path, name)) {
            return null;
        }
        if (e2e) {
            return FAILSAFE.matcher(name).matches() ? null
                    : path + ": browser tests under e2e/ run only when named *IT (Failsafe)";
        }
        return SUREFIRE.matcher(name).matches() ? null
                : path + ": Surefire runs only classes named *Test (*Test, *DbTest, *UiTest) outside e2e/";
    }

    static boolean isBenchmark(String path, String name) {
        return path.contains("/bench/") || path.startsWith("bench/") || name.endsWith("Benchmark");
    }

    /** What a compiled test class is, from its supertypes and what it (with its nested classes) uses. */
    static Kind kindOf(JavaClass c, JavaClasses all) {
        if (c.isAssignableTo("io.claimdesk.e2e.BrowserTest")) {
            return Kind.BROWSER;
        }
        if (c.isAssignableTo("io.claimdesk.support.KaribuTest")) {
            return Kind.UI;
        }
        if (c.isAssignableTo("io.claimdesk.support.IntegrationTest")) {
            return Kind.DATABASE;
        }
        boolean database = all.stream()
                .filter(k -> k.equals(c) || k.getName().startsWith(c.getName() + "$"))
                .flatMap(k -> k.getDirectDependenciesFromSelf().stream())
                .anyMatch(d -> DATABASE_MARKERS.contains(d.getTargetClass().getName()));
        return database ? Kind.DATABASE : Kind.UNIT;
    }

    /** Why the name of a test class does not say its kind, or null when it does. */
    static @Nullable String misnamedBecause(String simpleName, Kind kind) {
        Kind claimed = Kind.named(simpleName);
        return claimed == kind ? null : simpleName + " is a " + kind.name().toLowerCase(java.util.Locale.ROOT)
                + " test and must end in " + kind.suffix;
    }

    @Test
    void every_class_that_declares_tests_is_picked_up_by_surefire_or_failsafe() throws IOException {
        List<String> unrun = testSources().stream()
                .map(f -> notRunBecause(TEST_SOURCES.relativize(f)))
                .filter(reason -> reason != null)
                .toList();
        assertThat(unrun).as("test classes that no plugin runs").isEmpty();
    }

    @Test
    void every_test_class_is_named_for_its_kind() throws IOException {
        List<String> misnamed = new ArrayList<>();
        for (Path f : testSources()) {
            String relative = TEST_SOURCES.relativize(f).toString().replace('\\', '/');
            String name = relative.substring(0, relative.length() - ".java".length()).replace('/', '.');
            if (isBenchmark(relative, name)) {
                continue;
            }
            assertThat(compiled.contain(name)).as("compiled test class %s (run test-compile first)", name).isTrue();
            String reason = misnamedBecause(compiled.get(name).getSimpleName(), kindOf(compiled.get(name), compiled));
            if (reason != null) {
                misnamed.add(reason);
            }
        }
        assertThat(misnamed).as("test classes whose suffix does not say their kind").isEmpty();
    }

    @Test
    void the_rule_matches_the_build_configuration() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
        assertThat(pom).as("Surefire runs *Test outside e2e/; Failsafe runs them as *IT")
                .contains("<include>**/*Test.java</include>")
                .contains("<exclude>**/e2e/**</exclude>")
                .contains("<include>**/e2e/**/*IT.java</include>");
    }

    @Test
    void a_test_class_renamed_to_a_pattern_nothing_picks_up_is_reported() {
        assertThat(notRunBecause(Path.of("io/claimdesk/core/text/CodePointsProperties.java")))
                .contains("Surefire");
        assertThat(notRunBecause(Path.of("io/claimdesk/core/text/CodePointsTests.java"))).contains("Surefire");
        assertThat(notRunBecause(Path.of("io/claimdesk/e2e/MainJobTest.java"))).contains("Failsafe");
        assertThat(notRunBecause(Path.of("io/claimdesk/core/text/CodePointsPropertiesTest.java"))).isNull();
        assertThat(notRunBecause(Path.of("io/claimdesk/claim/ui/ReaderViewUiTest.java"))).isNull();
        assertThat(notRunBecause(Path.of("io/claimdesk/e2e/MainJobIT.java"))).isNull();
        assertThat(notRunBecause(Path.of("io/claimdesk/report/bench/CsvExportBenchmark.java"))).isNull();
        assertThat(notRunBecause(Path.of("io/claimdesk/upgrade/UpgradeFixtureGeneratorDbTest.java"))).isNull();
        assertThat(notRunBecause(Path.of("io/claimdesk/upgrade/UpgradeFixtureGenerator.java"))).contains("Surefire");
    }

    @Test
    void a_test_class_whose_suffix_does_not_say_its_kind_is_reported() {
        // the kinds of real classes of each sort
        assertThat(kindOf(compiled.get("io.claimdesk.review.ui.ArabicErrorPathsUiTest"), compiled))
                .isEqualTo(Kind.UI);
        assertThat(kindOf(compiled.get("io.claimdesk.review.api.ReviewApiDbTest"), compiled))
                .isEqualTo(Kind.DATABASE);
        assertThat(kindOf(compiled.get("io.claimdesk.core.db.EmbeddedDatabaseDbTest"), compiled))
                .as("starts a database of its own").isEqualTo(Kind.DATABASE);
        assertThat(kindOf(compiled.get("io.claimdesk.claim.domain.anchor.AnchorsTest"), compiled))
                .isEqualTo(Kind.UNIT);
        assertThat(kindOf(compiled.get("io.claimdesk.e2e.MainJobIT"), compiled)).isEqualTo(Kind.BROWSER);
        // a Karibu test named like a unit or a database test, a database test named like a unit test, and back
        assertThat(misnamedBecause("ReaderViewTest", Kind.UI)).contains("must end in UiTest");
        assertThat(misnamedBecause("ReaderViewDbTest", Kind.UI)).contains("must end in UiTest");
        assertThat(misnamedBecause("ReviewApiTest", Kind.DATABASE)).contains("must end in DbTest");
        assertThat(misnamedBecause("AnchorsDbTest", Kind.UNIT)).contains("must end in Test");
        assertThat(misnamedBecause("MainJobTest", Kind.BROWSER)).contains("must end in IT");
        assertThat(misnamedBecause("ReaderViewUiTest", Kind.UI)).isNull();
        assertThat(misnamedBecause("AnchorsTest", Kind.UNIT)).isNull();
    }

    private static List<Path> testSources() throws IOException {
        try (Stream<Path> files = Files.walk(TEST_SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).filter(TestDiscoveryTest::declaresTests).toList();
        }
    }

    private static boolean declaresTests(Path file) {
        try {
            return TEST_ANNOTATION.matcher(Files.readString(file, StandardCharsets.UTF_8)).find();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
