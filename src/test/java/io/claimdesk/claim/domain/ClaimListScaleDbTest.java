package io.claimdesk.claim.domain;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimdesk.core.domain.Total;
import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.support.Api;
import io.claimdesk.support.Fixtures;
import io.claimdesk.support.IntegrationTest;
import io.claimdesk.user.domain.Role;
import io.claimdesk.user.domain.TestAccounts;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 18 on the test database (embedded PostgreSQL, no RUM): bounded totals, keyset paging that gives the same
 * rows as offsets, the cursor in the API, and full-text search on the GIN fallback. The RUM plan is tested against
 * a server that has the extension ({@code RumSearchDbTest}).
 */
class ClaimListScaleDbTest extends IntegrationTest {

    static final int CLAIMS = ClaimRepository.EXACT_TOTAL_UP_TO + 150;

    @Autowired
    DSLContext dsl;
    @Autowired
    ClaimRepository repository;
    @Autowired
    ClaimService service;
    @Autowired
    ClaimSearchPlan plan;

    private long articleId;

    @BeforeEach
    void data() {
        runAs("scale-checker", Role.CHECKER);
        long user = accounts.ensure("scale-checker", Role.CHECKER).id();
        String body = "Wheat production rose. Public debt fell. Railway opened.";
        articleId = new Fixtures(dsl).article(user, "Scale " + System.nanoTime(), body, "en");
        // many claims with equal creation times in pairs, so the id breaks ties in the order
        dsl.execute("""
                insert into claim (article_id, quote, start_cp, end_cp, statement, language, created_by, created_at,
                                   status)
                select ?, 'Wheat production rose.', 0, 22,
                       case when i % 3 = 0 then 'Wheat production rose by ' || i || ' tonnes in Basra'
                            else 'Public debt fell by ' || i || ' dinars' end,
                       'en', ?, ?::timestamptz - ((i / 2) || ' seconds')::interval,
                       case when i % 10 = 0 then 'APPROVED'::claim_status else 'NEW'::claim_status end
                from generate_series(1, ?) as i""", articleId, user, OffsetDateTime.now(), CLAIMS);
        dsl.execute("analyze claim");
    }

    private ClaimFilter ofArticle() {
        return ClaimFilter.ofArticle(articleId);
    }

    @Test
    void totalsAreExactUpToTheCapAndEstimatedAbove() {
        Total all = repository.total(ofArticle());
        assertThat(all.isExact()).isFalse();
        assertThat(all.value()).isGreaterThanOrEqualTo(ClaimRepository.EXACT_TOTAL_UP_TO);
        assertThat(all.kind()).isIn(Total.Kind.ABOUT, Total.Kind.MORE_THAN);

        ClaimFilter approved = new ClaimFilter(articleId, io.claimdesk.claim.domain.workflow.WorkflowStatus.APPROVED,
                null, null, null, null, null);
        assertThat(repository.total(approved)).isEqualTo(Total.exact(CLAIMS / 10));
        assertThat(repository.total(approved)).isEqualTo(Total.exact(repository.count(approved)));
        // a search: counted with the cap too; a claimant with quotes and a '?' reaches EXPLAIN as a bind value
        assertThat(repository.total(ofArticle().withQuery("wheat production")).value())
                .isGreaterThanOrEqualTo(CLAIMS / 3);
        ClaimFilter odd = new ClaimFilter(articleId, null, "it's {0} ?", null, null, null, null);
        assertThat(repository.total(odd)).isEqualTo(Total.exact(0));
    }

