package io.claimdesk.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterDirection;
import com.ibm.icu.text.Bidi;
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
 * titled. Pages are written as PNG under {@code target/report/}.
 *
 * <p>Reading the text back: poppler's pdftotext turns right-to-left lines into logical order (PDFBox orders each
 * line left to right first, so a right-to-left line that starts with a Latin run comes back scrambled), but it moves
 * the space at the edge of an embedded left-to-right run to its other side, so text is compared with white space
 * removed ({@link #squeeze}). Neither extractor restores a left-to-right line holding an Arabic phrase inside a
 * right-to-left page, nor neutral characters (brackets, emoji) between runs of both directions: there the order is
 * checked on the glyphs' positions on the page instead (a line reads in the visual order ICU's UAX #9 gives the stored
 * text, or named runs stand left or right of each other). The tests that need pdftotext are skipped when
 * poppler-utils is not installed ({@code .ci/run} installs it).
 */
class ReportPdfDbTest extends IntegrationTest {

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

    /** {@link #flat} without any white space. */
    private static String squeeze(String text) {
        return flat(text).replaceAll("\\s", "");
    }

    private static String flat(String text) {
        return PdfGlyphs.NFKC.normalize(BIDI_CONTROLS.matcher(text).replaceAll("")).replaceAll("\\s+", " ").strip();
    }

    @Test
    void mixed_direction_claims_come_back_from_the_text_layer_as_stored_in_both_report_languages() throws Exception {
        long article = MixedDirectionReportDbTest.mixedArticle(dsl, checker, supervisor);
        for (String lang : List.of("ar", "en")) {
            byte[] pdf = reports.pdf(article, lang, ReportVariant.PUBLIC).content();
            PdfGlyphs.pages(pdf, "mixed-direction-" + lang);
            String poppler = flatText(pdf, "mixed-direction-" + lang);
            String pdfbox = flat(PdfGlyphs.text(pdf));
            System.out.println("pdftotext " + lang + ": " + poppler);
            System.out.println("PDFBox " + lang + ": " + pdfbox);
            // the acceptance example, on the page: the statement's line shows exactly the visual order that UAX #9
            // gives the stored text with the report's isolates
            assertLineInVisualOrder(PdfGlyphs.glyphs(pdf), MixedDirectionReportDbTest.ARABIC, "rtl", lang);
            if ("ar".equals(lang)) {
                // and read back: pdftotext restores right-to-left lines of a right-to-left page (in the English
                // report it takes the page as left to right and leaves Arabic lines in visual order)
                assertThat(squeeze(poppler)).contains(squeeze(MixedDirectionReportDbTest.ARABIC))
                        .contains(squeeze("لم تعلن UNICEF عن 250 مليون دولار؛ انظر www.example.org/ar?id=7"));
            }
            // the English claim quoted inside the Arabic article: on its line, "The ... pay "250" is left of the
            // Arabic phrase, which is left of "(12%) via", and the phrase itself reads right to left
            assertEnglishLineInLogicalOrder(PdfGlyphs.glyphs(pdf), lang);
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
            assertLineInVisualOrder(glyphs, text, "rtl", lang);
            String extracted = flatText(pdf, "scripts-" + lang);
            if ("ar".equals(lang)) {
                assertThat(squeeze(extracted)).contains(squeeze(text), squeeze("Жуков 中国"));
            }
            assertThat(PdfGlyphs.pages(pdf, "scripts-" + lang)).isNotEmpty();
        }
    }

    /**
     * Some line of the PDF (20 characters or more) shows a part of {@code stored} in the visual order UAX #9 gives
     * it in a paragraph of direction {@code dir}, with the runs that {@link BidiText#isolates} finds isolated
     * (ICU {@link Bidi}, mirroring on): the glyphs of a line are read left to right by position, white space left
     * out; a ligature's letters are reversed back into visual order.
     */
    private static void assertLineInVisualOrder(List<PdfGlyphs.Glyph> glyphs, String stored, String dir, String lang) {
        StringBuilder isolated = new StringBuilder();
        int plain = 0;
        for (BidiText.Isolate isolate : BidiText.isolates(stored, dir)) {
            isolated.append(stored, plain, isolate.start()).append("ltr".equals(isolate.dir()) ? '\u2066' : '\u2067')
                    .append(stored, isolate.start(), isolate.end()).append('\u2069');
            plain = isolate.end();
        }
        isolated.append(stored.substring(plain));
        Bidi bidi = new Bidi();
        bidi.setPara(isolated.toString(), "rtl".equals(dir) ? Bidi.RTL : Bidi.LTR, null);
        String expected = PdfGlyphs.NFKC.normalize(bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS))
                .replaceAll("\\s", "");
        List<String> lines = lines(glyphs).stream().map(line -> {
            StringBuilder visual = new StringBuilder();
            line.stream().sorted(java.util.Comparator.comparingDouble(PdfGlyphs.Glyph::x)).forEach(g -> {
                String u = g.unicode();
                boolean rtl = u.codePointCount(0, u.length()) > 1 && u.codePoints().allMatch(cp ->
                        UCharacter.getDirection(cp) == UCharacterDirection.RIGHT_TO_LEFT_ARABIC);
                visual.append(rtl ? new StringBuilder(u).reverse() : u);
            });
            // a claim's number ("[1]", which opens its statement) is not part of the stored text
            return visual.toString().replaceAll("\\s", "").replaceAll("[\\[\\]]\\d+[\\[\\]]", "");
        }).toList();
        assertThat(lines).as("%s: a line in the visual order %s", lang, expected)
                .anySatisfy(line -> assertThat(line).hasSizeGreaterThanOrEqualTo(20).isSubstringOf(expected));
    }

    /** The glyphs grouped into lines (same page, baselines within 2 pt), in drawing order. */
    private static List<List<PdfGlyphs.Glyph>> lines(List<PdfGlyphs.Glyph> glyphs) {
        List<List<PdfGlyphs.Glyph>> lines = new ArrayList<>();
        for (PdfGlyphs.Glyph g : glyphs) {
            List<PdfGlyphs.Glyph> line = lines.stream().filter(l -> l.get(0).page() == g.page()
                    && Math.abs(l.get(0).y() - g.y()) < 2).findFirst().orElse(null);
            if (line == null) {
                line = new ArrayList<>();
                lines.add(line);
            }
            line.add(g);
        }
        return lines;
    }

    private static void assertEnglishLineInLogicalOrder(List<PdfGlyphs.Glyph> glyphs, String lang) {
        // the claim's heading: the first line with "The", "via" and the Arabic phrase, but not the article's own
        // right-to-left paragraph (وأضاف بالإنجليزية: ...), where the English runs legitimately read right to left
        List<PdfGlyphs.Glyph> line = lines(glyphs).stream()
                .filter(l -> l.stream().anyMatch(g -> g.unicode().equals("v"))
                        && l.stream().anyMatch(g -> g.unicode().equals("T"))
                        && l.stream().anyMatch(g -> g.unicode().equals("ن"))
                        && l.stream().noneMatch(g -> g.unicode().equals("ف")))
                .findFirst().orElseThrow(() -> new AssertionError(lang + ": no line holds the English claim"));
        float the = line.stream().filter(g -> g.unicode().equals("T")).findFirst().orElseThrow().x();
        float via = line.stream().filter(g -> g.unicode().equals("v")).findFirst().orElseThrow().x();
        float percent = line.stream().filter(g -> g.unicode().equals("%")).findFirst().orElseThrow().x();
        float twelve = line.stream().filter(g -> g.unicode().equals("1")).reduce((a, b) -> b).orElseThrow().x();
        float meem = line.stream().filter(g -> g.unicode().equals("م")).findFirst().orElseThrow().x(); // مليون
        float dal = line.stream().filter(g -> g.unicode().equals("د")).findFirst().orElseThrow().x(); // دولار
        assertThat(the).as(lang + ": The < دولار").isLessThan(dal);
        assertThat(dal).as(lang + ": دولار left of مليون (right to left)").isLessThan(meem);
        assertThat(meem).as(lang + ": مليون < (12%)").isLessThan(twelve);
        assertThat(twelve).as(lang + ": 12 < %").isLessThan(percent);
        assertThat(percent).as(lang + ": % < via").isLessThan(via);
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
                String pageText = squeeze(pageTexts[page - 1]);
                assertThat(pageText).as("page %d", page).contains(squeeze("ar".equals(lang)
                        ? "صفحة " + page + " من " + pages : "Page " + page + " of " + pages));
                // no page ends with a heading: the last line above the footer is not "Evidence" or "Claims"
                List<String> lines = pageTexts[page - 1].lines().map(ReportPdfDbTest::flat).filter(l -> !l.isEmpty())
                        .toList();
                String last = lines.get(lines.size() - 2);
                assertThat(last).as("last line of page %d", page)
                        .isNotIn("الأدلة", "Evidence", "الادعاءات", "Claims", "نص المقال", "Article text");
            }
        }
    }
}
