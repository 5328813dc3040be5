package io.claimdesk.evidence.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimdesk.support.Api;
import io.claimdesk.support.Fixtures;
import io.claimdesk.support.IntegrationTest;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.Role;
import io.claimdesk.user.domain.TestAccounts;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static io.claimdesk.db.Tables.EVIDENCE;
import static io.claimdesk.db.Tables.SOURCE;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 14, sources: http/https are one source, parameter order as written, the entered URL kept per link. */
class SourceKeysApiDbTest extends IntegrationTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    DSLContext dsl;
    @Autowired
    TransactionTemplate transactions;

    Api checker;
    AppUser author;
    long claim1;
    long claim2;
    String tag;

    @BeforeEach
    void setUp() {
        author = accounts.ensure("keys-checker", Role.CHECKER);
        checker = new Api(baseUrl(), "keys-checker", TestAccounts.PASSWORD);
        long article = fixtures.article(author.id(), "Wheat", Fixtures.ARABIC_STORY, "ar");
        claim1 = fixtures.claim(article, "إنتاج القمح ارتفع بنسبة 12 في المئة", author.id());
        claim2 = fixtures.claim(article, "ستوزع 40 ألف طن من البذور", author.id());
        tag = Long.toString(System.nanoTime());
    }

    @Test
    void http_and_https_are_one_source_parameters_keep_their_order_and_each_link_keeps_its_entered_url() {
        String http = "http://www.example.org/report-" + tag + "?page=2&id=7&utm_source=feed&fbclid=abc";
        Api.Response first = checker.post("/api/v1/claims/" + claim1 + "/evidence",
                Map.of("url", "  " + http + " ", "stance", "supports"));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        JsonNode source = first.json().get("source");
        assertThat(source.get("canonicalUrl").asText()).isEqualTo("https://example.org/report-" + tag + "?page=2&id=7");
        assertThat(source.get("url").asText()).isEqualTo(http);
        assertThat(first.json().get("enteredUrl").asText()).isEqualTo(http);

        String https = "https://example.org/report-" + tag + "?page=2&id=7&gclid=1";
        Api.Response second = checker.post("/api/v1/claims/" + claim2 + "/evidence",
                Map.of("url", https, "stance", "refutes"));
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        assertThat(second.json().get("source").get("id").asLong()).isEqualTo(source.get("id").asLong());
        assertThat(second.json().get("source").get("url").asText()).as("https kept").isEqualTo(https);
        assertThat(second.json().get("enteredUrl").asText()).isEqualTo(https);
        assertThat(checker.get("/api/v1/evidence/" + first.json().get("id").asLong()).json().get("enteredUrl")
                .asText()).isEqualTo(http);

        Api.Response reordered = checker.post("/api/v1/claims/" + claim2 + "/evidence",
                Map.of("url", "https://example.org/report-" + tag + "?id=7&page=2", "stance", "context"));
        assertThat(reordered.status()).as(reordered.body()).isEqualTo(201);
        assertThat(reordered.json().get("source").get("canonicalUrl").asText())
                .isEqualTo("https://example.org/report-" + tag + "?id=7&page=2");
    }

    /**
     * Rows written before V14_1 (http keys, parameters sorted by name) are re-keyed by the migration's own SQL (the
     * part after the new column), and the http/https twins merge with their links.
     */
    @Test
    void the_migration_merges_http_and_https_twins_keeping_every_evidence_link() throws IOException {
        String host = "legacy-" + tag + ".example";
        long httpSource = legacySource("http://" + host + "/a?z=1&b=2&utm_source=x", "http://" + host + "/a?b=2&z=1",
                "Legacy title");
        long httpsSource = legacySource("https://" + host + "/a?z=1&b=2", "https://" + host + "/a?b=2&z=1", null);
        long other = legacySource("http://" + host + "/other", "http://" + host + "/other", null);
        long both = link(claim1, httpSource, "من نسخة http", null);
        long collapsed = link(claim1, httpsSource, null, "note from https");
        long moved = link(claim2, httpSource, "excerpt only on http", null);

        String sql = Files.readString(Path.of("db/migration/V14_1__https_source_keys_and_entered_urls.sql"));
        String rekey = sql.substring(sql.indexOf("-- 2."));
        transactions.executeWithoutResult(t -> dsl.execute(rekey));

        assertThat(dsl.fetchExists(SOURCE, SOURCE.ID.eq(httpSource))).isFalse();
        var kept = dsl.fetchSingle(SOURCE, SOURCE.ID.eq(httpsSource));
        assertThat(kept.getCanonicalUrl()).isEqualTo("https://" + host + "/a?z=1&b=2");
        assertThat(kept.getUrl()).isEqualTo("https://" + host + "/a?z=1&b=2");
        assertThat(kept.getTitle()).isEqualTo("Legacy title");
        assertThat(dsl.fetchSingle(SOURCE, SOURCE.ID.eq(other)).getCanonicalUrl()).isEqualTo("https://" + host + "/other");

        assertThat(dsl.fetchExists(EVIDENCE, EVIDENCE.ID.eq(both))).as("the claim's second link to one source")
                .isFalse();
        var one = dsl.fetchSingle(EVIDENCE, EVIDENCE.ID.eq(collapsed));
        assertThat(one.getSourceId()).isEqualTo(httpsSource);
        assertThat(one.getExcerpt()).isEqualTo("من نسخة http");
        assertThat(one.getNote()).isEqualTo("note from https");
        var movedLink = dsl.fetchSingle(EVIDENCE, EVIDENCE.ID.eq(moved));
        assertThat(movedLink.getSourceId()).isEqualTo(httpsSource);
        assertThat(movedLink.getExcerpt()).isEqualTo("excerpt only on http");
        assertThat(movedLink.getEnteredUrl()).isEqualTo("http://" + host + "/a?z=1&b=2&utm_source=x");
    }

    private long legacySource(String url, String legacyKey, String title) {
        return dsl.insertInto(SOURCE).set(SOURCE.URL, url).set(SOURCE.CANONICAL_URL, legacyKey)
                .set(SOURCE.TITLE, title).set(SOURCE.CREATED_BY, author.id())
                .returning(SOURCE.ID).fetchSingle(SOURCE.ID);
    }

    private long link(long claim, long source, String excerpt, String note) {
        String url = dsl.select(SOURCE.URL).from(SOURCE).where(SOURCE.ID.eq(source)).fetchSingle(SOURCE.URL);
        return dsl.insertInto(EVIDENCE).set(EVIDENCE.CLAIM_ID, claim).set(EVIDENCE.SOURCE_ID, source)
                .set(EVIDENCE.STANCE, io.claimdesk.db.enums.Stance.SUPPORTS).set(EVIDENCE.EXCERPT, excerpt)
                .set(EVIDENCE.NOTE, note).set(EVIDENCE.ADDED_BY, author.id()).set(EVIDENCE.ENTERED_URL, url)
                .returning(EVIDENCE.ID).fetchSingle(EVIDENCE.ID);
    }
}
