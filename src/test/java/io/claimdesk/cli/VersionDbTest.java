package io.claimdesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimdesk.support.Api;
import io.claimdesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code java -jar claimdesk.jar version} and {@code /actuator/info} name the same build. */
class VersionDbTest extends IntegrationTest {

    @Test
    void version_command_prints_the_build_version_commit_and_time() throws IOException {
        Properties build = load("META-INF/build-info.properties");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = ClaimdeskCli.run(new String[]{"version"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err);
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo(BuildVersion.fromClasspath().describe())
                .startsWith("Claimdesk " + build.getProperty("build.version") + " (")
                .endsWith("built " + build.getProperty("build.time") + ")");
    }

    @Test
    void actuator_info_names_the_build_without_signing_in() throws IOException {
        Properties build = load("META-INF/build-info.properties");
        Api.Response info = new Api(baseUrl(), null, null).get("/actuator/info");
        assertThat(info.status()).as(info.body()).isEqualTo(200);
        JsonNode json = info.json();
        assertThat(json.get("build").get("version").asText()).isEqualTo(build.getProperty("build.version"));
        assertThat(json.get("build").get("name").asText()).isEqualTo("Claimdesk");
        BuildVersion version = BuildVersion.fromClasspath();
        if (version.commit() != null) {
            assertThat(json.get("git").get("commit").get("id").asText()).isEqualTo(version.commit());
        }
    }

    @Test
    void describe_gives_version_commit_branch_and_build_time_in_one_line() {
        assertThat(new BuildVersion("1.2.0", "2026-11-30T14:17:10.657Z", "3bff282", "main", false).describe())
                .isEqualTo("Claimdesk 1.2.0 (commit 3bff282 on main, built 2026-11-30T14:17:10.657Z)");
        assertThat(new BuildVersion("1.2.0", null, "3bff282", null, true).describe())
                .isEqualTo("Claimdesk 1.2.0 (commit 3bff282 with uncommitted changes)");
        assertThat(new BuildVersion("unknown", null, null, null, false).describe()).isEqualTo("Claimdesk unknown");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = VersionDbTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource + " written by the build").isNotNull();
            properties.load(in);
        }
        return properties;
    }
}
