package io.claimdesk.claim.domain;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The RUM search plan of issue 18 (migration V18_20, {@link ClaimSearchPlan}) against a PostgreSQL server that has
 * the {@code rum} extension: {@code CLAIMDESK_RUM_TEST_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/postgres},
 * user {@code CLAIMDESK_RUM_TEST_USER} or postgres, password {@code CLAIMDESK_RUM_TEST_PASSWORD} or empty). The
 * embedded PostgreSQL of the other tests has no RUM; without a reachable server with the extension this test is
 * skipped and prints why. It makes its own database, applies the migrations, and compares the RUM plan's pages with
 * the GIN plan's ({@code claimdesk.search.rum=off}) on the same rows.
 */
class RumSearchDbTest {

    private static final String URL = env("CLAIMDESK_RUM_TEST_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    private static final String USER = env("CLAIMDESK_RUM_TEST_USER", "postgres");
    private static final String PASSWORD = env("CLAIMDESK_RUM_TEST_PASSWORD", "");
    private static final String NAME = "claimdesk_rum_test_" + ProcessHandle.current().pid();

    private static HikariDataSource dataSource;
    private static DSLContext dsl;

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    @BeforeAll
    static void database() throws Exception {
        try (var c = DriverManager.getConnection(URL, USER, PASSWORD); var st = c.createStatement()) {
            var rs = st.executeQuery("select count(*) from pg_available_extensions where name = 'rum'");
            rs.next();
            if (rs.getInt(1) == 0) {
                String why = "RumSearchDbTest skipped: the server at " + URL + " has no rum extension (postgresql-15-rum)";
                System.out.println(why);
                Assumptions.abort(why);
            }
            st.execute("drop database if exists " + NAME);
            st.execute("create database " + NAME + " template template0 encoding UTF8 lc_collate 'C.UTF-8' "
                    + "lc_ctype 'C.UTF-8'");
        } catch (java.sql.SQLException e) {
            String why = "RumSearchDbTest skipped: no PostgreSQL at " + URL + " (" + e.getMessage() + ")";
            System.out.println(why);
            Assumptions.abort(why);
        }
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(URL.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + NAME));
        dataSource.setUsername(USER);
        dataSource.setPassword(PASSWORD);
        dataSource.setMaximumPoolSize(2);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").outOfOrder(true).load()
                .migrate();
        dsl = DSL.using(dataSource, SQLDialect.POSTGRES);
        long user = dsl.fetchSingle("""
                insert into app_user (username, display_name, password_hash, role)
                values ('rum-test', 'RUM test', 'x', 'CHECKER') returning id""").get(0, Long.class);
        long article = dsl.fetchSingle("""
                insert into article (title, language, direction, body, content_hash, created_by)
                values ('RUM', 'en', 'ltr', 'Wheat production rose.', 'h', ?) returning id""", user)
                .get(0, Long.class);
        // 600 claims: English and Arabic, some matching "wheat production" several times (higher ranks)
        dsl.execute("""
                insert into claim (article_id, quote, start_cp, end_cp, statement, language, created_by)
                select ?, 'Wheat production rose.', 0, 22,
                       case i % 4
                           when 0 then 'Wheat production rose by ' || i || ' tonnes; wheat production in Basra'
                           when 1 then 'Public debt fell by ' || i || ' dinars and wheat imports rose'
                           when 2 then 'قال وزير الزراعة إن إنتاج القمح ارتفع ' || i || ' طن في بغداد'
                           else 'The railway to Basra carried ' || i || ' passengers, wheat production ' || (i % 7)
                       end,
                       case i % 4 when 2 then 'ar' else 'en' end, ?
                from generate_series(1, 600) as i""", article, user);
        dsl.execute("analyze claim");
    }

    @AfterAll
    static void drop() throws Exception {
        if (dataSource != null) {
            dataSource.close();
            try (var c = DriverManager.getConnection(URL, USER, PASSWORD); var st = c.createStatement()) {
                st.execute("drop database if exists " + NAME);
            }
        }
    }

    @Test
    void theMigrationMadeTheRumIndexAndSearchUsesIt() {
        assertThat(dsl.fetchExists(dsl.selectOne().from("pg_indexes")
                .where("indexname = 'claim_search_rum_idx'"))).isTrue();
        assertThat(new ClaimSearchPlan(dsl, "auto").rum()).isTrue();
        assertThat(new ClaimSearchPlan(dsl, "off").rum()).isFalse();
    }

    @Test
    void rumPagesRankLikeTheGinPlan() {
        ClaimRepository rum = new ClaimRepository(dsl, new ClaimSearchPlan(dsl, "auto"));
        ClaimRepository gin = new ClaimRepository(dsl, new ClaimSearchPlan(dsl, "off"));
        for (String q : List.of("wheat production", "إنتاج القمح", "debt", "Basra passengers", "بغداد",
                "\"wheat production\" -railway", "nothing-like-this")) {
            ClaimFilter f = ClaimFilter.ALL.withQuery(q);
            List<ClaimHit> a = rum.search(f, 0, 50, List.of());
            List<ClaimHit> b = gin.search(f, 0, 50, List.of());
            assertThat(ranks(a, q)).as(q).isEqualTo(ranks(b, q));
            assertThat(a.stream().map(h -> h.statementMatches().isEmpty()).toList()).as(q)
                    .isEqualTo(b.stream().map(h -> h.statementMatches().isEmpty()).toList());
            // a page beyond the candidates read first (offset 250 > 200) still ranks like the GIN plan
            assertThat(ranks(rum.search(f, 250, 20, List.of()), q)).as(q + " page 2")
                    .isEqualTo(ranks(gin.search(f, 250, 20, List.of()), q));
        }
    }

    /** ts_rank_cd of each hit (ties may be ordered differently by the two plans only when their ranks are equal). */
    private static List<Float> ranks(List<ClaimHit> hits, String q) {
        return hits.stream().map(h -> dsl.fetchSingle("""
                select ts_rank_cd(search_document, websearch_to_tsquery('pg_catalog.arabic', search_normalize(?))
                    || websearch_to_tsquery('pg_catalog.english', search_normalize(?))
                    || websearch_to_tsquery('pg_catalog.simple', search_normalize(?))) from claim where id = ?""",
                q, q, q, h.claim().id()).get(0, Float.class)).toList();
    }
}
