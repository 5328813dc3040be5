package io.claimdesk.bench;

import io.claimdesk.claim.domain.CheckWorthiness;
import io.claimdesk.claim.domain.segment.Segmenter;
import io.claimdesk.claim.domain.worthiness.CheckWorthinessScorer;
import io.claimdesk.claim.domain.worthiness.SuggestionScore;
import io.claimdesk.claim.domain.worthiness.WorthinessModel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The scoring path of suggestions without the database (issue 17, docs/benchmarks.md "Import throughput after the
 * scoring work"): {@code bench.articles} generated articles of ~1,000 words (default 400, Arabic and English
 * alternating) are segmented once to collect their sentences and clauses; then, {@code bench.rounds} times (default
 * 5; the first rounds warm the JIT up), each part is timed over all those texts and printed in ms per article: the
 * rule's assessment ({@link CheckWorthiness#assess}), the model with the rule ({@link WorthinessModel#score}), the
 * whole suggestion score ({@link CheckWorthinessScorer#score}), segmentation alone (a constant score) and
 * segmentation with the score. Not a test: it asserts nothing and Surefire runs it only when asked by name.
 */
class ScoringBenchmark {

    private static final int ARTICLES = Integer.getInteger("bench.articles", 400);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);

    @Test
    void scoring() {
        WorthinessModel model = WorthinessModel.shipped();
        SplittableRandom random = new SplittableRandom(7);
        List<String> articles = new ArrayList<>();
        List<String> languages = new ArrayList<>();
        List<String[]> texts = new ArrayList<>();
        for (int k = 0; k < ARTICLES; k++) {
            boolean arabic = k % 2 == 0;
            articles.add(BenchText.article(random, arabic, 1000));
            languages.add(arabic ? "ar" : "en");
            new Segmenter(languages.get(k), line -> false, (text, language) -> {
                texts.add(new String[]{text, language});
                return new SuggestionScore(0.5, List.of());
            }).segment(articles.get(k));
        }
        System.out.printf(Locale.ROOT, "%d articles, %d sentences and clauses (%.1f per article)%n", ARTICLES,
                texts.size(), texts.size() / (double) ARTICLES);
        double sink = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            long t0 = System.nanoTime();
            for (String[] t : texts) {
                sink += CheckWorthiness.assess(t[0], t[1]).score();
            }
            long t1 = System.nanoTime();
            for (String[] t : texts) {
                sink += model.score(t[0], t[1]).probability();
            }
            long t2 = System.nanoTime();
            for (String[] t : texts) {
                sink += CheckWorthinessScorer.score(model, t[0], t[1]).score();
            }
            long t3 = System.nanoTime();
            for (int k = 0; k < ARTICLES; k++) {
                sink += new Segmenter(languages.get(k), line -> false,
                        (text, language) -> new SuggestionScore(0.5, List.of())).segment(articles.get(k)).size();
            }
            long t4 = System.nanoTime();
            for (int k = 0; k < ARTICLES; k++) {
                sink += new Segmenter(languages.get(k), line -> false,
                        (text, language) -> CheckWorthinessScorer.score(model, text, language))
                        .segment(articles.get(k)).size();
            }
            long t5 = System.nanoTime();
            System.out.printf(Locale.ROOT, "round %d, ms per article: rule %.2f, model with the rule %.2f, whole "
                            + "score %.2f, segmentation alone %.2f, segmentation with the score %.2f%n", round,
                    perArticle(t1 - t0), perArticle(t2 - t1), perArticle(t3 - t2), perArticle(t4 - t3),
                    perArticle(t5 - t4));
        }
        System.out.println("(checksum " + sink + ")");
    }

    private static double perArticle(long nanos) {
        return nanos / 1e6 / ARTICLES;
    }
}
