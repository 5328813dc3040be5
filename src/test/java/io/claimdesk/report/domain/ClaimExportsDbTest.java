package io.claimdesk.report.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.db.enums.ClaimStatus;
import io.claimdesk.db.enums.Stance;
import io.claimdesk.db.enums.UserRole;
import io.claimdesk.report.ReportFixtures;
import io.claimdesk.support.Fixtures;
import io.claimdesk.support.IntegrationTest;
import io.claimdesk.user.domain.Role;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jooq.DSLContext;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

class ClaimExportsDbTest extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EVIL_CLAIMANT = "=HYPERLINK(\"http://x\")";
    private static final String SCRIPT_STATEMENT = "Wheat output rose </script><script>alert(1)</script> by 12%";

    @Autowired
    DSLContext dsl;
    @Autowired
    ClaimExportService exports;

    private ReportFixtures fixtures;
    private long article;
    private long approved;
    private long inProgress;
    private long fresh;

    @BeforeEach
    void data() {
        fixtures = new ReportFixtures(dsl);
        long checker = fixtures.user("export-checker", "Export Checker", UserRole.CHECKER);
        long supervisor = fixtures.user("export-supervisor", "مشرف التصدير", UserRole.SUPERVISOR);
        article = fixtures.article(checker, "القمح, \"الأردن\"\nتقرير", "https://news.example/ar/export-" + System.nanoTime(),
                Fixtures.ARABIC_STORY, "ar");
        approved = fixtures.claim(article, "إنتاج القمح ارتفع بنسبة 12 في المئة", SCRIPT_STATEMENT, EVIL_CLAIMANT,
                checker);
        fixtures.evidence(approved, "https://moa.example.jo/export-stats?utm_source=fb&fbclid=IwAR0",
                "https://moa.example.jo/export-stats", "Stats", Stance.SUPPORTS, checker);
        fixtures.evidence(approved, "https://blog.example/export-doubt", "Doubt", Stance.REFUTES, checker);
        fixtures.decide(approved, ClaimStatus.APPROVED, "MOSTLY_TRUE", "Line one\nline two, \"quoted\"", checker,
                supervisor);
        inProgress = fixtures.claim(article, "ستوزع 40 ألف طن من البذور", "Seeds 40k t", " -5% claimant", checker);
        fixtures.decide(inProgress, ClaimStatus.READY_FOR_REVIEW, "FALSE", "proposed only", checker, supervisor);
        fresh = fixtures.claim(article, "وكانت الأمطار قد تراجعت", "Rain fell", "@mention", checker);
        long removed = fixtures.claim(article, "أدنى مستوى منذ عقدين", "removed claim", "x", checker);
        fixtures.remove(removed, checker);
        runAs("export-checker", Role.CHECKER);
    }

    private ClaimFilter ofArticle() {
        return new ClaimFilter(article, null, null, null, null, ClaimFilter.DateField.CLAIM_DATE);
    }

    @Test
    void csv_starts_with_a_bom_neutralises_formulas_and_reads_back() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = exports.writeCsv(ofArticle(), out, true, "en", ReportVariant.PUBLIC);

        byte[] bytes = out.toByteArray();
        assertThat(written).isEqualTo(3);
        assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
        assertThat(bytes[1] & 0xFF).isEqualTo(0xBB);
        assertThat(bytes[2] & 0xFF).isEqualTo(0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
        assertThat(records).hasSize(3);
        CSVRecord first = records.get(0);
        assertThat(first.get("claimant")).isEqualTo("'" + EVIL_CLAIMANT);
        assertThat(first.get("article title")).isEqualTo("القمح, \"الأردن\"\nتقرير");
        assertThat(first.get("quote")).isEqualTo("إنتاج القمح ارتفع بنسبة 12 في المئة");
        assertThat(first.get("statement")).isEqualTo(SCRIPT_STATEMENT);
        assertThat(first.get("claim date")).isEqualTo("2024-10-06");
        assertThat(first.get("status")).isEqualTo("APPROVED");
        assertThat(first.get("verdict")).isEqualTo("Mostly true");
        assertThat(first.get("rationale")).isEqualTo("Line one\nline two, \"quoted\"");
        // the canonical link (tracking parameters gone) with the archived copy beside it
        assertThat(first.get("evidence")).isEqualTo("SUPPORTS https://moa.example.jo/export-stats (archive: "
                + "https://web.archive.org/web/2024/https://moa.example.jo/export-stats) | REFUTES "
                + "https://blog.example/export-doubt (archive: https://web.archive.org/web/2024/"
                + "https://blog.example/export-doubt)");
        // every row carries its article
        for (CSVRecord r : records) {
            assertThat(r.get("article id")).isEqualTo(Long.toString(article));
            assertThat(r.get("article title")).isEqualTo("القمح, \"الأردن\"\nتقرير");
            assertThat(r.get("article URL")).startsWith("https://news.example/ar/export-");
        }
        assertThat(first.get("approver")).isEqualTo("مشرف التصدير");
        assertThat(first.get("approval time (UTC)")).isEqualTo("2024-10-08T23:30:15.123456Z");
        assertThat(records.get(1).get("claimant")).isEqualTo("' -5% claimant");
        assertThat(records.get(1).get("approver")).isEmpty();
        // a proposed verdict is not approved: the public CSV leaves it and its rationale out
        assertThat(records.get(1).get("status")).isEqualTo("READY_FOR_REVIEW");
        assertThat(records.get(1).get("verdict")).isEmpty();
        assertThat(records.get(1).get("rationale")).isEmpty();
        assertThat(records.get(2).get("claimant")).isEqualTo("'@mention");
        assertThat(records.get(2).get("verdict")).isEmpty();
        assertThat(text).doesNotContain("removed claim");
    }

    @Test
    void csv_without_bom_and_with_arabic_verdicts_and_filters() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.writeCsv(new ClaimFilter(article, "ready_for_review", null, null, null, null), out, false, "ar",
                ReportVariant.INTERNAL);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("article id,article title,article URL,");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.get("statement")).isEqualTo("Seeds 40k t");
            assertThat(r.get("verdict")).isEqualTo("خاطئ");
            assertThat(r.get("rationale")).isEqualTo("proposed only");
        });
    }

    @Test
    void claimreview_holds_only_approved_claims_with_every_field() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = exports.writeClaimReviews(ofArticle(), out);

        JsonNode reviews = JSON.readTree(out.toByteArray());
        assertThat(written).isEqualTo(1);
        assertThat(reviews.isArray()).isTrue();
        assertThat(reviews).hasSize(1);
        JsonNode r = reviews.get(0);
        assertThat(r.get("@context").asText()).isEqualTo("https://schema.org");
        assertThat(r.get("@type").asText()).isEqualTo("ClaimReview");
        assertThat(r.get("claimReviewed").asText()).isEqualTo(SCRIPT_STATEMENT);
        assertThat(r.get("url").asText()).isEqualTo("https://factcheck.example.org/checks/" + approved);
        assertThat(r.get("datePublished").asText()).isEqualTo("2024-10-08T23:30:15Z");
        assertThat(r.get("dateModified").asText()).isEqualTo("2024-10-08T23:30:15Z");
        assertThat(r.at("/author/@type").asText()).isEqualTo("Organization");
        assertThat(r.at("/author/name").asText()).isEqualTo("Claimdesk newsroom");
        assertThat(r.at("/author/url").asText()).isEqualTo("https://factcheck.example.org/");
        assertThat(r.at("/reviewRating/@type").asText()).isEqualTo("Rating");
        assertThat(r.at("/reviewRating/ratingValue").asInt()).isEqualTo(5);
        assertThat(r.at("/reviewRating/bestRating").asInt()).isEqualTo(6);
        assertThat(r.at("/reviewRating/worstRating").asInt()).isEqualTo(1);
        // the claim is Arabic: the textual rating is the Arabic label
        assertThat(r.at("/reviewRating/alternateName").asText()).isEqualTo("صحيح في معظمه");
        assertThat(r.at("/itemReviewed/@type").asText()).isEqualTo("Claim");
        assertThat(r.at("/itemReviewed/author/@type").asText()).isEqualTo("Person");
        assertThat(r.at("/itemReviewed/author/name").asText()).isEqualTo(EVIL_CLAIMANT);
        assertThat(r.at("/itemReviewed/datePublished").asText()).isEqualTo("2024-10-06");
        assertThat(r.at("/itemReviewed/appearance/url").asText()).startsWith("https://news.example/ar/export-");

        ByteArrayOutputStream none = new ByteArrayOutputStream();
        assertThat(exports.writeClaimReviews(new ClaimFilter(article, "NEW", null, null, null, null), none)).isZero();
        assertThat(none.toString(StandardCharsets.UTF_8)).isEqualTo("[]");
    }

    @Test
    void claimreview_with_script_end_tag_stays_inside_its_script_element() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.writeClaimReviews(ofArticle(), out);
        String jsonLd = out.toString(StandardCharsets.UTF_8);
        assertThat(jsonLd).doesNotContain("</script", "<script");

        String page = "<!DOCTYPE html><html><head><script type=\"application/ld+json\">" + jsonLd
                + "</script></head><body><p id=\"after\">after</p></body></html>";
        Document doc = Jsoup.parse(page);

        assertThat(doc.select("script")).hasSize(1);
        Element script = doc.selectFirst("script");
        assertThat(JSON.readTree(script.data()).get(0).get("claimReviewed").asText()).isEqualTo(SCRIPT_STATEMENT);
        assertThat(doc.getElementById("after")).isNotNull();
    }

    @Test
    void web_annotations_target_the_article_with_quote_and_position_selectors() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.writeAnnotations(ofArticle(), out);

        JsonNode collection = JSON.readTree(out.toByteArray());
        assertThat(collection.get("@context").asText()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
        assertThat(collection.get("type").asText()).isEqualTo("AnnotationCollection");
        assertThat(collection.get("total").asInt()).isEqualTo(3);
        JsonNode items = collection.at("/first/items");
        assertThat(collection.at("/first/type").asText()).isEqualTo("AnnotationPage");
        assertThat(items).hasSize(3);
        List<Long> ids = new ArrayList<>();
        items.forEach(i -> ids.add(Long.parseLong(i.get("id").asText().substring("urn:claimdesk:claim:".length()))));
        assertThat(ids).containsExactly(approved, inProgress, fresh);
        JsonNode a = items.get(0);
        assertThat(a.get("type").asText()).isEqualTo("Annotation");
        assertThat(a.at("/target/source").asText()).startsWith("https://news.example/ar/export-");
        JsonNode quote = a.at("/target/selector/0");
        assertThat(quote.get("type").asText()).isEqualTo("TextQuoteSelector");
        assertThat(quote.get("exact").asText()).isEqualTo("إنتاج القمح ارتفع بنسبة 12 في المئة");
        assertThat(quote.get("prefix").asText()).endsWith("الأحد، أن ");
        JsonNode position = a.at("/target/selector/1");
        assertThat(position.get("type").asText()).isEqualTo("TextPositionSelector");
        int start = position.get("start").asInt();
        int end = position.get("end").asInt();
        assertThat(io.claimdesk.core.text.CodePoints.substring(Fixtures.ARABIC_STORY, start, end))
                .isEqualTo(quote.get("exact").asText());
        assertThat(a.at("/body/0/value").asText()).isEqualTo(SCRIPT_STATEMENT);
        assertThat(a.at("/body/1/value").asText()).isEqualTo("status:APPROVED");
        assertThat(a.at("/body/2/value").asText()).isEqualTo("Mostly true");
        // the claim in review has a proposed verdict: it stays inside the desk
        JsonNode inReview = items.get(1);
        assertThat(inReview.get("body")).hasSize(2);
        assertThat(inReview.at("/body/1/value").asText()).isEqualTo("status:READY_FOR_REVIEW");
        assertThat(inReview.toString()).doesNotContain("False");
    }

    @Test
    void bad_filters_are_refused() {
        assertThatThrownBy(() -> new ClaimFilter(null, "PUBLISHED", null, null, null, null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Unknown status PUBLISHED");
        assertThatThrownBy(() -> new ClaimFilter(null, null, null, java.time.LocalDate.of(2024, 2, 1),
                java.time.LocalDate.of(2024, 1, 1), null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("starts");
    }

    @Test
    void date_range_on_claim_date_and_on_creation() throws Exception {
        var day = java.time.LocalDate.of(2024, 10, 6);
        assertThat(exports.count(new ClaimFilter(article, null, null, day, day, ClaimFilter.DateField.CLAIM_DATE)))
                .isEqualTo(3);
        assertThat(exports.count(new ClaimFilter(article, null, null, day.plusDays(1), null,
                ClaimFilter.DateField.CLAIM_DATE))).isZero();
        var today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        assertThat(exports.count(new ClaimFilter(article, null, null, today.minusDays(1), today.plusDays(1),
                ClaimFilter.DateField.CREATED))).isEqualTo(3);
        assertThat(exports.count(new ClaimFilter(article, null, "FALSE", null, null, null))).isEqualTo(1);
    }

    @Test
    void exports_need_a_signed_in_user() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> exports.writeCsv(ofArticle(), new ByteArrayOutputStream(), true, "en",
                ReportVariant.PUBLIC))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
