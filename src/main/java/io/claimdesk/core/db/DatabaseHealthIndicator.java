package io.claimdesk.core.db;

import io.claimdesk.core.config.ClaimdeskProperties;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The {@code db} component of {@code /actuator/health} (it replaces Spring Boot's, by bean name): runs
 * {@code select 1} on the application's pool, but waits at most {@code claimdesk.db.health-timeout} (800 ms by
 * default) and answers DOWN after that, so the health endpoint answers within a second while the database is
 * unreachable. Concurrent health calls share one check in flight; the check runs on one daemon thread.
 */
@Component("dbHealthIndicator")
class DatabaseHealthIndicator implements HealthIndicator, DisposableBean {

    private final DataSource dataSource;
    private final Duration timeout;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "claimdesk-db-health");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<CompletableFuture<Health>> inFlight = new AtomicReference<>();

    DatabaseHealthIndicator(DataSource dataSource, ClaimdeskProperties properties) {
        this.dataSource = dataSource;
        this.timeout = properties.db().healthTimeout();
    }

    @Override
    public Health health() {
        CompletableFuture<Health> check = inFlight.updateAndGet(current ->
                current != null && !current.isDone() ? current : CompletableFuture.supplyAsync(this::check, executor));
        try {
            return check.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return Health.down().withDetail("error", "no answer within " + timeout.toMillis() + " ms").build();
        } catch (ExecutionException e) {
            return Health.down(e.getCause() instanceof Exception cause ? cause : e).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down().withDetail("error", "interrupted").build();
        }
    }

    private Health check() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.setQueryTimeout(Math.max(1, (int) timeout.toSeconds()));
            try (ResultSet rs = s.executeQuery("select 1")) {
                rs.next();
            }
            return Health.up().withDetail("database", "PostgreSQL").build();
        } catch (Exception e) {
            return Health.down(e).build();
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
