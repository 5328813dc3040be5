package io.claimdesk.core.db;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's embedded PostgreSQL (a persistent cluster) is durable; the tests' throw-away one is not.
 * (The shared test database stays non-durable for speed: this class starts clusters of its own.)
 */
class EmbeddedDatabaseDbTest {

    @Test
    void the_applications_embedded_cluster_runs_with_fsync_full_page_writes_and_synchronous_commit_on(
            @TempDir Path dir) throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir.resolve("pg"), true, "claimdesk")) {
            assertThat(db.durabilitySettings()).isEqualTo(Map.of("fsync", "on", "full_page_writes", "on",
                    "synchronous_commit", "on"));
            // as the application's own connections see them
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), "");
                 Statement s = c.createStatement()) {
                assertThat(show(s, "fsync")).isEqualTo("on");
                assertThat(show(s, "synchronous_commit")).isEqualTo("on");
                assertThat(show(s, "full_page_writes")).isEqualTo("on");
            }
        }
    }

    @Test
    void a_throw_away_cluster_keeps_the_fast_settings(@TempDir Path dir) {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir.resolve("pg"), false, "scratch")) {
            assertThat(db.durabilitySettings()).containsEntry("fsync", "off").containsEntry("synchronous_commit", "off");
        }
    }

    /**
     * Acceptance 2: SIGKILL of the embedded PostgreSQL (postmaster and every backend) while a client writes; every
     * insert whose commit was acknowledged is there after a restart on the same cluster.
     */
    @Test
    void every_acknowledged_write_survives_a_sigkill_of_the_embedded_postgresql(@TempDir Path dir) throws Exception {
        Path cluster = dir.resolve("pg");
        AtomicLong acknowledged = new AtomicLong();
        EmbeddedDatabase db = EmbeddedDatabase.start(cluster, true, "claimdesk");
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), "");
             Statement s = c.createStatement()) {
            s.execute("create table ack (id bigint primary key, payload text not null)");
        }
        ExecutorService writer = Executors.newSingleThreadExecutor();
        Future<?> writes = writer.submit(() -> {
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), "");
                 PreparedStatement insert = c.prepareStatement("insert into ack (id, payload) values (?, ?)")) {
                c.setAutoCommit(true);
                for (long id = 1; ; id++) {
                    insert.setLong(1, id);
                    insert.setString(2, "write " + id);
                    insert.executeUpdate(); // returns once the commit is acknowledged
                    acknowledged.set(id);
                }
            } catch (SQLException expected) {
                // the server went away
            }
            return null;
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (acknowledged.get() < 300 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        long postmaster = Long.parseLong(Files.readAllLines(cluster.resolve("postmaster.pid")).get(0).strip());
        ProcessHandle pm = ProcessHandle.of(postmaster).orElseThrow();
        pm.descendants().forEach(ProcessHandle::destroyForcibly); // SIGKILL
        pm.destroyForcibly();
        pm.onExit().get(10, TimeUnit.SECONDS);
        writes.get(30, TimeUnit.SECONDS);
        writer.shutdown();
        long acked = acknowledged.get();
        assertThat(acked).isGreaterThanOrEqualTo(300);
        db.close(); // releases the library's lock on the directory (the server is already gone)

        try (EmbeddedDatabase again = EmbeddedDatabase.start(cluster, true, "claimdesk");
             Connection c = DriverManager.getConnection(again.jdbcUrl(), again.user(), "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*), coalesce(max(id), 0) from ack where id <= " + acked)) {
            rs.next();
            assertThat(rs.getLong(1)).as("acknowledged writes found after the restart").isEqualTo(acked);
            assertThat(rs.getLong(2)).isEqualTo(acked);
        }
    }

    private static String show(Statement s, String name) throws SQLException {
        try (ResultSet rs = s.executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
