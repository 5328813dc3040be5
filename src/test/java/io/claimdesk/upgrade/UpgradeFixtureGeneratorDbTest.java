package io.claimdesk.upgrade;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimdesk.support.Api;
import io.claimdesk.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Makes the upgrade fixture of the current build ({@code src/test/resources/upgrade/V<schema>/}): a populated
 * Claimdesk database, written by the application itself over its REST API, dumped with {@code pg_dump}, plus its
 * {@link UpgradeFixture manifest}. Run it once per release, on the release's code, against a PostgreSQL server
 * whose {@code pg_dump} is on the PATH (the oldest server version Claimdesk supports, so every later one restores
 * the dump):
 *
 * <pre>
 * ./mvnw -q test -Dtest=UpgradeFixtureGeneratorDbTest -Dclaimdesk.upgrade.generate=true \
 *        [-Dclaimdesk.upgrade.host=127.0.0.1 -Dclaimdesk.upgrade.port=5432 -Dclaimdesk.upgrade.user=postgres]
 * </pre>
 *
 * It (re)creates the database {@code claimdesk_upgrade_fixture} on that server (password from {@code PGPASSWORD}).
 * The content covers what an upgrade must keep: Arabic and English articles (one uploaded as a windows-1256 file,
 * one edited so claims were re-anchored and one orphaned), claims in every status plus a removed one and a
 * claim group, evidence of every stance, comments, a custom verdict, an inactive account, and the history of it
 * all.
 */
@EnabledIfSystemProperty(named = "claimdesk.upgrade.generate", matches = "true")
class UpgradeFixtureGeneratorDbTest {

    static final String DATABASE = "claimdesk_upgrade_fixture";
    private static final String ADMIN_PASSWORD = "upgrade-admin-2026";
    private static final String PASSWORD = "upgrade-user-2026";

    static final String ENGLISH_STORY = "City hall said on Monday 🚲 that protected bike lanes cut cycling deaths by "
            + "30 per cent in 2025. The transport chief added that 12 new lanes will open before the summer. Critics "
            + "said the figures ignore the 2024 spike in e-scooter injuries. Officials also claimed ridership "
            + "doubled since 2020.";
    static final String RAIN_STORY = "قالت هيئة الأرصاد إن كمية الأمطار في عمّان بلغت 180 مليمترا فقط هذا الموسم، "
            + "وهي أقل من نصف المعدل السنوي.";

    private final String host = System.getProperty("claimdesk.upgrade.host", "127.0.0.1");
    private final String port = System.getProperty("claimdesk.upgrade.port", "5432");
    private final String user = System.getProperty("claimdesk.upgrade.user", "postgres");
    private final String password = System.getenv().getOrDefault("PGPASSWORD", "");
    private final Map<String, String> passwords = new HashMap<>();

