package io.claimdesk.upgrade;

import io.claimdesk.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Migrations are numbered by issue ({@code V<issue>_<n>}), so a release can bring a migration numbered below one a
 * desk already has: the release of 2026-11-30 (main e8c5be4) ended at V18_1, the next one adds V12_12, V14_3, V14_4,
 * V16_1 and V17_1. A database of that release must upgrade (Flyway {@code outOfOrder}, set in application.yml), and
 * without that setting Flyway would refuse to start.
 */
class OutOfOrderMigrationDbTest {

    /** The migrations of the release that ended at V18_1. */
    static final Set<String> RELEASE_E8C5BE4 = Set.of("V1__accounts.sql", "V2__articles.sql",
            "V3__claims_and_history.sql", "V4__sources_and_evidence.sql", "V7__evidence_extras.sql",
            "V8__review.sql", "V10__search.sql", "V11__similarity_knn.sql", "V12_1__history_sequence.sql",
            "V12_10__login_attempts.sql", "V12_11__api_tokens.sql", "V14_1__https_source_keys_and_entered_urls.sql",
            "V14_2__search_folds_persian_urdu_kurdish.sql", "V15_1__publisher_settings.sql",
            "V18_1__claim_figures.sql");

    @Test
    void a_database_of_the_previous_release_takes_the_lower_numbered_migrations_of_this_one(@TempDir Path old)
            throws Exception {
        Resource[] all = new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/*.sql");
        for (Resource r : all) {
            if (RELEASE_E8C5BE4.contains(r.getFilename())) {
                try (InputStream in = r.getInputStream()) {
                    Files.copy(in, old.resolve(r.getFilename()));
                }
            }
        }
        assertThat(old.toFile().list()).hasSize(RELEASE_E8C5BE4.size());

        TestDatabase server = TestDatabase.get();
        String database = "claimdesk_out_of_order";
        String url = server.url().replaceFirst("/[^/?]+(\\?.*)?$", "/" + database + "$1");
        try (Connection c = DriverManager.getConnection(server.url(), server.user(), server.password());
             Statement s = c.createStatement()) {
            s.execute("drop database if exists " + database + " with (force)");
            s.execute("create database " + database + " encoding 'UTF8' template template0");
        }
        Flyway.configure().dataSource(url, server.user(), server.password())
                .locations("filesystem:" + old).load().migrate();

        List<String> pending = Arrays.stream(Flyway.configure().dataSource(url, server.user(), server.password())
                        .locations("classpath:db/migration").outOfOrder(true).load().info().pending())
                .map(MigrationInfo::getScript).toList();
        assertThat(pending).as("this release's new migrations").isNotEmpty()
                .allMatch(script -> !RELEASE_E8C5BE4.contains(script));

        assertThatThrownBy(() -> Flyway.configure().dataSource(url, server.user(), server.password())
                .locations("classpath:db/migration").load().migrate())
                .as("without outOfOrder a lower pending version is refused")
                .hasMessageContaining("Detected resolved migration not applied to database");

        Flyway.configure().dataSource(url, server.user(), server.password())
                .locations("classpath:db/migration").outOfOrder(true).load().migrate();
        assertThat(Flyway.configure().dataSource(url, server.user(), server.password())
                .locations("classpath:db/migration").outOfOrder(true).load().info().pending()).isEmpty();
        try (Connection c = DriverManager.getConnection(server.url(), server.user(), server.password());
             Statement s = c.createStatement()) {
            s.execute("drop database if exists " + database + " with (force)");
        }
    }
}
