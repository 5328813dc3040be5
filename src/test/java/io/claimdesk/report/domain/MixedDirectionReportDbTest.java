package io.claimdesk.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimdesk.db.enums.ClaimStatus;
import io.claimdesk.db.enums.Stance;
import io.claimdesk.db.enums.UserRole;
import io.claimdesk.report.ReportFixtures;
import io.claimdesk.support.IntegrationTest;
import io.claimdesk.user.domain.Role;
import java.nio.charset.StandardCharsets;
import org.jooq.DSLContext;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 15, acceptance 3 on the HTML report: for the claim text
 * {@code أعلن 3 وزراء في 2025 أن UNICEF ستدفع "250 مليون دولار" عبر www.example.org/ar?id=7} and for an English
 * claim quoted inside the Arabic article, every field takes its own direction in both report languages, the web
 * address is a left-to-right isolate, and the text of each field equals the stored text. (The visual order in
 * Chromium is checked by {@code e2e.ReportMixedDirectionIT}.)
 */
class MixedDirectionReportDbTest extends IntegrationTest {

    static final String ARABIC = BidiTextTest.ARABIC;
    static final String ENGLISH = "The minister said UNICEF will pay \"250 مليون دولار\" (12%) via www.example.org/en?id=7";
    static final String BODY = "قال المتحدث: " + ARABIC + ". وأضاف بالإنجليزية: " + ENGLISH + ".";

    @Autowired
    DSLContext dsl;
    @Autowired
    ReportService reports;

    /** An Arabic article with the acceptance example and an English claim, both approved. */
    static long mixedArticle(DSLContext dsl, long checker, long supervisor) {
        ReportFixtures f = new ReportFixtures(dsl);
        long article = f.article(checker, "UNICEF و3 وزراء: تقرير 2025", "https://news.example/ar/unicef-"
                + System.nanoTime(), BODY, "ar");
        long arabic = f.claim(article, ARABIC, ARABIC, "وزير المالية (Finance Minister)", checker);
        f.evidence(arabic, "https://unicef.example.org/2025?utm_source=x", "https://unicef.example.org/2025",
                "UNICEF: تقرير 2025 عن الأردن", Stance.REFUTES, checker);
        f.decide(arabic, ClaimStatus.APPROVED, "FALSE",
                "لم تعلن UNICEF عن 250 مليون دولار؛ انظر www.example.org/ar?id=7 والبيان (ص 3).", checker,
                supervisor);
        long english = f.claim(article, ENGLISH, ENGLISH, "Minister of Finance", checker);
        dsl.update(io.claimdesk.db.Tables.CLAIM).set(io.claimdesk.db.Tables.CLAIM.LANGUAGE, "en")
                .where(io.claimdesk.db.Tables.CLAIM.ID.eq(english)).execute();
        f.evidence(english, "https://unicef.example.org/en-2025", "UNICEF 2025 annual report", Stance.CONTEXT,
                checker);
        f.decide(english, ClaimStatus.APPROVED, "MISLEADING", "UNICEF pledged 25 million, not 250 million.",
                checker, supervisor);
        return article;
    }

