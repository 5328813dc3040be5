package io.claimdesk.report.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ibm.icu.text.Normalizer2;
import io.claimdesk.core.domain.NotFoundException;
import io.claimdesk.core.text.SampleArticles;
import io.claimdesk.db.enums.ClaimStatus;
import io.claimdesk.db.enums.Stance;
import io.claimdesk.db.enums.UserRole;
import io.claimdesk.report.ReportFixtures;
import io.claimdesk.support.Fixtures;
import io.claimdesk.support.IntegrationTest;
import io.claimdesk.user.domain.Role;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jooq.DSLContext;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ArticleReportDbTest extends IntegrationTest {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final String QUOTE_1 = "أعلنت وزارة الزراعة الأردنية، الأحد، أن إنتاج القمح ارتفع بنسبة 12 في المئة هذا العام";
    private static final String QUOTE_2 = "ستوزع 40 ألف طن من البذور على المزارعين";
    private static final String QUOTE_3 = "وكانت الأمطار قد تراجعت العام الماضي إلى أدنى مستوى منذ عقدين";

    @Autowired
    DSLContext dsl;
    @Autowired
    ReportService reports;

    private ReportFixtures fixtures;
    private long checker;
    private long supervisor;

    @BeforeEach
    void data() {
        fixtures = new ReportFixtures(dsl);
        checker = fixtures.user("report-checker", "سارة المدقّقة", UserRole.CHECKER);
        supervisor = fixtures.user("report-supervisor", "Omar Supervisor", UserRole.SUPERVISOR);
        runAs("report-checker", Role.CHECKER);
    }

    private long arabicStoryWithThreeClaims() {
        long article = fixtures.article(checker, "القمح في الأردن", "https://news.example/ar/wheat", Fixtures.ARABIC_STORY,
                "ar");
        long c1 = fixtures.claim(article, QUOTE_1, "ارتفع إنتاج القمح في الأردن بنسبة 12 في المئة", "وزارة الزراعة",
                checker);
        fixtures.evidence(c1, "https://moa.example.jo/stats-2024", "إحصاءات الإنتاج", Stance.SUPPORTS, checker);
        fixtures.evidence(c1, "https://fao.example.org/jordan", "FAO country brief", Stance.CONTEXT, checker);
        fixtures.decide(c1, ClaimStatus.APPROVED, "MOSTLY_TRUE", "الأرقام الرسمية تؤكد الارتفاع", checker, supervisor);
        long c2 = fixtures.claim(article, QUOTE_2, "ستوزع الحكومة 40 ألف طن من البذور", "وزير الزراعة", checker);
        fixtures.evidence(c2, "https://blog.example/seeds", "Seeds", Stance.REFUTES, checker);
        fixtures.status(c2, ClaimStatus.IN_PROGRESS, checker);
        fixtures.claim(article, QUOTE_3, "تراجعت الأمطار إلى أدنى مستوى منذ عشرين عاماً", "", checker);
        return article;
    }

    @Test
    void pdf_of_the_arabic_story_has_every_claim_quote_in_logical_order() throws Exception {
        long article = arabicStoryWithThreeClaims();

        byte[] pdf = reports.pdf(article, "ar", ReportVariant.INTERNAL).content();

        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        Path png = renderFirstPage(pdf, "report-arabic-story");
        assertThat(png).exists();
        String text = extractText(pdf);
        for (String quote : List.of(QUOTE_1, QUOTE_2, QUOTE_3)) {
            assertWordsInOrder(text, quote);
        }
        assertThat(text).contains("صحيح في معظمه", "معتمد", "قيد العمل", "يؤيد", "يدحض", "سياق", "Omar Supervisor",
                "https://moa.example.jo/stats-2024", "2024-10-08 23:30 UTC", "2024-10-06");
    }

    @Test
    void pdf_of_the_real_sample_article_keeps_three_claim_quotes_in_order() throws Exception {
        String sample = SampleArticles.read("iraq-coalition-ar.txt").replace("\r\n", "\n").replace("\uFEFF", "").strip();
        long article = fixtures.article(checker, "انسحاب التحالف", "https://news.example/ar/coalition", sample, "ar");
        List<String> quotes = new ArrayList<>();
        for (String paragraph : sample.split("\n")) {
            String p = paragraph.strip();
            if (p.length() > 40 && quotes.size() < 3 && !quotes.contains(p)) {
                String quote = p.substring(0, p.lastIndexOf(' ', Math.min(p.length() - 1, 90))).strip();
                quotes.add(quote);
                fixtures.claim(article, quote, quote, "التحالف الدولي", checker);
            }
        }
        assertThat(quotes).hasSize(3);

        byte[] pdf = reports.pdf(article, "ar", ReportVariant.INTERNAL).content();

        String text = extractText(pdf);
        for (String quote : quotes) {
            assertWordsInOrder(text, quote);
        }
        renderFirstPage(pdf, "report-iraq-coalition");
    }

    @Test
    void html_report_escapes_user_text_numbers_overlapping_spans_and_keeps_the_article_direction_in_any_frame() {
        long article = fixtures.article(checker, "<b>Title</b> & more", "https://news.example/ar/wheat2",
                Fixtures.ARABIC_STORY, "ar");
        long outer = fixtures.claim(article, QUOTE_1, "<script>alert(1)</script>", "=HYPERLINK(\"http://x\")", checker);
        long inner = fixtures.claim(article, "إنتاج القمح ارتفع بنسبة 12", "القمح", "خبراء", checker);
        fixtures.evidence(outer, "javascript:alert(1)", "bad link", Stance.REFUTES, checker);

        String html = new String(reports.html(article, "en", ReportVariant.INTERNAL).content(), StandardCharsets.UTF_8);

        assertThat(html).doesNotContain("<script>", "<b>Title</b>", "href=\"javascript:")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b&gt;Title&lt;/b&gt; &amp; more");
        Document doc = Jsoup.parse(html);
        // an English report frame; the Arabic article text and title keep their own direction and language
        assertThat(doc.selectFirst("html").attr("dir")).isEqualTo("ltr");
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en");
        // the title takes its own direction from its first strong character (Latin here), not the article's
        assertThat(doc.selectFirst("h1").attr("dir")).isEqualTo("ltr");
        Element body = doc.selectFirst(".article-text .body");
        assertThat(body.attr("dir")).isEqualTo("rtl");
        assertThat(body.attr("lang")).isEqualTo("ar");
        assertThat(body.select(".claim-no").eachText()).containsExactly("[1]", "[2]");
        assertThat(body.select(".span.depth-2").text()).isEqualTo("إنتاج القمح ارتفع بنسبة 12");
        assertThat(body.text()).contains("أعلنت وزارة الزراعة");
        assertThat(doc.select(".claim h3").eachText()).containsExactly("[1] <script>alert(1)</script>", "[2] القمح");
        assertThat(doc.select(".stance").eachText()).containsExactly("✘ Refutes");
        assertThat(inner).isPositive();
    }

    @Test
    void english_report_of_an_arabic_article_uses_english_labels_and_verdicts() {
        long article = arabicStoryWithThreeClaims();
        String html = new String(reports.html(article, "en", ReportVariant.INTERNAL).content(), StandardCharsets.UTF_8);
        assertThat(html).contains("Mostly true", "Approved", "In progress", "Supports").doesNotContain("صحيح في معظمه");
        String arabic = new String(reports.html(article, null, ReportVariant.INTERNAL).content(), StandardCharsets.UTF_8);
        assertThat(arabic).contains("صحيح في معظمه", "الأدلة");
    }

    @Test
    void report_of_a_missing_article_is_not_found() {
        assertThatThrownBy(() -> reports.pdf(Long.MAX_VALUE, "en", ReportVariant.PUBLIC)).isInstanceOf(NotFoundException.class);
    }

    static String extractText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return NFKC.normalize(stripper.getText(document));
        }
    }

    /** Every word of {@code quote} (NFKC, punctuation trimmed) appears in {@code text}, in this order. */
    static void assertWordsInOrder(String text, String quote) {
        int from = 0;
        for (String raw : NFKC.normalize(quote).split("\\s+")) {
            String word = raw.replaceAll("^[\\p{P}]+|[\\p{P}]+$", "");
            if (word.isEmpty()) {
                continue;
            }
            int at = text.indexOf(word, from);
            assertThat(at).as("'%s' after position %d of:%n%s", word, from, text).isGreaterThanOrEqualTo(0);
            from = at + word.length();
        }
    }

    /** Page 1 as PNG under target/report/ (pdftoppm at 80 dpi when installed, else PDFBox). */
    static Path renderFirstPage(byte[] pdf, String name) throws Exception {
        Path dir = Path.of("target", "report");
        Files.createDirectories(dir);
        Path pdfFile = dir.resolve(name + ".pdf");
        Files.write(pdfFile, pdf);
        Path png = dir.resolve(name + "-page1.png");
        try {
            Process p = new ProcessBuilder("pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
                    pdfFile.toString(), dir.resolve(name + "-page1").toString()).redirectErrorStream(true).start();
            if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0 && Files.exists(png)) {
                return png;
            }
        } catch (IOException e) {
            // pdftoppm is not installed: PDFBox renders instead
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 80), "png", png.toFile());
        }
        return png;
    }
}
