package io.claimdesk.upgrade;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimdesk.support.Api;
import io.claimdesk.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Upgrades keep everything: each release's fixture ({@code upgrade/V<n>/claimdesk.sql}, a pg_dump of a populated
 * database made by {@link UpgradeFixtureGeneratorDbTest}) is restored into an empty database, this build starts on it
 * (Flyway migrates it, as when a desk replaces the jar) and then every row, every history hash, every claim's
 * anchor and every login of the release must still be there ({@code manifest.json}).
 */
class UpgradeDbTest {

    /**
     * Tables a migration retired on purpose, with why no desk content is lost: the only rows they ever held are
     * transient state. Anything else that disappears fails the test.
     */
    static final java.util.Map<String, String> RETIRED_TRANSIENT_TABLES = java.util.Map.of(
            "login_throttle", "sign-in failure counters, purged after the lock duration; replaced by login_attempt "
                    + "(V12_10, issue 12)");


    static Stream<String> fixtures() throws IOException {
        Resource[] manifests = new PathMatchingResourcePatternResolver()
                .getResources("classpath*:upgrade/*/" + UpgradeFixture.MANIFEST);
        assertThat(manifests).as("upgrade fixtures on the classpath").isNotEmpty();
        return Arrays.stream(manifests).map(m -> {
            try {
                String url = m.getURL().toString();
                return url.substring(url.lastIndexOf("/upgrade/") + 1, url.lastIndexOf('/'));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).sorted();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void a_release_database_upgrades_keeping_every_row_history_hash_anchor_and_login(String fixtureDir)
            throws Exception {
        UpgradeFixture fixture;
        String script;
        try (InputStream manifest = resource(fixtureDir + "/" + UpgradeFixture.MANIFEST);
             InputStream sql = resource(fixtureDir + "/" + UpgradeFixture.SCRIPT)) {
            fixture = UpgradeFixture.read(manifest);
            script = new String(sql.readAllBytes(), StandardCharsets.UTF_8);
        }
        TestDatabase server = TestDatabase.get();
        String database = "claimdesk_upgrade_" + fixtureDir.substring(fixtureDir.indexOf('/') + 1)
                .toLowerCase(Locale.ROOT);
        String url = server.url().replaceFirst("/[^/?]+(\\?.*)?$", "/" + database + "$1");
        recreate(server, database);
        try {
            try (Connection c = DriverManager.getConnection(url, server.user(), server.password())) {
                SqlScript.run(c, script);
                assertThat(UpgradeFixture.rowCounts(c)).as("rows as restored").isEqualTo(fixture.rowCounts());
                assertThat(UpgradeFixture.migrations(c)).as("schema as restored").isEqualTo(fixture.migrations());
            }

            try (RunningClaimdesk app = RunningClaimdesk.start(url, server.user(), server.password())) {
                try (Connection c = DriverManager.getConnection(url, server.user(), server.password())) {
                    assertMigratedToThisBuild(c, url, server, fixture);
                    // tables the release had keep every row (but for retired transient ones, which must have
                    // held nothing a desk made); tables added since may be there too
                    java.util.Map<String, Long> kept = new java.util.TreeMap<>(fixture.rowCounts());
                    RETIRED_TRANSIENT_TABLES.keySet().forEach(kept::remove);
                    java.util.Map<String, Long> now = UpgradeFixture.rowCounts(c);
                    assertThat(now).as("rows after the upgrade").containsAllEntriesOf(kept);
                    assertThat(now).as("retired tables are gone").doesNotContainKeys(
                            RETIRED_TRANSIENT_TABLES.keySet().toArray(String[]::new));
                    assertThat(UpgradeFixture.events(c)).as("history events and their stored hashes")
                            .isEqualTo(fixture.events());
                    assertThat(UpgradeFixture.claims(c)).as("every claim's anchor, removed ones too").isEqualTo(fixture.claims());
                }
                assertHistoryVerifies(app, fixture);
                assertClaimsAnchored(app, fixture);
                assertLogins(app, fixture);
            }
        } finally {
            drop(server, database);
        }
    }

    private static void assertMigratedToThisBuild(Connection c, String url, TestDatabase server,
                                                  UpgradeFixture fixture) throws SQLException {
        List<String> applied = UpgradeFixture.migrations(c);
        assertThat(applied).as("the release's migrations stay as they were")
                .startsWith(fixture.migrations().toArray(String[]::new));
        var info = Flyway.configure().dataSource(url, server.user(), server.password())
                .locations("classpath:db/migration").load().info();
        assertThat(info.pending()).as("migrations left to apply").isEmpty();
        assertThat(info.current().getVersion().getVersion()).as("schema version")
                .isEqualTo(Arrays.stream(info.all()).reduce((a, b) -> b).orElseThrow().getVersion().getVersion());
    }

    private static void assertHistoryVerifies(RunningClaimdesk app, UpgradeFixture fixture) {
        Api admin = app.as("admin", password(fixture, "admin"));
        JsonNode all = ok(admin.get("/api/v1/history/verify"));
        assertThat(all.get("intact").asBoolean()).as(all.toString()).isTrue();
        assertThat(all.get("checked").asInt()).isEqualTo(fixture.events().size());
        for (UpgradeFixture.Claim claim : fixture.claims()) {
            if (claim.removed()) {
                continue;
            }
            long events = fixture.events().stream().filter(e -> e.claimId() == claim.id()).count();
            JsonNode one = ok(admin.get("/api/v1/claims/" + claim.id() + "/history/verify"));
            assertThat(one.get("intact").asBoolean()).as("claim " + claim.id() + ": " + one).isTrue();
            assertThat(one.get("checked").asLong()).as("claim " + claim.id()).isEqualTo(events);
        }
    }

    private static void assertClaimsAnchored(RunningClaimdesk app, UpgradeFixture fixture) {
        Api admin = app.as("admin", password(fixture, "admin"));
        Map<Long, String> bodies = new HashMap<>();
        int checked = 0;
        for (UpgradeFixture.Claim claim : fixture.claims()) {
            if (claim.removed()) {
                continue;
            }
            JsonNode dto = ok(admin.get("/api/v1/claims/" + claim.id()));
            assertThat(new UpgradeFixture.Claim(claim.id(), dto.get("articleId").asLong(), dto.get("start").asInt(),
                    dto.get("end").asInt(), dto.get("quote").asText(), dto.get("prefix").asText(),
                    dto.get("suffix").asText(), dto.get("status").asText(), dto.get("orphaned").asBoolean(), false))
                    .as("claim " + claim.id() + " over the API").isEqualTo(claim);
            if (!claim.orphaned()) {
                String body = bodies.computeIfAbsent(claim.articleId(),
                        id -> ok(admin.get("/api/v1/articles/" + id)).get("body").asText());
                int from = body.offsetByCodePoints(0, claim.start());
                int to = body.offsetByCodePoints(from, claim.end() - claim.start());
                assertThat(body.substring(from, to)).as("text at claim " + claim.id() + "'s code points")
                        .isEqualTo(claim.quote());
                checked++;
            }
        }
        assertThat(checked).as("anchored claims checked").isPositive();
    }

    private static void assertLogins(RunningClaimdesk app, UpgradeFixture fixture) {
        for (UpgradeFixture.User user : fixture.users()) {
            Api.Response me = app.as(user.username(), user.password()).get("/api/v1/me");
            if (user.active()) {
                assertThat(me.status()).as(user.username() + " signs in: " + me.body()).isEqualTo(200);
                assertThat(me.json().get("username").asText()).isEqualTo(user.username());
                assertThat(me.json().get("roles").get(0).asText()).isEqualTo(user.role());
            } else {
                assertThat(me.status()).as(user.username() + " stays inactive").isEqualTo(401);
            }
        }
        assertThat(app.as("admin", "not-" + password(fixture, "admin")).get("/api/v1/me").status())
                .as("a wrong password").isEqualTo(401);
    }

    private static String password(UpgradeFixture fixture, String username) {
        return fixture.users().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow()
                .password();
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static InputStream resource(String path) {
        InputStream in = UpgradeDbTest.class.getClassLoader().getResourceAsStream(path);
        assertThat(in).as(path).isNotNull();
        return in;
    }

    private static void recreate(TestDatabase server, String database) throws SQLException {
        drop(server, database);
        try (Connection c = DriverManager.getConnection(server.url(), server.user(), server.password());
             Statement s = c.createStatement()) {
            s.execute("create database " + database + " encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8'"
                    + " template template0");
        }
    }

    private static void drop(TestDatabase server, String database) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.url(), server.user(), server.password());
             Statement s = c.createStatement()) {
            s.execute("drop database if exists " + database + " with (force)");
        }
    }
}
