package io.claimdesk.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimdesk.db.enums.ClaimStatus;
import io.claimdesk.db.enums.Stance;
import io.claimdesk.db.enums.UserRole;
import io.claimdesk.report.ReportFixtures;
import io.claimdesk.support.IntegrationTest;
import io.claimdesk.user.domain.Role;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 15 on the PDF report: mixed-direction text comes back from the text layer as stored (acceptance 3), every
 * script is drawn with a bundled font that has its glyphs (acceptance 4), and the PDF is compact, numbered and
 * titled. Text is read with poppler's pdftotext, which turns right-to-left lines back into logical order (PDFBox
 * orders each line left to right first, so a right-to-left line that starts with a Latin run comes back
 * scrambled); the tests that need it are skipped when poppler-utils is not installed ({@code .ci/run} installs it).
 * Pages are written as PNG under {@code target/report/}.
 */
class ReportPdfTest extends IntegrationTest {

    /** Directional marks and embeddings pdftotext writes around runs (not part of the text). */
    private static final Pattern BIDI_CONTROLS = Pattern.compile("[\u200E\u200F\u202A-\u202E\u2066-\u2069]");

    @Autowired
    DSLContext dsl;
    @Autowired
    ReportService reports;

    private ReportFixtures f;
    private long checker;
    private long supervisor;

    @BeforeEach
    void users() {
        f = new ReportFixtures(dsl);
        checker = f.user("pdf-checker", "سارة", UserRole.CHECKER);
        supervisor = f.user("pdf-supervisor", "Omar", UserRole.SUPERVISOR);
        runAs("pdf-checker", Role.CHECKER);
    }

    /** pdftotext's text without directional controls, NFKC, every run of white space one space. */
    private static String flatText(byte[] pdf, String name) throws Exception {
        String text = PdfGlyphs.pdftotext(pdf, name);
        Assumptions.assumeTrue(text != null, "pdftotext (poppler-utils) is not installed");
        return flat(text);
    }

    private static String flat(String text) {
        return PdfGlyphs.NFKC.normalize(BIDI_CONTROLS.matcher(text).replaceAll("")).replaceAll("\\s+", " ").strip();
    }

    @Test
    void mixed_direction_claims_come_back_from_the_text_layer_as_stored_in_both_report_languages() throws Exception {
        long article = MixedDirectionReportTest.mixedArticle(dsl, checker, supervisor);
        for (String lang : List.of("ar", "en")) {
            byte[] pdf = reports.pdf(article, lang, ReportVariant.PUBLIC).content();
            PdfGlyphs.pages(pdf, "mixed-direction-" + lang);
            String poppler = flatText(pdf, "mixed-direction-" + lang);
            String pdfbox = flat(PdfGlyphs.text(pdf));
            System.out.println("pdftotext " + lang + ": " + poppler);
            System.out.println("PDFBox " + lang + ": " + pdfbox);
            // the acceptance example: statement, quote (the article's text) and the rationale's mixed runs
            assertThat(poppler).as(lang).contains(MixedDirectionReportTest.ARABIC)
                    .contains("لم تعلن UNICEF عن 250 مليون دولار؛ انظر www.example.org/ar?id=7 والبيان (ص 3).")
                    .contains("وزير المالية (Finance Minister)");
            // the English claim quoted inside the Arabic article: a left-to-right line, read back in logical
            // order by one extractor or the other
            assertThat(List.of(poppler, pdfbox)).as(lang)
                    .anySatisfy(text -> assertThat(text).contains(MixedDirectionReportTest.ENGLISH));
            assertThat(poppler).doesNotContain("#", "\uFFFD");
        }
    }

