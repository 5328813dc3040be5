package io.claimdesk.claim.domain.anchor;

import io.claimdesk.claim.domain.anchor.ReanchorResult.Method;
import io.claimdesk.claim.domain.anchor.ReanchorResult.Orphaned;
import io.claimdesk.claim.domain.anchor.ReanchorResult.Placed;
import io.claimdesk.core.text.CodePoints;
import org.junit.jupiter.api.Test;

import static io.claimdesk.claim.domain.anchor.AnchorsTest.codePointIndexOf;
import static org.assertj.core.api.Assertions.assertThat;

class ReanchorerTest {

    static final String S1 = "😀 أعلنت وزارة النقل افتتاح الجسر الجديد فوق النهر يوم السبت.";
    static final String S2 = "وقال الوزير إن كلفة المشروع بلغت 120 مليون دولار.";
    static final String S3 = "ويربط الجسر بين ضفتي المدينة للمرة الأولى منذ عقود.";
    static final String TEXT = S1 + " " + S2 + "\n" + S3;
    static final String CLAIM = "إن كلفة المشروع بلغت 120 مليون دولار";

    private static Anchor claimAnchor() {
        int start = codePointIndexOf(TEXT, CLAIM);
        return Anchors.create(TEXT, start, start + CodePoints.length(CLAIM));
    }

    @Test
    void unchanged_text_is_placed_at_the_exact_position() {
        Anchor anchor = claimAnchor();
        assertThat(Reanchorer.reanchor(TEXT, anchor))
                .isEqualTo(new Placed(anchor.position().start(), anchor.position().end(), Method.EXACT_POSITION, 1.0));
    }

    @Test
    void a_paragraph_inserted_above_moves_the_claim_by_exact_quote() {
        String inserted = "عنوان جديد 🚧\n" + TEXT;
        ReanchorResult result = Reanchorer.reanchor(inserted, claimAnchor());

        assertThat(result).isInstanceOf(Placed.class);
        Placed placed = (Placed) result;
        assertThat(placed.method()).isEqualTo(Method.EXACT_QUOTE);
        assertThat(CodePoints.substring(inserted, placed.start(), placed.end())).isEqualTo(CLAIM);
        assertThat(placed.start()).isEqualTo(claimAnchor().position().start() + CodePoints.length("عنوان جديد 🚧\n"));
    }

    @Test
    void a_spelling_edit_inside_the_quote_is_placed_fuzzily() {
        // hamza and teh marbuta spellings, a diacritic: what the quote says is the same
        String edited = TEXT.replace("إن كلفة المشروع", "ان كلفه المشروعُ");
        ReanchorResult result = Reanchorer.reanchor(edited, claimAnchor());

        assertThat(result).isInstanceOf(Placed.class);
        Placed placed = (Placed) result;
        assertThat(placed.method()).isEqualTo(Method.FUZZY);
        assertThat(placed.score()).isGreaterThanOrEqualTo(Reanchorer.FUZZY_SCORE);
        assertThat(CodePoints.substring(edited, placed.start(), placed.end()))
                .isEqualTo("ان كلفه المشروعُ بلغت 120 مليون دولار");
    }

    @Test
    void a_changed_number_inside_the_quote_orphans_the_claim_and_offers_the_passage() {
        String edited = TEXT.replace("120 مليون", "125 مليون");
        ReanchorResult result = Reanchorer.reanchor(edited, claimAnchor());

        assertThat(result).isInstanceOf(Orphaned.class);
        Orphaned orphaned = (Orphaned) result;
        assertThat(orphaned.candidate()).isNotNull();
        assertThat(CodePoints.substring(edited, orphaned.candidate().start(), orphaned.candidate().end()))
                .isEqualTo("إن كلفة المشروع بلغت 125 مليون دولار");
        assertThat(orphaned.differences()).containsExactly(
                new QuoteDifferences.Difference(QuoteDifferences.Kind.NUMBER, "120", "125"));
    }

