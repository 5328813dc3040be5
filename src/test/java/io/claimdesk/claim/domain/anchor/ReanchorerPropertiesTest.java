package io.claimdesk.claim.domain.anchor;

import io.claimdesk.claim.domain.anchor.ReanchorResult.Orphaned;
import io.claimdesk.claim.domain.anchor.ReanchorResult.Placed;
import io.claimdesk.core.text.CodePoints;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ReanchorerPropertiesTest {

    /** Distinct sentences of an invented wire story; the emoji sits before claims on purpose. */
    static final List<String> SENTENCES = List.of(
            "😀 أعلنت بلدية المدينة الساحلية إغلاق الميناء القديم أمام الصيادين.",
            "وقال رئيس البلدية إن أعمال الترميم ستستغرق ثمانية أشهر على الأقل.",
            "🚢 وتبلغ كلفة المرحلة الأولى نحو 42 مليون دينار وفق تقديرات رسمية.",
            "واحتج عشرات الصيادين أمام مبنى المحافظة صباح الثلاثاء.",
            "Officials said the old harbour will reopen in the spring of 2027.",
            "وأكدت نقابة الصيادين أن أكثر من ثلاثمئة أسرة تعتمد على الميناء.",
            "ولم تحدد السلطات موقعا بديلا لرسو القوارب حتى الآن.",
            "🌊 وتعرض الرصيف الشرقي لأضرار جسيمة خلال عاصفة الشتاء الماضي.");

    @Provide
    Arbitrary<String> noise() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12),
                Arbitraries.strings().withCharRange('\u0621', '\u064A').ofMinLength(1).ofMaxLength(12),
                Arbitraries.of("🎉", "\n", " ", "، ", "𠀋"));
    }

    private static String article(Random random, List<String> order) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < order.size(); i++) {
            text.append(order.get(i));
            if (i + 1 < order.size()) {
                text.append(random.nextInt(3) == 0 ? "\n" : " ");
            }
        }
        return text.toString();
    }

    private static List<String> shuffled(Random random) {
        List<String> order = new ArrayList<>(SENTENCES);
        Collections.shuffle(order, random);
        return order;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Property(tries = 300)
    void a_claim_stays_on_its_text_after_edits_elsewhere(@ForAll Random random,
                                                         @ForAll @Size(max = 8) List<@From("noise") String> insertions) {
        String text = article(random, shuffled(random));
        int length = CodePoints.length(text);
        int start = random.nextInt(length - 1);
        int end = start + 1 + random.nextInt(Math.min(60, length - start));
        Anchor anchor = Anchors.create(text, start, end);
        String quote = anchor.quote().exact();
        Assume.that(count(text, quote) == 1 || CodePoints.length(quote) >= 3);

        // protected window: the quote plus its context, in code points
        int protectedStart = Math.max(0, start - Anchors.CONTEXT_LENGTH);
        int protectedEnd = Math.min(length, end + Anchors.CONTEXT_LENGTH);
        StringBuilder edited = new StringBuilder(text);
        int[] window = {protectedStart, protectedEnd};
        for (String insertion : insertions) {
            String current = edited.toString();
            int currentLength = CodePoints.length(current);
            boolean delete = random.nextBoolean();
            boolean before = random.nextBoolean();
            int lo = before ? 0 : window[1];
            int hi = before ? window[0] : currentLength;
            if (hi <= lo && !(hi == lo && !delete)) {
                continue;
            }
            int at = lo + (hi > lo ? random.nextInt(hi - lo + 1) : 0);
            if (delete) {
                int deleteEnd = Math.min(hi, at + 1 + random.nextInt(8));
                if (deleteEnd <= at) {
                    continue;
                }
                edited.replace(CodePoints.toUtf16Index(current, at), CodePoints.toUtf16Index(current, deleteEnd), "");
                if (before) {
                    window[0] -= deleteEnd - at;
                    window[1] -= deleteEnd - at;
                }
            } else {
                if (before && at == window[0] || !before && at == window[1]) {
                    at = before ? Math.max(0, at - 1) : Math.min(currentLength, at + 1);
                    if (before ? at >= window[0] : at <= window[1]) {
                        continue; // no room strictly outside the window
                    }
                }
                edited.insert(CodePoints.toUtf16Index(current, at), insertion);
                if (before) {
                    window[0] += CodePoints.length(insertion);
                    window[1] += CodePoints.length(insertion);
                }
            }
        }
        String newText = edited.toString();
        Assume.that(count(newText, quote) <= count(text, quote));

        ReanchorResult result = Reanchorer.reanchor(newText, anchor);

        assertThat(result).isInstanceOf(Placed.class);
        Placed placed = (Placed) result;
        assertThat(CodePoints.substring(newText, placed.start(), placed.end())).isEqualTo(quote);
        assertThat(placed.start()).isEqualTo(window[0] + (start - protectedStart));
    }

    @Property(tries = 200)
    void a_paragraph_inserted_at_the_top_keeps_every_claim_on_its_text(@ForAll Random random,
                                                                        @ForAll("noise") String paragraph) {
        List<String> order = shuffled(random);
        String text = article(random, order);
        String newText = paragraph + "\n" + text;
        int shift = CodePoints.length(paragraph) + 1;
        for (String sentence : order) {
            int[] span = claimIn(random, text, sentence);
            Anchor anchor = Anchors.create(text, span[0], span[1]);

            ReanchorResult result = Reanchorer.reanchor(newText, anchor);

            assertThat(result).isInstanceOf(Placed.class);
            Placed placed = (Placed) result;
            assertThat(placed.start()).isEqualTo(span[0] + shift);
            assertThat(CodePoints.substring(newText, placed.start(), placed.end()))
                    .isEqualTo(anchor.quote().exact());
        }
    }

    @Property(tries = 200)
    void deleting_the_sentence_that_holds_a_claim_orphans_it(@ForAll Random random) {
        List<String> order = shuffled(random);
        String text = article(random, order);
        String sentence = order.get(random.nextInt(order.size()));
        int[] span = claimIn(random, text, sentence);
        Anchor anchor = Anchors.create(text, span[0], span[1]);

        List<String> remaining = new ArrayList<>(order);
        remaining.remove(sentence);
        String newText = article(random, remaining);

        assertThat(Reanchorer.reanchor(newText, anchor)).isInstanceOf(Orphaned.class);
    }

    /** The whole sentence or a part of it of at least 24 code points, as code points of {@code text}. */
    private static int[] claimIn(Random random, String text, String sentence) {
        int sentenceStart = text.codePointCount(0, text.indexOf(sentence));
        int sentenceLength = CodePoints.length(sentence);
        if (random.nextBoolean()) {
            return new int[] {sentenceStart, sentenceStart + sentenceLength};
        }
        int length = 24 + random.nextInt(sentenceLength - 24 + 1);
        int offset = random.nextInt(sentenceLength - length + 1);
        return new int[] {sentenceStart + offset, sentenceStart + offset + length};
    }
}
