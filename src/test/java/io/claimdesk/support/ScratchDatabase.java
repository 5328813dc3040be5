package io.claimdesk.support;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fresh database on the test server with the migrations applied: an "empty instance" to restore an export into
 * ({@code claim_event} refuses TRUNCATE, so the shared test database can never be emptied). Close it to release
 * its connection pool; the database itself is dropped with the test server.
 */
public final class ScratchDatabase implements AutoCloseable {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final HikariDataSource dataSource;
    private final DSLContext dsl;

    private ScratchDatabase(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.dsl = DSL.using(dataSource, SQLDialect.POSTGRES);
    }

    /** Creates database {@code claimdesk_scratch_<pid>_<n>} and applies the migrations. */
    public static ScratchDatabase create() {
        return create(null);
    }

    /**
     * Creates database {@code claimdesk_scratch_<pid>_<n>} and applies the migrations up to {@code target} (a
     * Flyway version such as {@code "11"}; null for all), to test a migration over data of the older schema.
     */
    public static ScratchDatabase create(@Nullable String target) {
        TestDatabase db = TestDatabase.get();
        String name = "claimdesk_scratch_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (var admin = DSL.using(db.url(), db.user(), db.password())) {
            admin.createDatabase(DSL.name(name)).execute();
        }
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(db.url().replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name));
        ds.setUsername(db.user());
        ds.setPassword(db.password());
        ds.setMaximumPoolSize(3);
        ScratchDatabase scratch = new ScratchDatabase(ds);
        scratch.migrate(target);
        return scratch;
    }

    /** Applies the migrations up to {@code target} (null for all). */
    public void migrate(@Nullable String target) {
        var config = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
        if (target != null) {
            config = config.target(target);
        }
        config.load().migrate();
    }

    /** JDBC URL of this database (user and password are {@link TestDatabase}'s). */
    public String url() {
        return dataSource.getJdbcUrl();
    }

    public javax.sql.DataSource dataSource() {
        return dataSource;
    }

    public DSLContext dsl() {
        return dsl;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
