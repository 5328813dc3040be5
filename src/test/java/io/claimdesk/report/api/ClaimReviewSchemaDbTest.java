package io.claimdesk.report.api;

import static io.claimdesk.db.Tables.CLAIM;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.claimdesk.cli.ClaimdeskCli;
import io.claimdesk.db.enums.Stance;
import io.claimdesk.report.ReportFixtures;
import io.claimdesk.support.Api;
import io.claimdesk.support.Fixtures;
import io.claimdesk.support.IntegrationTest;
import io.claimdesk.support.TestDatabase;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.Role;
import io.claimdesk.user.domain.TestAccounts;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 15, acceptance 2 (the parts without the public page): the ClaimReview of {@code /export/claimreview.jsonld}
 * and of the command line are equal and pass the JSON Schema of what search engines require
 * ({@code src/test/resources/claimreview/claimreview.schema.json}); an approved Unproven claim has no numeric
 * rating; an Arabic claim has the Arabic {@code alternateName}; a re-approval moves {@code dateModified} only.
 */
class ClaimReviewSchemaDbTest extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Schema SCHEMA = loadSchema();

    @Autowired
    DSLContext dsl;

    @TempDir
    Path dir;

    @BeforeAll
    static void pointTheCommandLineAtTheTestDatabase() {
        TestDatabase db = TestDatabase.get();
        System.setProperty("claimdesk.db.url", db.url());
        System.setProperty("claimdesk.db.user", db.user());
        System.setProperty("claimdesk.db.password", db.password());
    }

    @AfterAll
    static void forget() {
        System.clearProperty("claimdesk.db.url");
        System.clearProperty("claimdesk.db.user");
        System.clearProperty("claimdesk.db.password");
    }

    private static Schema loadSchema() {
        try (InputStream in = ClaimReviewSchemaDbTest.class.getResourceAsStream("/claimreview/claimreview.schema.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Api as(AppUser user) {
        return new Api(baseUrl(), user.username(), TestAccounts.PASSWORD);
    }

    private void step(AppUser user, long claim, Map<String, Object> body, String expected) {
        Api.Response r = as(user).post("/api/v1/claims/" + claim + "/transitions", body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("status").asText()).isEqualTo(expected);
    }

    private int version(long claim) {
        return dsl.select(CLAIM.VERSION).from(CLAIM).where(CLAIM.ID.eq(claim)).fetchSingle(CLAIM.VERSION);
    }

    private void proposeAndApprove(AppUser checker, AppUser supervisor, long claim, String verdict) {
        step(checker, claim, Map.of("action", "propose", "verdict", verdict, "rationale", "Figures say otherwise.",
                "version", version(claim)), "READY_FOR_REVIEW");
        step(supervisor, claim, Map.of("action", "approve", "version", version(claim)), "APPROVED");
    }

    @Test
    void api_and_command_line_claimreview_are_equal_pass_the_schema_and_are_correct_by_construction()
            throws Exception {
        AppUser checker = accounts.ensure("claimreview-checker", Role.CHECKER);
        AppUser supervisor = accounts.ensure("claimreview-supervisor", Role.SUPERVISOR);
        ReportFixtures f = new ReportFixtures(dsl);
        String articleUrl = "https://news.example/ar/claimreview-" + System.nanoTime();
        long article = f.article(checker.id(), "تقرير القمح", articleUrl, Fixtures.ARABIC_STORY, "ar");

        // an Arabic claim, approved, reopened and approved again
        long arabic = f.claim(article, "إنتاج القمح ارتفع", "ارتفع إنتاج القمح 12 في المئة", "وزارة الزراعة",
                checker.id());
        f.evidence(arabic, "https://moa.example.jo/claimreview-stats", "Stats", Stance.REFUTES, checker.id());
        step(checker, arabic, Map.of("action", "start", "version", 0), "IN_PROGRESS");
        proposeAndApprove(checker, supervisor, arabic, "FALSE");
        OffsetDateTime firstApproval = approvedAt(arabic);
        Thread.sleep(1100); // the dates are written to the second
        step(supervisor, arabic, Map.of("action", "reopen", "reason", "New ministry figures", "version",
                version(arabic)), "IN_PROGRESS");
        proposeAndApprove(checker, supervisor, arabic, "FALSE");
        OffsetDateTime reApproval = approvedAt(arabic);

        // an English claim quoted in the Arabic article, approved as Unproven (off the numeric scale)
        long unproven = f.claim(article, "ستوزع 40 ألف طن من البذور", "The government will hand out 40,000 t of seed",
                "Minister of Agriculture", checker.id());
        dsl.update(CLAIM).set(CLAIM.LANGUAGE, "en").where(CLAIM.ID.eq(unproven)).execute();
        f.evidence(unproven, "https://moa.example.jo/claimreview-seeds", "Seeds", Stance.CONTEXT, checker.id());
        step(checker, unproven, Map.of("action", "start", "version", 0), "IN_PROGRESS");
        proposeAndApprove(checker, supervisor, unproven, "UNPROVEN");

        // a claim still in review: no ClaimReview
        long inReview = f.claim(article, "وكانت الأمطار قد تراجعت", "Rain fell", "x", checker.id());
        f.evidence(inReview, "https://moa.example.jo/claimreview-rain", "Rain", Stance.SUPPORTS, checker.id());
        step(checker, inReview, Map.of("action", "start", "version", 0), "IN_PROGRESS");
        step(checker, inReview, Map.of("action", "propose", "verdict", "TRUE", "rationale", "r", "version",
                version(inReview)), "READY_FOR_REVIEW");

        Api.Response api = as(checker).get("/api/v1/export/claimreview.jsonld?articleId=" + article);
        assertThat(api.status()).isEqualTo(200);
        Path file = dir.resolve("claimreview.jsonld");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ClaimdeskCli.run(new String[] {"export", "--as", checker.username(), "--format", "claimreview",
                        "--article", Long.toString(article), "--out", file.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        byte[] cli = Files.readAllBytes(file);

        // CLI and API output equal, byte for byte
        assertThat(new String(cli, StandardCharsets.UTF_8)).isEqualTo(api.body());
        JsonNode reviews = JSON.readTree(cli);
        assertThat(reviews).hasSize(2);
        for (JsonNode review : reviews) {
            List<Error> errors = SCHEMA.validate(review);
            assertThat(errors).as(review.toString()).isEmpty();
            JsonNode rating = review.get("reviewRating");
            if (rating.has("ratingValue")) {
                assertThat(rating.get("worstRating").asInt()).isLessThanOrEqualTo(rating.get("ratingValue").asInt());
                assertThat(rating.get("ratingValue").asInt()).isLessThanOrEqualTo(rating.get("bestRating").asInt());
            }
            assertThat(review.at("/author/@type").asText()).isEqualTo("Organization");
            assertThat(review.at("/author/name").asText()).isEqualTo("Claimdesk newsroom");
            assertThat(review.at("/author/url").asText()).isEqualTo("https://factcheck.example.org/");
            assertThat(review.at("/itemReviewed/appearance/url").asText()).isEqualTo(articleUrl);
            assertThat(review.at("/itemReviewed/datePublished").asText()).isEqualTo("2024-10-06");
        }

        JsonNode ar = reviews.get(0);
        assertThat(ar.get("url").asText()).isEqualTo("https://factcheck.example.org/checks/" + arabic);
        assertThat(ar.get("inLanguage").asText()).isEqualTo("ar");
        assertThat(ar.at("/reviewRating/alternateName").asText()).isEqualTo("خاطئ");
        assertThat(ar.at("/reviewRating/ratingValue").asInt()).isEqualTo(1);
        assertThat(ar.at("/reviewRating/bestRating").asInt()).isEqualTo(6);
        assertThat(ar.at("/reviewRating/worstRating").asInt()).isEqualTo(1);
        assertThat(ar.at("/itemReviewed/@type").asText()).isEqualTo("Claim");
        assertThat(ar.at("/itemReviewed/author/name").asText()).isEqualTo("وزارة الزراعة");
        assertThat(ar.get("datePublished").asText()).isEqualTo(utc(firstApproval));
        assertThat(ar.get("dateModified").asText()).isEqualTo(utc(reApproval));
        assertThat(reApproval).isAfter(firstApproval.plusSeconds(1));

        JsonNode en = reviews.get(1);
        assertThat(en.get("inLanguage").asText()).isEqualTo("en");
        assertThat(en.at("/reviewRating/alternateName").asText()).isEqualTo("Unproven");
        assertThat(en.get("reviewRating").has("ratingValue")).isFalse();
        assertThat(en.get("reviewRating").has("bestRating")).isFalse();
        assertThat(en.get("reviewRating").has("worstRating")).isFalse();
        assertThat(en.get("datePublished").asText()).isEqualTo(en.get("dateModified").asText());
        assertThat(reviews.toString()).doesNotContain("Rain fell");
    }

    @Test
    void the_schema_refuses_what_search_engines_would_not_take() throws Exception {
        ObjectNode good = (ObjectNode) JSON.readTree("""
                {"@context":"https://schema.org","@type":"ClaimReview","url":"https://f.example/checks/1",
                 "claimReviewed":"x","datePublished":"2024-10-08T23:30:15Z",
                 "author":{"@type":"Organization","name":"Desk"},
                 "reviewRating":{"@type":"Rating","alternateName":"False","ratingValue":1,"bestRating":6,"worstRating":1},
                 "itemReviewed":{"@type":"Claim","author":{"@type":"Person","name":"A"}}}""");
        assertThat(SCHEMA.validate(good)).isEmpty();

        ObjectNode noTextualRating = good.deepCopy();
        ((ObjectNode) noTextualRating.get("reviewRating")).remove("alternateName");
        assertThat(SCHEMA.validate(noTextualRating)).extracting(Error::getMessage)
                .anySatisfy(m -> assertThat(m).contains("alternateName"));

        ObjectNode valueWithoutScale = good.deepCopy();
        ((ObjectNode) valueWithoutScale.get("reviewRating")).remove("bestRating");
        assertThat(SCHEMA.validate(valueWithoutScale)).extracting(Error::getMessage)
                .anySatisfy(m -> assertThat(m).contains("bestRating"));

        ObjectNode noUrl = good.deepCopy();
        noUrl.remove("url");
        assertThat(SCHEMA.validate(noUrl)).extracting(Error::getMessage).anySatisfy(m -> assertThat(m).contains("url"));

        ObjectNode relativeUrl = good.deepCopy();
        relativeUrl.put("url", "/checks/1");
        assertThat(SCHEMA.validate(relativeUrl)).isNotEmpty();
    }

    private OffsetDateTime approvedAt(long claim) {
        return dsl.select(CLAIM.APPROVED_AT).from(CLAIM).where(CLAIM.ID.eq(claim)).fetchSingle(CLAIM.APPROVED_AT);
    }

    private static String utc(OffsetDateTime t) {
        return t.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)
                .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