    @Test
    void generate() throws Exception {
        recreateDatabase();
        String url = "jdbc:postgresql://" + host + ":" + port + "/" + DATABASE;
        try (RunningClaimdesk app = RunningClaimdesk.start(url, user, password,
                "claimdesk.admin-password=" + ADMIN_PASSWORD)) {
            passwords.put("admin", ADMIN_PASSWORD);
            populate(app);
            JsonNode verify = app.as("admin", ADMIN_PASSWORD).get("/api/v1/history/verify").json();
            assertThat(verify.get("intact").asBoolean()).as(verify.toString()).isTrue();
        }
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            String version = query(c, "select max(version::int) from public." + UpgradeFixture.FLYWAY_TABLE);
            Path dir = Path.of("src", "test", "resources", "upgrade", "V" + version);
            Files.createDirectories(dir);
            String pgDump = dump(dir.resolve(UpgradeFixture.SCRIPT));
            UpgradeFixture fixture = new UpgradeFixture(version,
                    query(c, "select version()") + "; " + pgDump,
                    UpgradeFixture.rowCounts(c), UpgradeFixture.migrations(c), users(c), UpgradeFixture.claims(c),
                    UpgradeFixture.events(c));
            fixture.write(dir.resolve(UpgradeFixture.MANIFEST));
        }
    }

    private void populate(RunningClaimdesk app) {
        Api admin = app.as("admin", ADMIN_PASSWORD);
        createUser(admin, "layla.haddad", "ليلى حداد", "CHECKER");
        createUser(admin, "omar.checker", "Omar Checker", "CHECKER");
        createUser(admin, "hana.supervisor", "هناء المشرفة", "SUPERVISOR");
        long former = createUser(admin, "former.checker", "Former Checker", "CHECKER");
        ok(admin.patch("/api/v1/users/" + former, Map.of("version", 0, "active", false)));
        ok(admin.post("/api/v1/verdicts", Map.of("code", "SATIRE", "labelEn", "Satire", "labelAr", "ساخر",
                "ordinal", 8, "colour", "#5b4a9e", "claimReview", Map.of("ratingValue", 0, "bestRating", 6,
                        "worstRating", 1, "alternateName", "Satire"))));

        Api layla = app.as("layla.haddad", PASSWORD);
        Api omar = app.as("omar.checker", PASSWORD);
        Api hana = app.as("hana.supervisor", PASSWORD);

        long arabic = ok(layla.post("/api/v1/articles", Map.of("title", "إنتاج القمح في الأردن",
                "body", Fixtures.ARABIC_STORY, "url", "https://news.example.org/ar/wheat-2025?utm_source=feed",
                "publisher", "وكالة الأنباء", "language", "ar"))).get("id").asLong();
        long english = ok(omar.post("/api/v1/articles", Map.of("title", "Bike lanes and road deaths",
                "body", ENGLISH_STORY, "url", "https://news.example.org/en/bike-lanes", "language", "en")))
                .get("id").asLong();
        long rain = ok(layla.postFile("/api/v1/articles", "rain-1256.txt", "text/plain",
                RAIN_STORY.getBytes(Charset.forName("windows-1256")), Map.of("title", "أمطار عمّان")))
                .get("id").asLong();

        long wheat = claim(layla, arabic, "إنتاج القمح ارتفع بنسبة 12 في المئة هذا العام",
                Map.of("claimant", "وزارة الزراعة", "claimDate", "2025-10-05", "tags", List.of("زراعة", "اقتصاد")));
        long seeds = claim(layla, arabic, "ستوزع 40 ألف طن من البذور على المزارعين قبل نهاية تشرين الأول",
                Map.of("claimant", "وزير الزراعة"));
        long drought = claim(layla, arabic, "تراجعت العام الماضي إلى أدنى مستوى منذ عقدين", Map.of());
        long experts = claim(omar, arabic, "حذر خبراء من موجة جفاف في الصيف المقبل", Map.of("tags", List.of("مناخ")));
        long deaths = claim(omar, english, "protected bike lanes cut cycling deaths by 30 per cent in 2025",
                Map.of("claimant", "City hall", "tags", List.of("transport")));
        long lanes = claim(omar, english, "12 new lanes will open before the summer", Map.of());
        long scooters = claim(omar, english, "the figures ignore the 2024 spike in e-scooter injuries", Map.of());
        long ridership = claim(omar, english, "ridership doubled since 2020", Map.of("claimant", "Officials"));
        long rainfall = claim(layla, rain, "بلغت 180 مليمترا فقط هذا الموسم", Map.of("claimant", "هيئة الأرصاد"));

        // an edit of the English text: every claim after the insertion moves, the last sentence's claim is orphaned
        JsonNode article = ok(omar.get("/api/v1/articles/" + english));
        ok(omar.patch("/api/v1/articles/" + english, Map.of("version", article.get("version").asInt(),
                "body", "Updated. " + ENGLISH_STORY.substring(0, ENGLISH_STORY.indexOf(" Officials")),
                "note", "Removed the unsourced last sentence")));

        // APPROVED, with evidence refuting and giving context
        transition(layla, wheat, "start", Map.of());
        evidence(layla, wheat, "https://stats.example.gov/jo/wheat-2025", "REFUTES", "Wheat output 2025",
                "ارتفع الإنتاج 4 في المئة فقط");
        evidence(layla, wheat, "https://www.example.org/reports/fao-jordan", "CONTEXT", "FAO country brief", null);
        ok(layla.post("/api/v1/claims/" + wheat + "/comments", Map.of("body", "الأرقام الرسمية تقول 4٪ فقط")));
        transition(layla, wheat, "propose", Map.of("verdict", "MISLEADING",
                "rationale", "أرقام دائرة الإحصاءات تظهر ارتفاعا بنسبة 4 في المئة."));
        transition(hana, wheat, "approve", Map.of());

        // READY_FOR_REVIEW
        transition(layla, seeds, "start", Map.of());
        evidence(layla, seeds, "https://agri.example.gov/jo/seeds", "SUPPORTS", "Seed distribution plan", null);
        transition(layla, seeds, "propose", Map.of("verdict", "TRUE", "rationale", "The plan is published."));

        // IN_PROGRESS, with a comment
        transition(layla, drought, "start", Map.of());
        ok(layla.post("/api/v1/claims/" + drought + "/comments", Map.of("body", "Waiting for the met office.")));

        // NEW, in one group with the drought claim
        ok(omar.post("/api/v1/claims/" + experts + "/same-as", Map.of("claimId", drought)));

        // APPROVED after a round of requested changes
        transition(omar, deaths, "start", Map.of());
        evidence(omar, deaths, "https://transport.example.gov/road-safety-2025", "SUPPORTS", "Road safety 2025",
                "Cycling deaths fell from 20 to 14.");
        transition(omar, deaths, "propose", Map.of("verdict", "TRUE", "rationale", "20 to 14 is 30 per cent."));
        transition(hana, deaths, "request_changes", Map.of("reason", "Cite the police figures too."));
        evidence(omar, deaths, "https://police.example.gov/stats/2025", "CONTEXT", "Police statistics", null);
        transition(omar, deaths, "propose", Map.of("verdict", "MOSTLY_TRUE",
                "rationale", "Both sources: 20 to 14, a fall of 30 per cent; 2024 was unusually high."));
        transition(hana, deaths, "approve", Map.of());

        // DISMISSED, and a removed claim
        transition(omar, lanes, "dismiss", Map.of("reason", "A plan, not a checkable claim."));
        JsonNode scooter = ok(omar.get("/api/v1/claims/" + scooters));
        ok(omar.delete("/api/v1/claims/" + scooters + "?version=" + scooter.get("version").asInt()
                + "&reason=duplicate"));

        // the orphaned claim stays NEW; the uploaded article's claim is assigned to Omar by the supervisor
        JsonNode orphan = ok(omar.get("/api/v1/claims/" + ridership));
        assertThat(orphan.get("orphaned").asBoolean()).as("orphaned by the edit").isTrue();
        long omarId = ok(admin.get("/api/v1/users?q=omar")).get("items").get(0).get("id").asLong();
        ok(hana.post("/api/v1/claims/assign", Map.of("claimIds", List.of(rainfall), "assigneeId", omarId)));
    }

    private long createUser(Api admin, String username, String displayName, String role) {
        passwords.put(username, PASSWORD);
        return ok(admin.post("/api/v1/users", Map.of("username", username, "displayName", displayName,
                "password", PASSWORD, "role", role))).get("id").asLong();
    }

    private static long claim(Api api, long article, String quote, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("quote", quote);
        return ok(api.post("/api/v1/articles/" + article + "/claims", body)).get("id").asLong();
    }

    private static void transition(Api api, long claim, String action, Map<String, Object> fields) {
        int version = ok(api.get("/api/v1/claims/" + claim)).get("version").asInt();
        Map<String, Object> body = new HashMap<>(fields);
        body.put("action", action);
        body.put("version", version);
        ok(api.post("/api/v1/claims/" + claim + "/transitions", body));
    }

    private static void evidence(Api api, long claim, String url, String stance, String title, String excerpt) {
        Map<String, Object> body = new HashMap<>(Map.of("url", url, "stance", stance, "title", title,
                "sourceType", "OFFICIAL_DOCUMENT"));
        if (excerpt != null) {
            body.put("excerpt", excerpt);
        }
        ok(api.post("/api/v1/claims/" + claim + "/evidence", body));
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 299);
        return response.status() == 204 ? null : response.json();
    }

    private void recreateDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/postgres",
                user, password); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + DATABASE);
            s.execute("create database " + DATABASE + " encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8'"
                    + " template template0");
        }
    }

    /** Dumps the database as plain SQL into {@code file}, without psql-only lines; returns pg_dump's version. */
    private String dump(Path file) throws IOException, InterruptedException {
        Path raw = Files.createTempFile("claimdesk-dump", ".sql");
        Process process = new ProcessBuilder("pg_dump", "--host", host, "--port", port, "--username", user,
                "--no-owner", "--no-privileges", "--no-comments", "--format=plain", "--file", raw.toString(),
                DATABASE).inheritIO().start();
        assertThat(process.waitFor()).as("pg_dump exit code").isZero();
        // the restrict and unrestrict lines carry a random key: left out, the dump is the same for the same data
        List<String> lines = Files.readAllLines(raw, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.startsWith("\\restrict") && !line.startsWith("\\unrestrict"))
                .collect(Collectors.toCollection(ArrayList::new));
        Files.write(file, lines, StandardCharsets.UTF_8);
        Files.delete(raw);
        Process version = new ProcessBuilder("pg_dump", "--version").start();
        return new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    }

    private List<UpgradeFixture.User> users(Connection c) throws SQLException {
        List<UpgradeFixture.User> users = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select username, role, active from app_user order by id")) {
            while (rs.next()) {
                users.add(new UpgradeFixture.User(rs.getString(1), passwords.get(rs.getString(1)), rs.getString(2),
                        rs.getBoolean(3)));
            }
        }
        return users;
    }

    private static String query(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
