package io.claimdesk.core.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.claimdesk.core.config.ClaimdeskProperties;
import org.jooq.conf.RenderQuotedNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jooq.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.nio.file.Path;

/**
 * The application's one database: an external PostgreSQL when {@code CLAIMDESK_DB_URL} is set, otherwise an
 * embedded PostgreSQL whose cluster lives in {@code CLAIMDESK_DATA_DIR/postgres} and survives restarts. The mode
 * is logged at start-up.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfig {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfig.class);

    @Bean(destroyMethod = "close")
    EmbeddedDatabaseHolder embeddedDatabase(ClaimdeskProperties properties) {
        if (properties.db().external()) {
            return new EmbeddedDatabaseHolder(null);
        }
        Path cluster = properties.dataDir().resolve("postgres").toAbsolutePath().normalize();
        EmbeddedDatabase db = EmbeddedDatabase.start(cluster, true, "claimdesk");
        log.info("Database mode: EMBEDDED PostgreSQL, data in {} (port {})", cluster, db.port());
        return new EmbeddedDatabaseHolder(db);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(ClaimdeskProperties properties, EmbeddedDatabaseHolder embedded) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("claimdesk");
        config.setMaximumPoolSize(20);
        if (properties.db().external()) {
            config.setJdbcUrl(properties.db().url());
            config.setUsername(properties.db().user());
            config.setPassword(properties.db().password());
            log.info("Database mode: EXTERNAL PostgreSQL at {}", redact(properties.db().url()));
        } else {
            EmbeddedDatabase db = embedded.database();
            config.setJdbcUrl(db.jdbcUrl());
            config.setUsername(db.user());
        }
        return new HikariDataSource(config);
    }

    @Bean
    DefaultConfigurationCustomizer jooqSettings() {
        return c -> c.settings()
                .withExecuteWithOptimisticLocking(true)
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED);
    }

    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    /** Holds the embedded database when one runs, so its lifecycle follows the Spring context. */
    static final class EmbeddedDatabaseHolder implements AutoCloseable {
        private final EmbeddedDatabase database;

        EmbeddedDatabaseHolder(EmbeddedDatabase database) {
            this.database = database;
        }

        EmbeddedDatabase database() {
            return database;
        }

        @Override
        public void close() {
            if (database != null) {
                database.close();
            }
        }
    }
}