    @Test
    void every_script_is_drawn_with_an_embedded_subset_font_that_has_its_glyphs() throws Exception {
        String text = "قال الشاهد 🙂 إن وفداً من 中国 زار کرکوک مع الجنرال Жуков ومراسل שלום עולם 👍 ✅ پیشمەرگە";
        long article = f.article(checker, "中国 و کرکوک 🙂", "https://news.example/scripts-" + System.nanoTime(), text,
                "ar");
        long claim = f.claim(article, text, text, "Жуков 中国", checker);
        f.decide(claim, ClaimStatus.APPROVED, "FALSE", "מקור: 中国日报 🙂", checker, supervisor);
        for (String lang : List.of("ar", "en")) {
            byte[] pdf = reports.pdf(article, lang, ReportVariant.PUBLIC).content();
            List<PdfGlyphs.Glyph> glyphs = PdfGlyphs.glyphs(pdf);
            assertThat(glyphs).as(lang).isNotEmpty().allSatisfy(g -> {
                assertThat(g.hasGlyph()).as("%s has a glyph for '%s'", g.font(), g.unicode()).isTrue();
                assertThat(g.embedded()).as(g.font()).isTrue();
                assertThat(g.font()).as("a subset").matches("[A-Z]{6}\\+.+");
                assertThat(g.unicode()).isNotIn("#", "\uFFFD");
            });
            assertDrawnWith(glyphs, "中", "DroidSansFallback");
            assertDrawnWith(glyphs, "国", "DroidSansFallback");
            assertDrawnWith(glyphs, "🙂", "NotoEmoji");
            assertDrawnWith(glyphs, "👍", "NotoEmoji");
            assertDrawnWith(glyphs, "Ж", "DejaVuSans");
            assertDrawnWith(glyphs, "ש", "DejaVuSans");
            assertDrawnWith(glyphs, "ک", "NotoNaskhArabic");
            String extracted = flatText(pdf, "scripts-" + lang);
            assertThat(extracted).as(lang).contains(text, "Жуков 中国", "מקור: 中国日报 🙂");
            assertThat(PdfGlyphs.pages(pdf, "scripts-" + lang)).isNotEmpty();
        }
    }

    private static void assertDrawnWith(List<PdfGlyphs.Glyph> glyphs, String character, String font) {
        assertThat(glyphs).filteredOn(g -> g.unicode().equals(character)).as(character).isNotEmpty()
                .allSatisfy(g -> assertThat(g.font()).contains(font));
    }

    @Test
    void claims_flow_on_numbered_pages_and_the_pdf_carries_the_article_title() throws Exception {
        StringBuilder body = new StringBuilder();
        List<String> sentences = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            String sentence = "قالت الوزارة إن الإنتاج في المحافظة رقم " + i + " ارتفع بنسبة " + (i * 3) + " في المئة.";
            sentences.add(sentence);
            body.append(sentence).append(i % 3 == 0 ? "\n" : " ");
        }
        String title = "إنتاج القمح في 12 محافظة: تقرير 2025";
        long article = f.article(checker, title, "https://news.example/ar/flow-" + System.nanoTime(),
                body.toString().strip(), "ar");
        for (String sentence : sentences) {
            long claim = f.claim(article, sentence, sentence, "وزارة الزراعة", checker);
            f.evidence(claim, "https://moa.example.jo/" + claim, "إحصاءات الإنتاج " + claim, Stance.SUPPORTS, checker);
            f.decide(claim, ClaimStatus.APPROVED, "TRUE", "الأرقام الرسمية تؤكد ذلك.", checker, supervisor);
        }
        for (String lang : List.of("ar", "en")) {
            byte[] pdf = reports.pdf(article, lang, ReportVariant.PUBLIC).content();
            int pages;
            try (PDDocument document = Loader.loadPDF(pdf)) {
                pages = document.getNumberOfPages();
                assertThat(document.getDocumentInformation().getTitle()).isEqualTo(title);
                assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo(lang);
                assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
                String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(),
                        StandardCharsets.UTF_8);
                assertThat(xmp).contains(title, "<rdf:li>" + lang + "</rdf:li>");
            }
            // twelve claims with their evidence: they flow, several to a page
            assertThat(pages).as(lang).isBetween(2, 5);
            PdfGlyphs.pages(pdf, "flow-" + lang);
            String text = PdfGlyphs.pdftotext(pdf, "flow-" + lang);
            Assumptions.assumeTrue(text != null, "pdftotext (poppler-utils) is not installed");
            String[] pageTexts = text.split("\f");
            for (int page = 1; page <= pages; page++) {
                String pageText = flat(pageTexts[page - 1]);
                assertThat(pageText).as("page %d", page).contains("ar".equals(lang)
                        ? "صفحة " + page + " من " + pages : "Page " + page + " of " + pages);
                // no page ends with a heading: the last line above the footer is not "Evidence" or "Claims"
                List<String> lines = pageTexts[page - 1].lines().map(ReportPdfTest::flat).filter(l -> !l.isEmpty())
                        .toList();
                String last = lines.get(lines.size() - 2);
                assertThat(last).as("last line of page %d", page)
                        .isNotIn("الأدلة", "Evidence", "الادعاءات", "Claims", "نص المقال", "Article text");
            }
        }
    }
}
