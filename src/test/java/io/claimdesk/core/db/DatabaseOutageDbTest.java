package io.claimdesk.core.db;

import io.claimdesk.ClaimdeskApplication;
import io.claimdesk.support.Api;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faults answer as faults: an application of its own on a PostgreSQL of its own, which the test stops and starts
 * again. While it is stopped the API answers 503 problem+json (never a redirect to the login page) and health
 * answers DOWN; once it is back, 2xx again. Time bounds are generous (the measured figures are in
 * docs/benchmarks.md, "Database outage"); the elapsed times are printed.
 */
class DatabaseOutageDbTest {

    private static final String ADMIN_PASSWORD = "outage-admin-password-1";

    private static Path dataDir;
    private static int pgPort;
    private static EmbeddedPostgres postgres;
    private static ConfigurableApplicationContext app;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        dataDir = Files.createTempDirectory("claimdesk-outage-pg");
        try (ServerSocket s = new ServerSocket(0)) {
            pgPort = s.getLocalPort();
        }
        postgres = startPostgres();
        app = new SpringApplicationBuilder(ClaimdeskApplication.class)
                .profiles("test")
                .run("--server.port=0",
                        "--claimdesk.db.url=jdbc:postgresql://localhost:" + pgPort + "/postgres",
                        "--claimdesk.db.user=postgres",
                        "--claimdesk.admin-password=" + ADMIN_PASSWORD,
                        "--claimdesk.data-dir=" + dataDir.resolve("app"));
        base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
    }

    private static EmbeddedPostgres startPostgres() throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDir.resolve("cluster"))
                .setCleanDataDirectory(false)
                .setPort(pgPort)
                .setLocaleConfig("locale", "C.UTF-8")
                .setLocaleConfig("encoding", "UTF8")
                .start();
    }

    @AfterAll
    static void stop() throws IOException {
        if (app != null) {
            app.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void while_the_database_is_down_the_api_answers_503_and_health_down_then_recovers() throws Exception {
        Api admin = new Api(base, "admin", ADMIN_PASSWORD);
        Api anonymous = new Api(base, null, null);
        assertThat(admin.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/health").body()).contains("\"UP\"");

        postgres.close();
        postgres = null;

        long t0 = System.nanoTime();
        Api.Response me = admin.get("/api/v1/me");
        long apiMillis = (System.nanoTime() - t0) / 1_000_000;
        assertThat(me.status()).isEqualTo(503);
        assertThat(me.contentType()).startsWith("application/problem+json");
        assertThat(me.json().get("detail").asText()).startsWith("The database is not reachable right now");
        assertThat(me.json().get("code").asText()).isEqualTo("database.unreachable");

        // an authenticated call that reaches a controller (the sign-in itself needs the database too)
        Api.Response claims = admin.get("/api/v1/claims");
        assertThat(claims.status()).isEqualTo(503);
        assertThat(claims.contentType()).startsWith("application/problem+json");

        t0 = System.nanoTime();
        Api.Response health = anonymous.get("/actuator/health");
        long healthMillis = (System.nanoTime() - t0) / 1_000_000;
        assertThat(health.status()).isEqualTo(503);
        assertThat(health.body()).contains("\"DOWN\"");

        postgres = startPostgres();
        t0 = System.nanoTime();
        int status = 0;
        while (System.nanoTime() - t0 < 30_000_000_000L) {
            status = admin.get("/api/v1/me").status();
            if (status == 200) {
                break;
            }
            Thread.sleep(100);
        }
        long recoverMillis = (System.nanoTime() - t0) / 1_000_000;
        assertThat(status).isEqualTo(200);
        assertThat(anonymous.get("/actuator/health").body()).contains("\"UP\"");
        System.out.printf("Database outage: API 503 after %d ms, health DOWN after %d ms, 2xx %d ms after restart%n",
                apiMillis, healthMillis, recoverMillis);
        assertThat(apiMillis).isLessThan(10_000);
        assertThat(healthMillis).isLessThan(10_000);
    }
}