    /** The example: two sentences that differ only in the council; the claimed one is deleted. */
    @Test
    void deleting_the_claimed_sentence_never_lands_on_its_lookalike() {
        String commons = "وافق مجلس النواب على مشروع قانون الموازنة العامة للعام المقبل بعد جلسة طويلة.";
        String cabinet = "وافق مجلس الوزراء على مشروع قانون الموازنة العامة للعام المقبل بعد جلسة طويلة.";
        String text = "بغداد (رويترز) - " + commons + "\n" + cabinet + "\nوقال متحدث إن التصويت تأجل مرتين.";
        int start = codePointIndexOf(text, commons);
        Anchor anchor = Anchors.create(text, start, start + CodePoints.length(commons));
        String edited = text.replace(commons + "\n", "");

        ReanchorResult result = Reanchorer.reanchor(edited, anchor);

        assertThat(result).isInstanceOf(Orphaned.class);
        Orphaned orphaned = (Orphaned) result;
        assertThat(orphaned.candidate()).isNotNull();
        assertThat(CodePoints.substring(edited, orphaned.candidate().start(), orphaned.candidate().end()))
                .isEqualTo(cabinet);
        assertThat(orphaned.differences()).containsExactly(
                new QuoteDifferences.Difference(QuoteDifferences.Kind.WORD, "النواب", "الوزراء"));
    }

    @Test
    void names_dates_and_dropped_words_are_changes_of_meaning_and_typo_fixes_are_not() {
        assertThat(QuoteDifferences.substantive("the minister, Ali Hassan, said", "the minister, Ali Hasan, said"))
                .extracting(QuoteDifferences.Difference::kind).containsExactly(QuoteDifferences.Kind.NAME);
        assertThat(QuoteDifferences.substantive("the vote was held in June", "the vote was held in July"))
                .extracting(QuoteDifferences.Difference::kind).containsExactly(QuoteDifferences.Kind.DATE);
        assertThat(QuoteDifferences.substantive("قالت الوزارة إن الأسعار لن ترتفع", "قالت الوزارة إن الأسعار ترتفع"))
                .containsExactly(new QuoteDifferences.Difference(QuoteDifferences.Kind.REMOVED, "لن", ""));
        assertThat(QuoteDifferences.substantive("قال أحمد إن", "قال محمد إن"))
                .extracting(QuoteDifferences.Difference::kind).containsExactly(QuoteDifferences.Kind.WORD);
        assertThat(QuoteDifferences.substantive("the goverment said", "the government said")).isEmpty();
        assertThat(QuoteDifferences.substantive("بلغت ١٢٠ مليون", "بلغت 120 مليون")).isEmpty();
        assertThat(QuoteDifferences.substantive("«الأمم المتحدة» قالت", "الامم المتحده قالت")).isEmpty();
    }

    @Test
    void deleting_the_sentence_orphans_the_claim() {
        String deleted = S1 + "\n" + S3;
        assertThat(Reanchorer.reanchor(deleted, claimAnchor())).isInstanceOf(Orphaned.class);
    }

    @Test
    void rewriting_the_sentence_orphans_the_claim() {
        String rewritten = TEXT.replace(S2, "وامتنع الوزير عن الإدلاء بأي تعليق على الكلفة.");
        ReanchorResult result = Reanchorer.reanchor(rewritten, claimAnchor());
        assertThat(result).isInstanceOf(Orphaned.class);
        assertThat(((Orphaned) result).reason()).isNotBlank();
    }

    @Test
    void a_short_quote_repeated_in_another_context_is_not_moved_there() {
        String text = "قال الوزير إن الأسعار ارتفعت الخميس. وقال خبير إن الطلب تراجع الخميس أيضا.";
        int start = codePointIndexOf(text, "ارتفعت الخميس");
        Anchor anchor = Anchors.create(text, start + 7, start + 13); // "الخميس" in the first sentence
        String withoutFirst = "وقال خبير إن الطلب تراجع الخميس أيضا.";
        assertThat(Reanchorer.reanchor(withoutFirst, anchor)).isInstanceOf(Orphaned.class);
    }

    @Test
    void of_two_exact_copies_the_one_with_matching_context_wins() {
        String text = "مقدمة قصيرة. " + S2 + " خاتمة.";
        int start = codePointIndexOf(text, CLAIM);
        Anchor anchor = Anchors.create(text, start, start + CodePoints.length(CLAIM));
        String lead = "وفي سياق آخر، " + CLAIM + " حسب مصدر. ";
        String moved = lead + text;
        Placed placed = (Placed) Reanchorer.reanchor(moved, anchor);
        assertThat(placed.method()).isEqualTo(Method.EXACT_QUOTE);
        assertThat(placed.start()).isEqualTo(CodePoints.length(lead) + start);
    }
}
