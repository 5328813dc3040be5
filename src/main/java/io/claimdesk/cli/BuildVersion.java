package io.claimdesk.cli;

import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The build this jar was made from, read from the files the build writes onto the class path:
 * {@code META-INF/build-info.properties} (spring-boot-maven-plugin {@code build-info}: version, time, UTC) and
 * {@code git.properties} (git-commit-id-maven-plugin: commit, branch). The same files feed {@code /actuator/info}.
 *
 * @param version    the Maven version, e.g. {@code 0.1.0-SNAPSHOT}; {@code unknown} when built without build-info
 * @param buildTime  ISO-8601 UTC time of the build, or null
 * @param commit     abbreviated git commit, or null when built outside git
 * @param branch     git branch, or null
 * @param dirty      whether the working tree had uncommitted changes
 */
public record BuildVersion(String version, @Nullable String buildTime, @Nullable String commit,
                           @Nullable String branch, boolean dirty) {

    /** Reads the build's files from the class path (missing files give {@code unknown} / null fields). */
    public static BuildVersion fromClasspath() {
        Properties build = load("META-INF/build-info.properties");
        Properties git = load("git.properties");
        return new BuildVersion(build.getProperty("build.version", "unknown"), build.getProperty("build.time"),
                git.getProperty("git.commit.id.abbrev"), git.getProperty("git.branch"),
                Boolean.parseBoolean(git.getProperty("git.dirty", "false")));
    }

    /** One line, e.g. {@code Claimdesk 0.1.0-SNAPSHOT (commit 3bff282 on main, built 2026-11-30T14:17:10.657Z)}. */
    public String describe() {
        StringBuilder s = new StringBuilder("Claimdesk ").append(version);
        StringBuilder details = new StringBuilder();
        if (commit != null) {
            details.append("commit ").append(commit).append(dirty ? " with uncommitted changes" : "");
            if (branch != null) {
                details.append(" on ").append(branch);
            }
        }
        if (buildTime != null) {
            details.append(details.isEmpty() ? "" : ", ").append("built ").append(buildTime);
        }
        return details.isEmpty() ? s.toString() : s.append(" (").append(details).append(')').toString();
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = BuildVersion.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
        return properties;
    }
}
