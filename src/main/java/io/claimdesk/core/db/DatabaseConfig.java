package io.claimdesk.core.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.claimdesk.core.config.ClaimdeskProperties;
import org.jooq.conf.RenderQuotedNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.flyway.FlywayDataSource;
import org.springframework.boot.autoconfigure.jooq.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

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
            log.info("Database mode: EXTERNAL PostgreSQL at {}", redact(properties.db().url()));
            return new EmbeddedDatabaseHolder(null);
        }
        Path cluster = properties.dataDir().resolve("postgres").toAbsolutePath().normalize();
        EmbeddedDatabase db = EmbeddedDatabase.start(cluster, true, "claimdesk");
        log.info("Database mode: EMBEDDED PostgreSQL, data in {} (port {})", cluster, db.port());
        return new EmbeddedDatabaseHolder(db);
    }

    /**
     * The application's connection pool. A database fault answers quickly instead of hanging: a connection is
     * waited for at most {@code claimdesk.db.connect-timeout} (also the TCP connect limit), and every statement
     * runs under PostgreSQL's {@code statement_timeout} = {@code claimdesk.db.statement-timeout} (the socket read
     * limit sits 10 s above it, for a server that stops answering without closing the connection).
     */
    @Bean(destroyMethod = "close")
    @Primary
    HikariDataSource dataSource(ClaimdeskProperties properties, EmbeddedDatabaseHolder embedded) {
        HikariConfig config = connection(properties, embedded);
        config.setPoolName("claimdesk");
        config.setMaximumPoolSize(20);
        ClaimdeskProperties.Db db = properties.db();
        long connectMillis = Math.max(250, db.connectTimeout().toMillis());
        config.setConnectionTimeout(connectMillis);
        config.setValidationTimeout(Math.max(250, connectMillis / 2));
        config.setInitializationFailTimeout(Math.max(connectMillis, 10_000));
        config.addDataSourceProperty("connectTimeout", Long.toString(Math.max(1, (connectMillis + 999) / 1000)));
        long statementMillis = db.statementTimeout().toMillis();
        if (statementMillis > 0) {
            config.addDataSourceProperty("options", "-c statement_timeout=" + statementMillis);
            config.addDataSourceProperty("socketTimeout", Long.toString(statementMillis / 1000 + 10));
        }
        log.info("Database time limits: connection {} ms, statement {} ms", connectMillis, statementMillis);
        return new HikariDataSource(config);
    }

    /**
     * Flyway's own unpooled connections, without the statement time limit (building an index over a large table
     * may take longer than any request should).
     */
    @Bean(destroyMethod = "close")
    @FlywayDataSource
    HikariDataSource flywayDataSource(ClaimdeskProperties properties, EmbeddedDatabaseHolder embedded) {
        HikariConfig config = connection(properties, embedded);
        config.setPoolName("claimdesk-migrations");
        config.setMaximumPoolSize(2);
        config.setMinimumIdle(0);
        config.setIdleTimeout(10_000);
        return new HikariDataSource(config);
    }

    private static HikariConfig connection(ClaimdeskProperties properties, EmbeddedDatabaseHolder embedded) {
        HikariConfig config = new HikariConfig();
        if (properties.db().external()) {
            config.setJdbcUrl(properties.db().url());
            config.setUsername(properties.db().user());
            config.setPassword(properties.db().password());

        } else {
            EmbeddedDatabase db = embedded.database();
            config.setJdbcUrl(db.jdbcUrl());
            config.setUsername(db.user());
        }
        return config;
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