    @Test
    void each_field_keeps_its_own_direction_and_its_text_in_both_report_languages() {
        long checker = new ReportFixtures(dsl).user("bidi-checker", "سارة", UserRole.CHECKER);
        long supervisor = new ReportFixtures(dsl).user("bidi-supervisor", "Omar", UserRole.SUPERVISOR);
        long article = mixedArticle(dsl, checker, supervisor);
        runAs("bidi-checker", Role.CHECKER);
        for (String lang : new String[] {"ar", "en"}) {
            Document doc = Jsoup.parse(new String(reports.html(article, lang, ReportVariant.PUBLIC).content(),
                    StandardCharsets.UTF_8));
            assertThat(doc.selectFirst("html").attr("dir")).isEqualTo("ar".equals(lang) ? "rtl" : "ltr");
            assertThat(doc.selectFirst("h1").attr("dir")).as(lang).isEqualTo("ltr"); // "UNICEF و3 ..." starts Latin

            Element first = doc.selectFirst("#claim-1");
            Element statement = first.selectFirst("h3 > span[dir]");
            assertThat(statement.attr("dir")).as(lang).isEqualTo("rtl");
            assertThat(statement.text()).isEqualTo("[1] " + ARABIC); // the number opens the isolate
            assertThat(statement.select("span.ltr[dir=ltr]").eachText()).containsExactly("www.example.org/ar?id=7");
            Element quote = first.selectFirst(".field .value > span[dir]");
            assertThat(quote.attr("dir")).isEqualTo("rtl");
            assertThat(quote.text()).isEqualTo(ARABIC);
            Element claimant = first.select(".field .value[dir]").first();
            assertThat(claimant.attr("dir")).isEqualTo("rtl");
            assertThat(claimant.text()).isEqualTo("وزير المالية (Finance Minister)");
            Element rationale = first.select(".field .value[dir]").stream()
                    .filter(e -> e.text().startsWith("لم تعلن")).findFirst().orElseThrow();
            assertThat(rationale.attr("dir")).isEqualTo("rtl");
            assertThat(rationale.text()).isEqualTo("لم تعلن UNICEF عن 250 مليون دولار؛ انظر www.example.org/ar?id=7 والبيان (ص 3).");
            assertThat(rationale.select("span.ltr").eachText()).containsExactly("www.example.org/ar?id=7");
            Element source = first.selectFirst("ul.evidence a > span[dir]");
            assertThat(source.attr("dir")).isEqualTo("ltr");
            assertThat(source.text()).isEqualTo("UNICEF: تقرير 2025 عن الأردن");

            // the English claim inside the Arabic article: left to right, the Arabic run stays inside it
            Element second = doc.selectFirst("#claim-2");
            Element english = second.selectFirst("h3 > span[dir]");
            assertThat(english.attr("dir")).as(lang).isEqualTo("ltr");
            assertThat(english.text()).isEqualTo("[2] " + ENGLISH);
            assertThat(english.select("span.ltr").eachText()).containsExactly("www.example.org/en?id=7");
            assertThat(second.selectFirst(".field .value > span[dir]").text()).isEqualTo(ENGLISH);
        }
    }

    @Test
    void each_line_of_the_article_is_a_paragraph_with_its_own_direction_and_spans_across_lines_are_cut() {
        ReportFixtures f = new ReportFixtures(dsl);
        long checker = f.user("bidi-checker", "سارة", UserRole.CHECKER);
        long supervisor = f.user("bidi-supervisor", "Omar", UserRole.SUPERVISOR);
        String body = "قال المتحدث إن الإنتاج ارتفع 12%.\nThe minister said output rose by 12%.\n\nBBC: أكدت الوزارة الرقم.";
        long article = f.article(checker, "القمح", "https://news.example/ar/lines-" + System.nanoTime(), body, "ar");
        long claim = f.claim(article, "ارتفع 12%.\nThe minister", "ارتفع الإنتاج 12%", "المتحدث", checker);
        f.decide(claim, ClaimStatus.APPROVED, "TRUE", "Confirmed.", checker, supervisor);
        runAs("bidi-checker", Role.CHECKER);
        Document doc = Jsoup.parse(new String(reports.html(article, "en", ReportVariant.PUBLIC).content(),
                StandardCharsets.UTF_8));
        Element text = doc.selectFirst(".article-text .body");
        assertThat(text.attr("dir")).isEqualTo("rtl");
        assertThat(text.select("div.para").eachAttr("dir")).containsExactly("rtl", "ltr", "rtl", "rtl");
        // (eachText leaves out the empty third paragraph)
        assertThat(text.select("div.para").eachText()).containsExactly("قال المتحدث إن الإنتاج [1]ارتفع 12%.",
                "The minister said output rose by 12%.", "BBC: أكدت الوزارة الرقم.");
        assertThat(text.select("div.para").get(2).text()).isEmpty();
        // the claim crosses the line break: one highlighted span in each paragraph, the number before the first
        // (the highlight is cut where the isolate of "12%" starts and ends, so the elements nest)
        assertThat(text.select("div.para").get(0).select(".span").eachText()).containsExactly("ارتفع", "12%", ".");
        assertThat(text.select("div.para").get(0).select("span[dir=ltr] > .span").eachText()).containsExactly("12%");
        assertThat(text.select("div.para").get(1).select(".span").eachText()).containsExactly("The minister");
        assertThat(text.select("div.para").get(0).select(".claim-no").eachText()).containsExactly("[1]");
        assertThat(text.select("div.para").get(2).select("br")).hasSize(1);
    }
}
