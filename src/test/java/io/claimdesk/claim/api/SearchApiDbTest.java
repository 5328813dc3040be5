package io.claimdesk.claim.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimdesk.core.text.SampleArticles;
import io.claimdesk.support.Api;
import io.claimdesk.support.IntegrationTest;
import io.claimdesk.user.domain.Role;
import io.claimdesk.user.domain.TestAccounts;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.claimdesk.db.Tables.CLAIM;
import static io.claimdesk.db.Tables.CLAIM_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

/** Full-text search, similar claims ("checked before"), claim groups and verdict reuse through the API. */
class SearchApiDbTest extends IntegrationTest {

    /** Our own follow-up story: repeats the sample's first claim in other words. */
    static final String FOLLOW_UP = """
            قال قاسم الأعرجي مستشار الأمن القومي العراقي يوم الخميس إن المهام القتالية لقوات التحالف الدولي في العراق انتهت رسميا.
            وأضاف أن المستشارين العسكريين سيبقون لتدريب القوات العراقية.""";

    @Autowired
    DSLContext dsl;

    private Api checker;

    @BeforeEach
    void account() {
        accounts.ensure("search-checker", Role.CHECKER);
        checker = new Api(baseUrl(), "search-checker", TestAccounts.PASSWORD);
    }

    private long article(String body) {
        Api.Response r = checker.post("/api/v1/articles", Map.of("body", body, "force", true));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private JsonNode claim(long articleId, String quote, String statement) {
        Api.Response r = checker.post("/api/v1/articles/" + articleId + "/claims",
                statement == null ? Map.of("quote", quote) : Map.of("quote", quote, "statement", statement));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private List<Long> search(long articleId, String q) {
        JsonNode page = checker.get("/api/v1/claims?articleId=" + articleId + "&q=" + enc(q)).json();
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(i -> ids.add(i.get("id").asLong()));
        assertThat(page.get("total").asInt()).isEqualTo(ids.size());
        return ids;
    }

    @Test
    void searching_without_hamza_finds_the_claim_written_with_hamza() {
        long article = article("أعلن مستشار الأمن القومي قاسم الأعرجي، الخميس، انتهاء المهام. "
                + "وقالت وزارة الصحة إن الحملة شملت مليون طفل. " + UUID.randomUUID());
        long hamza = claim(article, "أعلن مستشار الأمن القومي قاسم الأعرجي، الخميس، انتهاء المهام.", null)
                .get("id").asLong();
        claim(article, "وقالت وزارة الصحة إن الحملة شملت مليون طفل.", null);

        assertThat(search(article, "الاعرجي")).containsExactly(hamza);
        assertThat(search(article, "الأعرجي")).containsExactly(hamza);
        assertThat(search(article, "اعلن الاعرجي")).containsExactly(hamza);
        assertThat(search(article, "طفل")).doesNotContain(hamza).hasSize(1);
        assertThat(search(article, "غيرموجودة")).isEmpty();
    }

    @Test
    void english_search_is_stemmed_and_ranked() {
        long article = article("The minister announced new wheat subsidies on Monday. "
                + "Officials announce plans often. Farmers said wheat prices fell. " + UUID.randomUUID());
        long both = claim(article, "The minister announced new wheat subsidies on Monday.", null).get("id").asLong();
        long announce = claim(article, "Officials announce plans often.", null).get("id").asLong();
        long wheat = claim(article, "Farmers said wheat prices fell.", null).get("id").asLong();

        assertThat(search(article, "announce")).containsExactlyInAnyOrder(both, announce);
        assertThat(search(article, "announcing wheat")).containsExactly(both);
        assertThat(search(article, "wheat")).containsExactlyInAnyOrder(both, wheat);
        assertThat(search(article, "wheat or announce").get(0)).isEqualTo(both);
    }

    @Test
    void html_in_a_statement_comes_back_as_literal_text() {
        long article = article("The ministry <b>announced</b> a plan for the new schools on Monday. "
                + "The minister said that the schools will open next year. " + UUID.randomUUID());
        claim(article, "The ministry <b>announced</b> a plan for the new schools on Monday.", null);
        JsonNode items = checker.get("/api/v1/claims?articleId=" + article + "&q=announce").json().get("items");
        assertThat(items.get(0).get("statement").asText()).isEqualTo("The ministry <b>announced</b> a plan for the new schools on Monday.");
    }

    @Test
    void article_list_search_is_full_text_over_title_and_body() {
        String token = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        long article = article("وقالت الوزارة إن الأسعار ارتفعت. " + token);
        JsonNode page = checker.get("/api/v1/articles?q=" + enc("الاسعار " + token)).json();
        assertThat(page.get("items")).extracting(i -> i.get("id").asLong()).containsExactly(article);
    }

    @Test
    void the_similar_endpoint_lists_the_other_articles_rewording_of_the_sample_claim_first() {
        String sample = SampleArticles.read("iraq-coalition-ar.txt");
        Assumptions.assumeTrue(sample != null && !sample.isBlank(), "sample article not present");
        long sampleArticle = checker.postFile("/api/v1/articles", "iraq.txt", "text/plain",
                sample.getBytes(StandardCharsets.UTF_8), Map.of("force", "true")).json().get("id").asLong();
        long original = claim(sampleArticle, "أعلن مستشار الأمن القومي العراقي قاسم الأعرجي، الخميس، انتهاء "
                + "المهام القتالية لقوات التحالف الدولي في البلاد بشكل رسمي", null).get("id").asLong();
        claim(sampleArticle, "وكان البنتاغون قد أشار في وقت سابق إلى بقاء قوات بلاده في مناطق بالعراق", null);
        long followUp = article(FOLLOW_UP + "\n" + UUID.randomUUID());
        long reworded = claim(followUp, FOLLOW_UP.lines().findFirst().orElseThrow(), null).get("id").asLong();
        long unrelated = article("وقالت وزارة التربية إن العام الدراسي يبدأ في أيلول. " + UUID.randomUUID());
        claim(unrelated, "وقالت وزارة التربية إن العام الدراسي يبدأ في أيلول.", null);

        Api.Response r = checker.get("/api/v1/claims/" + original + "/similar");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode similar = r.json();
        assertThat(similar.size()).isPositive();
        List<Long> ids = new ArrayList<>();
        double previous = 1.0;
        for (JsonNode s : similar) {
            assertThat(s.get("claim").get("articleId").asLong()).isNotEqualTo(sampleArticle);
            assertThat(s.get("similarity").asDouble()).isBetween(0.3, previous);
            previous = s.get("similarity").asDouble();
            ids.add(s.get("claim").get("id").asLong());
        }
        // other copies of the sample imported by other tests may hold the very same sentence; none of them
        // is our reworded claim, and nothing unrelated may come before it
        assertThat(ids).contains(reworded);
        JsonNode first = similar.get(0).get("claim");
        String originalStatement = checker.get("/api/v1/claims/" + original).json().get("statement").asText();
        assertThat(first.get("id").asLong() == reworded
                || first.get("statement").asText().equals(originalStatement)).as(first.toString()).isTrue();
        assertThat(similar.get(0).get("claim").has("status")).isTrue();
        assertThat(similar.get(0).get("claim").has("verdict")).isTrue();

        // and the other way round
        assertThat(checker.get("/api/v1/claims/" + reworded + "/similar").json())
                .extracting(s -> s.get("claim").get("id").asLong()).contains(original);
    }

    @Test
    void creating_a_near_duplicate_in_the_same_article_warns() {
        long article = article("The mayor said 40 parks will open this year. The mayor said that 40 parks "
                + "would open this year. " + UUID.randomUUID());
        JsonNode first = claim(article, "The mayor said 40 parks will open this year.", null);
        assertThat(first.get("warnings")).isEmpty();
        assertThat(first.get("id").asLong()).isPositive();
        JsonNode second = claim(article, "The mayor said that 40 parks would open this year.", null);
        assertThat(second.get("warnings")).hasSize(1);
        assertThat(second.get("warnings").get(0).get("code").asText()).isEqualTo("similar-claim-in-article");
        assertThat(second.get("warnings").get(0).get("claimId").asLong()).isEqualTo(first.get("id").asLong());
    }

    @Test
    void marking_the_same_claim_groups_both_records_history_and_offers_the_approved_verdict_for_reuse() {
        long a1 = article("The minister said exports rose 20 percent. " + UUID.randomUUID());
        long a2 = article("Exports rose 20 percent, the minister said. " + UUID.randomUUID());
        long approved = claim(a1, "The minister said exports rose 20 percent.", null).get("id").asLong();
        JsonNode other = claim(a2, "Exports rose 20 percent, the minister said.", null);
        long otherId = other.get("id").asLong();

        assertThat(checker.get("/api/v1/claims/" + otherId + "/group/verdict").status()).isEqualTo(204);
        Api.Response joined = checker.post("/api/v1/claims/" + otherId + "/same-as", Map.of("claimId", approved));
        assertThat(joined.status()).as(joined.body()).isEqualTo(200);
        assertThat(joined.json().get("members")).extracting(m -> m.get("id").asLong()).containsExactly(approved);
        assertThat(dsl.fetchCount(CLAIM_EVENT, CLAIM_EVENT.CLAIM_ID.in(approved, otherId),
                CLAIM_EVENT.KIND.eq("group.joined"))).isEqualTo(2);

        // approval is the review workflow's job; here the approved state is written directly
        dsl.update(CLAIM).set(CLAIM.STATUS, io.claimdesk.db.enums.ClaimStatus.APPROVED)
                .set(CLAIM.VERDICT, "MOSTLY_TRUE").set(CLAIM.RATIONALE, "Customs data show 19.6 %.")
                .where(CLAIM.ID.eq(approved)).execute();
        JsonNode verdict = checker.get("/api/v1/claims/" + otherId + "/group/verdict").json();
        assertThat(verdict.get("verdict").asText()).isEqualTo("MOSTLY_TRUE");
        assertThat(verdict.get("claimId").asLong()).isEqualTo(approved);

        int version = checker.get("/api/v1/claims/" + otherId).json().get("version").asInt();
        assertThat(checker.post("/api/v1/claims/" + otherId + "/group/verdict/reuse", Map.of("version", version - 1))
                .status()).isEqualTo(409);
        JsonNode reused = checker.post("/api/v1/claims/" + otherId + "/group/verdict/reuse",
                Map.of("version", version)).json();
        assertThat(reused.get("verdict").asText()).isEqualTo("MOSTLY_TRUE");
        assertThat(reused.get("rationale").asText()).isEqualTo("Customs data show 19.6 %.");
        assertThat(reused.get("status").asText()).isEqualTo("NEW");
        assertThat(dsl.fetchCount(CLAIM_EVENT, CLAIM_EVENT.CLAIM_ID.eq(otherId),
                CLAIM_EVENT.KIND.eq("verdict.reused"))).isEqualTo(1);
    }

    @Test
    void bad_inputs_are_refused() {
        long article = article("The council said taxes stay flat. " + UUID.randomUUID());
        long id = claim(article, "The council said taxes stay flat.", null).get("id").asLong();
        assertThat(checker.post("/api/v1/claims/" + id + "/same-as", Map.of("claimId", id)).status())
                .isEqualTo(422);
        assertThat(checker.post("/api/v1/claims/" + id + "/same-as", Map.of("claimId", Long.MAX_VALUE)).status())
                .isEqualTo(404);
        assertThat(checker.get("/api/v1/claims/" + Long.MAX_VALUE + "/similar").status()).isEqualTo(404);
        assertThat(checker.post("/api/v1/claims/" + id + "/group/verdict/reuse", Map.of("version", 0)).status())
                .isEqualTo(422);
        assertThat(new Api(baseUrl(), null, null).get("/api/v1/claims/" + id + "/similar").status())
                .isEqualTo(401);
        assertThat(search(article, "   ")).isNotEmpty();
    }
}
