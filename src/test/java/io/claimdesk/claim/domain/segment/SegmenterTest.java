package io.claimdesk.claim.domain.segment;

import io.claimdesk.core.text.CodePoints;
import io.claimdesk.core.text.SampleArticles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SegmenterTest {

    private static String fixture(String name) throws IOException {
        try (InputStream in = SegmenterTest.class.getResourceAsStream("/segment/" + name)) {
            assertThat(in).as("fixture %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> texts(List<Segment> segments, Segment.Kind kind) {
        return segments.stream().filter(s -> s.kind() == kind).map(Segment::text).toList();
    }

    @Test
    void arabic_sentences_end_at_arabic_terminators_and_not_at_comma_or_semicolon() throws IOException {
        String body = fixture("harbour-ar.txt");
        List<Segment> segments = new Segmenter("ar", line -> line.startsWith("وكالة")).segment(body);

        assertThat(texts(segments, Segment.Kind.SENTENCE)).containsExactly(
                "أعلنت بلدية المدينة الساحلية، الثلاثاء، إغلاق الميناء القديم أمام الصيادين، فيما احتج عشرات الصيادين أمام مبنى المحافظة.",
                "وقال رئيس البلدية إن أعمال الترميم ستستغرق ثمانية أشهر؛ لأن الرصيف تضرر كثيرا.",
                "هل يعود الصيادون قبل الصيف؟",
                "لا أحد يعرف!",
                "وأكدت النقابة أن 300 أسرة تعتمد على الميناء، بينما يقول مسؤولون إن العدد لا يتجاوز 120 أسرة۔",
                "😀 وتبلغ الكلفة 42 مليون دينار.",
                "ويعمل الصيادون في الميناء منذ عقود، كما قال أحد المسنين الذين التقيناهم هناك.");
    }

    @Test
    void arabic_clauses_split_at_fima_and_baynama_keeping_the_connective() throws IOException {
        String body = fixture("harbour-ar.txt");
        List<Segment> segments = new Segmenter("ar").segment(body);

        assertThat(texts(segments, Segment.Kind.CLAUSE)).containsExactly(
                "أعلنت بلدية المدينة الساحلية، الثلاثاء، إغلاق الميناء القديم أمام الصيادين",
                "فيما احتج عشرات الصيادين أمام مبنى المحافظة.",
                "وأكدت النقابة أن 300 أسرة تعتمد على الميناء",
                "بينما يقول مسؤولون إن العدد لا يتجاوز 120 أسرة۔");
    }

    @Test
    void headings_and_credit_lines_are_skipped() throws IOException {
        String body = fixture("harbour-ar.txt");
        List<Segment> segments = new Segmenter("ar").segment(body);
        // the first line is the headline: a candidate of its own kind, never a sentence
        assertThat(texts(segments, Segment.Kind.HEADLINE)).containsExactly("إغلاق الميناء القديم");
        assertThat(segments.stream().filter(s -> s.kind() != Segment.Kind.HEADLINE)).extracting(Segment::text)
                .noneMatch(t -> t.contains("إغلاق الميناء القديم") && !t.contains("بلدية"))
                .noneMatch(t -> t.contains("وكالة الأنباء"));

        List<Segment> english = new Segmenter("en", line -> line.startsWith("By ")).segment(
                "Short heading\nThe council said 300 families depend on the harbour.\nBy Staff Reporter\n"
                        + "A much longer line without any final punctuation that still runs on past twelve words today");
        assertThat(texts(english, Segment.Kind.HEADLINE)).containsExactly("Short heading");
        assertThat(texts(english, Segment.Kind.SENTENCE)).containsExactly(
                "The council said 300 families depend on the harbour.",
                "A much longer line without any final punctuation that still runs on past twelve words today");
    }

    @Test
    void english_sentences_keep_titles_and_clauses_are_conservative() throws IOException {
        String body = fixture("harbour-en.txt");
        List<Segment> segments = new Segmenter("en").segment(body);

        assertThat(texts(segments, Segment.Kind.SENTENCE)).containsExactly(
                "The city council closed the old harbour on Tuesday, while dozens of fishermen protested outside the town hall.",
                "Mayor Dr. Ruth Alvarez said the repairs would take eight months; the east pier was badly damaged in the winter storm.",
                "Local fishermen want fair compensation, but the council has not made an offer yet.",
                "Will they return before summer?",
                "The union said 300 families depend on the harbour, and they will keep protesting until it reopens.");
        assertThat(texts(segments, Segment.Kind.CLAUSE)).containsExactly(
                "The city council closed the old harbour on Tuesday",
                "while dozens of fishermen protested outside the town hall.",
                "Mayor Dr. Ruth Alvarez said the repairs would take eight months",
                "the east pier was badly damaged in the winter storm.",
                "Local fishermen want fair compensation",
                "but the council has not made an offer yet.",
                "The union said 300 families depend on the harbour",
                "and they will keep protesting until it reopens.");
    }

    @Test
    void offsets_are_code_points_and_text_is_the_exact_trimmed_substring() throws IOException {
        String body = "  😀🇮🇶 " + fixture("harbour-ar.txt") + "\n\n" + fixture("harbour-en.txt");
        for (String language : List.of("ar", "en", "fr")) {
            List<Segment> segments = new Segmenter(language).segment(body);
            assertThat(segments).isNotEmpty().allSatisfy(s -> {
                assertThat(s.text()).isEqualTo(CodePoints.substring(body, s.start(), s.end()));
                assertThat(s.text()).isEqualTo(s.text().strip());
                assertThat(s.text()).doesNotContain("\n");
                assertThat(s.score()).isBetween(0.0, 1.0);
            });
            for (int i = 1; i < segments.size(); i++) {
                Segment a = segments.get(i - 1);
                Segment b = segments.get(i);
                assertThat(a.start() < b.start() || a.start() == b.start() && a.kind().compareTo(b.kind()) <= 0)
                        .as("ordered by start then kind").isTrue();
            }
        }
    }

    @Test
    void a_sentence_never_joins_across_a_paragraph_break() {
        List<Segment> segments = new Segmenter("ar").segment(
                "قال الوزير إن الاجتماع الذي عقد في مقر الحكومة انتهى بعد ثلاث ساعات من النقاش الطويل\n"
                        + "وأضاف أن الجولة المقبلة ستعقد في الشهر المقبل.");
        assertThat(texts(segments, Segment.Kind.SENTENCE)).containsExactly(
                "قال الوزير إن الاجتماع الذي عقد في مقر الحكومة انتهى بعد ثلاث ساعات من النقاش الطويل",
                "وأضاف أن الجولة المقبلة ستعقد في الشهر المقبل.");
    }

    @Test
    void empty_and_blank_bodies_give_no_segments() {
        assertThat(new Segmenter("ar").segment("")).isEmpty();
        assertThat(new Segmenter("en").segment(" \n\t\n")).isEmpty();
    }

    @Test
    void sample_article_first_sentence_splits_into_the_two_expected_clauses() {
        String body = SampleArticles.read("iraq-coalition-ar.txt");
        List<Segment> segments = new Segmenter("ar", line -> line.equals("وكالات")).segment(body);

        List<String> sentences = texts(segments, Segment.Kind.SENTENCE);
        assertThat(sentences).hasSize(14);
        assertThat(sentences).noneMatch(s -> s.equals("وكالات"));
        assertThat(sentences.get(0)).startsWith("أعلن مستشار الأمن القومي").endsWith("31 ديسمبر الحالي.");
        assertThat(texts(segments, Segment.Kind.CLAUSE).subList(0, 2)).containsExactly(
                "أعلن مستشار الأمن القومي العراقي قاسم الأعرجي، الخميس، انتهاء المهام القتالية لقوات التحالف الدولي في البلاد بشكل رسمي",
                "فيما هددت ميليشيات شيعية موالية لإيران بمعركة كبرى في حال عدم انسحاب القوات الأميركية في 31 ديسمبر الحالي.");
        assertThat(segments).allSatisfy(s ->
                assertThat(s.text()).isEqualTo(CodePoints.substring(body, s.start(), s.end())));
    }

    @Test
    void arabic_abbreviations_never_end_a_sentence() {
        String body = "قال د. أحمد سالم إن النمو بلغ 3٪. وأضاف أ. د. منى علي أن الرقم غير دقيق.";
        assertThat(texts(new Segmenter("ar").segment(body), Segment.Kind.SENTENCE)).containsExactly(
                "قال د. أحمد سالم إن النمو بلغ 3٪.",
                "وأضاف أ. د. منى علي أن الرقم غير دقيق.");
        String more = "وصمم م. خالد يوسف الجسر الذي يعود إلى القرن الثالث ق.م. وقد رُمم عام 2010.";
        assertThat(texts(new Segmenter("ar").segment(more), Segment.Kind.SENTENCE)).containsExactly(more);
    }

    @Test
    void a_numbered_list_item_does_not_end_a_sentence() {
        String body = "1. ارتفعت الأسعار بنسبة 5 في المئة خلال الربع الأول.";
        assertThat(texts(new Segmenter("ar").segment(body), Segment.Kind.SENTENCE)).containsExactly(body);
        String english = "2. Prices rose by 5 per cent in the first quarter.";
        assertThat(texts(new Segmenter("en").segment(english), Segment.Kind.SENTENCE)).containsExactly(english);
    }

    @Test
    void arabic_clauses_split_at_lakin_and_illa_anna_and_english_at_although() {
        String body = "أعلنت الحكومة أن البطالة انخفضت إلى 9 في المئة، لكن النقابات تقول إن الرقم الحقيقي أعلى بكثير.";
        assertThat(texts(new Segmenter("ar").segment(body), Segment.Kind.CLAUSE)).containsExactly(
                "أعلنت الحكومة أن البطالة انخفضت إلى 9 في المئة",
                "لكن النقابات تقول إن الرقم الحقيقي أعلى بكثير.");
        String other = "ارتفع عدد السياح إلى مليوني زائر هذا العام، إلا أن الإيرادات تراجعت بنسبة 4 في المئة.";
        assertThat(texts(new Segmenter("ar").segment(other), Segment.Kind.CLAUSE)).containsExactly(
                "ارتفع عدد السياح إلى مليوني زائر هذا العام",
                "إلا أن الإيرادات تراجعت بنسبة 4 في المئة.");
        String english = "The ministry said exports rose 12 per cent, although customs data show a fall of 3 per cent.";
        assertThat(texts(new Segmenter("en").segment(english), Segment.Kind.CLAUSE)).containsExactly(
                "The ministry said exports rose 12 per cent",
                "although customs data show a fall of 3 per cent.");
    }

    @Test
    void the_headline_is_a_candidate_of_its_own_kind() {
        String body = "الحكومة: البطالة تراجعت إلى 9 في المئة\nأعلنت الحكومة أن البطالة انخفضت إلى 9 في المئة هذا العام.";
        List<Segment> segments = new Segmenter("ar").segment(body);
        assertThat(texts(segments, Segment.Kind.HEADLINE)).containsExactly("الحكومة: البطالة تراجعت إلى 9 في المئة");
        assertThat(segments.get(0).kind()).isEqualTo(Segment.Kind.HEADLINE);
        assertThat(segments.get(0).start()).isZero();
        assertThat(texts(segments, Segment.Kind.SENTENCE)).containsExactly(
                "أعلنت الحكومة أن البطالة انخفضت إلى 9 في المئة هذا العام.");
    }

    @Test
    void page_furniture_is_not_suggested_and_a_statistic_is() {
        String body = String.join("\n",
                "الرئيسية | سياسة | اقتصاد | رياضة",
                "عاجل: انفجار في ميناء المدينة وأنباء عن إصابات",
                "أعلنت وزارة المالية أن العجز تراجع إلى 4 في المئة من الناتج المحلي هذا العام.",
                "اقرأ أيضا: الحكومة تقر موازنة العام المقبل بعجز أقل من المتوقع",
                "شارك على فيسبوك وتويتر وواتساب",
                "Read also: Ministry says the deficit fell to 4 per cent this year",
                "Home • World • Business • Sport");
        List<Segment> segments = new Segmenter("ar").segment(body);
        assertThat(segments).extracting(Segment::text)
                .containsExactly("أعلنت وزارة المالية أن العجز تراجع إلى 4 في المئة من الناتج المحلي هذا العام.");
        assertThat(Segmenter.isBoilerplate("وقال الوزير إن العجز تراجع.")).isFalse();
        assertThat(Segmenter.isBoilerplate("Prices rose 4% in May | officials said")).isFalse();
    }
}
