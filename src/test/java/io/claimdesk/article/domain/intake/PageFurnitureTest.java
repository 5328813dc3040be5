package io.claimdesk.article.domain.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Page furniture (issue 14): one rule, flagged at the edges of a page, never in the article's own text. */
public class PageFurnitureTest {

    /** A scraped Arabic news page: ticker, list heading, headline, date/section line, font widget, text, share. */
    public static final String PAGE = String.join("\n",
            "عاجل: انفجار في ميناء المدينة وأنباء عن إصابات",
            "آخر الأخبار",
            "الحكومة تعلن خفض العجز إلى 4 في المئة",
            "الأحد 12 مارس 2026 - 10:30 | اقتصاد",
            "تكبير الخط تصغير الخط",
            "A A",
            "أعلنت وزارة المالية، الأحد، أن العجز تراجع إلى 4 في المئة من الناتج المحلي هذا العام.",
            "وقال الوزير إن الحكومة ستواصل خفض الإنفاق في العام المقبل.",
            "وكالات",
            "شارك على فيسبوك وتويتر وواتساب",
            "Facebook Twitter WhatsApp");

    @Test
    void each_kind_is_recognised() {
        assertThat(PageFurniture.kind("عاجل: انفجار في ميناء المدينة")).contains(PageFurniture.Kind.TICKER);
        assertThat(PageFurniture.kind("Breaking: port closed")).contains(PageFurniture.Kind.TICKER);
        assertThat(PageFurniture.kind("آخر الأخبار")).contains(PageFurniture.Kind.NEWS_HEADING);
        assertThat(PageFurniture.kind("Latest news")).contains(PageFurniture.Kind.NEWS_HEADING);
        assertThat(PageFurniture.kind("اقرأ أيضا: الحكومة تقر الموازنة")).contains(PageFurniture.Kind.READ_ALSO);
        assertThat(PageFurniture.kind("تكبير الخط")).contains(PageFurniture.Kind.FONT_SIZE);
        assertThat(PageFurniture.kind("A+ A-")).contains(PageFurniture.Kind.FONT_SIZE);
        assertThat(PageFurniture.kind("Share on Facebook")).contains(PageFurniture.Kind.SHARE);
        assertThat(PageFurniture.kind("فيسبوك تويتر واتساب")).contains(PageFurniture.Kind.SHARE);
        assertThat(PageFurniture.kind("Updated: 3 March 2026 10:30 GMT")).contains(PageFurniture.Kind.DATE_LINE);
        assertThat(PageFurniture.kind("12/03/2026 | سياسة")).contains(PageFurniture.Kind.DATE_LINE);
        assertThat(PageFurniture.kind("منذ 3 ساعات")).contains(PageFurniture.Kind.DATE_LINE);
        assertThat(PageFurniture.kind("الرئيسية » أخبار » سياسة")).contains(PageFurniture.Kind.NAVIGATION);
    }

    @Test
    void sentences_that_start_like_furniture_are_text() {
        assertThat(PageFurniture.isFurniture("شارك الوزير في الاجتماع الذي عقد في بغداد.")).isFalse();
        assertThat(PageFurniture.isFurniture("وقال الوزير إن العجز تراجع.")).isFalse();
        assertThat(PageFurniture.isFurniture("Prices rose 4% in May | officials said")).isFalse();
        assertThat(PageFurniture.isFurniture("في 12 مارس 2026 قال الوزير إن الأسعار ستبقى كما هي")).isFalse();
        assertThat(PageFurniture.isFurniture("الحكومة تعلن خفض العجز إلى 4 في المئة")).isFalse();
    }

    @Test
    void furniture_is_found_at_both_edges_and_the_headline_and_credit_stay() {
        List<PageFurniture.Line> found = PageFurniture.detect(PAGE);
        assertThat(found).extracting(PageFurniture.Line::line).containsExactly(1, 2, 4, 5, 6, 10, 11);
        assertThat(found).extracting(PageFurniture.Line::kind).containsExactly(PageFurniture.Kind.TICKER,
                PageFurniture.Kind.NEWS_HEADING, PageFurniture.Kind.DATE_LINE, PageFurniture.Kind.FONT_SIZE,
                PageFurniture.Kind.FONT_SIZE, PageFurniture.Kind.SHARE, PageFurniture.Kind.SHARE);
    }

    @Test
    void a_ticker_quoted_inside_the_article_stays() {
        String text = String.join("\n",
                "أعلنت وزارة المالية أن العجز تراجع إلى 4 في المئة من الناتج المحلي هذا العام.",
                "عاجل: الحكومة تستقيل",
                "وقال الوزير إن الحكومة ستواصل خفض الإنفاق في العام المقبل.");
        assertThat(PageFurniture.detect(text)).isEmpty();
    }

    @Test
    void intake_removes_it_lists_it_and_takes_the_headline_as_title() {
        IntakeResult r = new ArticleIntake().fromText(PAGE, IntakeOptions.defaults());
        assertThat(r.title()).isEqualTo("الحكومة تعلن خفض العجز إلى 4 في المئة");
        assertThat(r.body()).isEqualTo(String.join("\n",
                "الحكومة تعلن خفض العجز إلى 4 في المئة",
                "أعلنت وزارة المالية، الأحد، أن العجز تراجع إلى 4 في المئة من الناتج المحلي هذا العام.",
                "وقال الوزير إن الحكومة ستواصل خفض الإنفاق في العام المقبل."));
        assertThat(r.byline()).isEqualTo("وكالات");
        IntakeWarning w = r.warnings().stream()
                .filter(x -> x.code() == IntakeWarning.Code.PAGE_FURNITURE_REMOVED).findFirst().orElseThrow();
        assertThat(w.args()).containsEntry("count", 7).containsEntry("lines", "1, 2, 4, 5, 6, 10, 11");
    }

    @Test
    void a_page_of_nothing_but_furniture_keeps_it() {
        IntakeResult r = new ArticleIntake().fromText("آخر الأخبار\nتكبير الخط", IntakeOptions.defaults());
        assertThat(r.body()).isEqualTo("آخر الأخبار\nتكبير الخط");
        assertThat(r.furniture()).isEmpty();
    }
}