    @Test
    void totalRounding() {
        assertThat(Total.of(1001, 1000, 28_749)).isEqualTo(new Total(29_000, Total.Kind.ABOUT));
        assertThat(Total.of(1001, 1000, 830)).isEqualTo(new Total(1000, Total.Kind.MORE_THAN));
        assertThat(Total.of(999, 1000, 5)).isEqualTo(Total.exact(999));
        assertThat(Total.of(1001, 1000, 1_234_567)).isEqualTo(new Total(1_200_000, Total.Kind.ABOUT));
        assertThatThrownBy(() -> new Total(-1, Total.Kind.EXACT)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keysetPagesGiveTheSameRowsAsOffsets() {
        List<Long> byOffset = repository.find(ofArticle(), 0, CLAIMS, List.of()).stream().map(Claim::id).toList();
        List<Long> byKey = new ArrayList<>();
        ClaimCursor after = null;
        while (true) {
            List<Claim> page = repository.findAfter(ofArticle(), after, 97);
            page.forEach(c -> byKey.add(c.id()));
            if (page.size() < 97) {
                break;
            }
            after = ClaimCursor.decode(ClaimCursor.after(page.get(page.size() - 1)).encode());
        }
        assertThat(byKey).hasSize(CLAIMS).isEqualTo(byOffset);
        assertThatThrownBy(() -> service.findAfter(ofArticle().withQuery("wheat"), null, 10))
                .isInstanceOf(ValidationException.class).hasMessageContaining("relevance");
    }

    @Test
    void badCursorsAreRefused() {
        for (String bad : List.of("%%%", "bm90LWEtY3Vyc29y", "MS4yMDAwMDAwMDAwLjM", "")) {
            assertThatThrownBy(() -> ClaimCursor.decode(bad)).isInstanceOf(ValidationException.class)
                    .extracting(e -> ((ValidationException) e).code()).isEqualTo("claim.cursor.invalid");
        }
    }

    @Test
    void apiPagesByCursorAndSaysWhenTheTotalIsAnEstimate() {
        accounts.ensure("scale-checker", Role.CHECKER);
        Api api = new Api(baseUrl(), "scale-checker", TestAccounts.PASSWORD);
        JsonNode first = api.get("/api/v1/claims?articleId=" + articleId + "&limit=500").json();
        assertThat(first.get("totalExact").asBoolean()).isFalse();
        assertThat(first.get("items")).hasSize(500);
        List<Long> ids = new ArrayList<>();
        first.get("items").forEach(i -> ids.add(i.get("id").asLong()));
        JsonNode page = first;
        while (page.hasNonNull("nextCursor")) {
            page = api.get("/api/v1/claims?articleId=" + articleId + "&limit=500&cursor="
                    + page.get("nextCursor").asText()).json();
            page.get("items").forEach(i -> ids.add(i.get("id").asLong()));
        }
        assertThat(ids).isEqualTo(repository.find(ofArticle(), 0, CLAIMS, List.of()).stream().map(Claim::id).toList());
        // offsets keep working, with the same rows
        JsonNode offset = api.get("/api/v1/claims?articleId=" + articleId + "&limit=10&offset=500").json();
        assertThat(offset.get("items").get(0).get("id").asLong()).isEqualTo(ids.get(500));
        assertThat(offset.has("nextCursor")).isFalse();

        Api.Response bad = api.get("/api/v1/claims?articleId=" + articleId + "&cursor=garbage");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("code").asText()).isEqualTo("claim.cursor.invalid");
        Api.Response withQuery = api.get("/api/v1/claims?q=wheat&cursor=" + first.get("nextCursor").asText());
        assertThat(withQuery.status()).isEqualTo(422);
        assertThat(withQuery.json().get("code").asText()).isEqualTo("claim.cursor.withQuery");
    }

    @Test
    void searchWithoutRumRanksEveryMatchThroughGin() {
        System.out.println("[ClaimListScaleDbTest] search plan on the test database: "
                + (plan.rum() ? "RUM" : "GIN fallback (no RUM index)"));
        List<ClaimHit> hits = repository.search(ofArticle().withQuery("wheat production"), 0, 20, List.of());
        assertThat(hits).hasSize(20);
        assertThat(hits).allSatisfy(h -> {
            assertThat(h.claim().statement()).startsWith("Wheat production");
            assertThat(h.statementMatches()).isNotEmpty();
        });
        // relevance order, ties newest id first: the same as ranking every match in SQL
        List<Long> expected = dsl.fetch("""
                select id from claim where article_id = ? and not removed
                  and search_document @@ (websearch_to_tsquery('pg_catalog.arabic', 'wheat production')
                      || websearch_to_tsquery('pg_catalog.english', 'wheat production')
                      || websearch_to_tsquery('pg_catalog.simple', 'wheat production'))
                order by ts_rank_cd(search_document, websearch_to_tsquery('pg_catalog.arabic', 'wheat production')
                      || websearch_to_tsquery('pg_catalog.english', 'wheat production')
                      || websearch_to_tsquery('pg_catalog.simple', 'wheat production')) desc, id desc
                limit 20""", articleId).map(r -> r.get(0, Long.class));
        assertThat(hits.stream().map(h -> h.claim().id()).toList()).isEqualTo(expected);
    }
}
