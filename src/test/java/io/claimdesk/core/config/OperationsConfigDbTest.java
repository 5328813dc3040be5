package io.claimdesk.core.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Operations in one place: settings from {@code <data-dir>/claimdesk.properties} below the environment, system
 * properties and the command line, and the log in a file under {@code <data-dir>/logs} as well as the console.
 */
class OperationsConfigDbTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ClaimdeskProperties.class)
    static class Settings {
    }

    private static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(Settings.class).web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF).logStartupInfo(false).run(args);
    }

    @Test
    void the_file_in_the_data_directory_sets_what_the_command_line_does_not(@TempDir Path dataDir)
            throws IOException {
        Files.writeString(dataDir.resolve("claimdesk.properties"), """
                claimdesk.organisation.name=Desk from the file
                claimdesk.intake.max-upload-size=3MB
                claimdesk.security.max-failures=9
                """, StandardCharsets.UTF_8);
        try (ConfigurableApplicationContext context = start("--claimdesk.data-dir=" + dataDir,
                "--claimdesk.security.max-failures=7")) {
            ClaimdeskProperties settings = context.getBean(ClaimdeskProperties.class);
            assertThat(settings.organisation().name()).isEqualTo("Desk from the file");
            assertThat(settings.intake().maxUploadSize()).isEqualTo(DataSize.ofMegabytes(3));
            assertThat(settings.security().maxFailures()).as("the command line wins over the file").isEqualTo(7);
            assertThat(settings.security().lockDuration()).as("built-in default").isEqualTo(Duration.ofSeconds(60));
        }
    }

    @Test
    void without_the_file_the_defaults_apply(@TempDir Path dataDir) {
        try (ConfigurableApplicationContext context = start("--claimdesk.data-dir=" + dataDir)) {
            ClaimdeskProperties settings = context.getBean(ClaimdeskProperties.class);
            assertThat(settings.organisation().name()).isEqualTo("Claimdesk newsroom");
            assertThat(settings.intake().maxUploadSize()).isEqualTo(DataSize.ofMegabytes(10));
        }
    }

    @Test
    void the_log_goes_to_a_file_in_the_data_directory(@TempDir Path dataDir) throws IOException {
        String line = "operations test line " + System.nanoTime();
        try (ConfigurableApplicationContext ignored = start("--claimdesk.data-dir=" + dataDir)) {
            LoggerFactory.getLogger(OperationsConfigDbTest.class).warn(line);
        }
        Path log = dataDir.resolve("logs").resolve("claimdesk.log");
        assertThat(log).exists();
        assertThat(Files.readString(log, StandardCharsets.UTF_8)).contains(line);
    }
}
