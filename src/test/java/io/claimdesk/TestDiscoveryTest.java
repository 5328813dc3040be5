package io.claimdesk;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every test runs (issue 13): a class under {@code src/test/java} that declares tests must have a name that
 * Surefire or Failsafe picks up, or the build fails here. Two property tests once went unrun for months because
 * their names ended in {@code Properties}.
 *
 * <p>The patterns are the ones {@code pom.xml} configures: Surefire's default includes ({@code Test*},
 * {@code *Test}, {@code *Tests}, {@code *TestCase}; Maven Surefire documentation, "Inclusions and Exclusions of
 * Tests") minus {@code **}{@code /e2e/**}, and Failsafe's {@code **}{@code /e2e/**}{@code /*IT}. Benchmarks are
 * excluded by an explicit rule: classes in a {@code bench} package or named {@code *Benchmark} run from their own
 * command (docs/benchmarks.md), never in the test suite. Generators that run by hand are named {@code *Test} and
 * disabled unless their property is set, so the report shows them as skipped.
 */
class TestDiscoveryTest {

    private static final Path TEST_SOURCES = Path.of("src/test/java");

    /** Annotations of JUnit 5, jqwik and ArchUnit that make a class a test class. */
    private static final Pattern TEST_ANNOTATION = Pattern.compile(
            "^\\s*@(Test|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate|Property|Example|ArchTest)\\b",
            Pattern.MULTILINE);

    private static final Pattern SUREFIRE = Pattern.compile("(Test\\w*|\\w*Test|\\w*Tests|\\w*TestCase)");
    private static final Pattern FAILSAFE = Pattern.compile("\\w*IT");

    /** Why a test class would not run, or null when Surefire or Failsafe runs it (path relative to the root). */
    static String notRunBecause(Path relative) {
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
                : path + ": Surefire runs only classes named Test*, *Test, *Tests or *TestCase";
    }

    static boolean isBenchmark(String path, String name) {
        return path.contains("/bench/") || path.startsWith("bench/") || name.endsWith("Benchmark");
    }

    @Test
    void every_class_that_declares_tests_is_picked_up_by_surefire_or_failsafe() throws IOException {
        List<String> unrun;
        try (Stream<Path> files = Files.walk(TEST_SOURCES)) {
            unrun = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(TestDiscoveryTest::declaresTests)
                    .map(f -> notRunBecause(TEST_SOURCES.relativize(f)))
                    .filter(reason -> reason != null)
                    .toList();
        }
        assertThat(unrun).as("test classes that no plugin runs").isEmpty();
    }

    @Test
    void the_rule_matches_the_build_configuration() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
        assertThat(pom).as("Surefire excludes browser tests; Failsafe runs them as *IT")
                .contains("<exclude>**/e2e/**</exclude>")
                .contains("<include>**/e2e/**/*IT.java</include>");
    }

    @Test
    void a_test_class_renamed_to_a_pattern_nothing_picks_up_is_reported() {
        assertThat(notRunBecause(Path.of("io/claimdesk/core/text/CodePointsProperties.java")))
                .contains("Surefire");
        assertThat(notRunBecause(Path.of("io/claimdesk/e2e/MainJobTest.java"))).contains("Failsafe");
        assertThat(notRunBecause(Path.of("io/claimdesk/core/text/CodePointsPropertiesTest.java"))).isNull();
        assertThat(notRunBecause(Path.of("io/claimdesk/e2e/MainJobIT.java"))).isNull();
        assertThat(notRunBecause(Path.of("io/claimdesk/report/bench/CsvExportBenchmark.java"))).isNull();
        assertThat(notRunBecause(Path.of("io/claimdesk/upgrade/UpgradeFixtureGeneratorTest.java"))).isNull();
        assertThat(notRunBecause(Path.of("io/claimdesk/upgrade/UpgradeFixtureGenerator.java"))).contains("Surefire");
    }

    private static boolean declaresTests(Path file) {
        try {
            return TEST_ANNOTATION.matcher(Files.readString(file, StandardCharsets.UTF_8)).find();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
