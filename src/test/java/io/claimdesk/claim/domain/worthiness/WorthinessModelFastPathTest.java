package io.claimdesk.claim.domain.worthiness;

import io.claimdesk.claim.domain.CheckWorthiness;
import io.claimdesk.core.text.SampleArticles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The fast scoring path of {@link WorthinessModel} ({@link LinearScorer}) gives Tribuo's scores: over more than
 * 1,000 varied texts (the project's labelled sentences of gold.tsv and heldout.tsv in Arabic and English, the sample
 * article's lines and clauses, and variants of each: halves, joined pairs, repeated, digits changed, upper case,
 * with a web address and a mention, under other language tags) the calibrated probability, the log-odds and every
 * contribution of the shipped model, and of a model with the same Tribuo models but no vocabulary (the features of
 * models trained before 2026-12-01), equal those of the Tribuo path to 1e-9. Prints the microseconds per text of
 * both paths, the fast one split into the rule's assessment and the model (docs/benchmarks.md, issue 17).
 */
class WorthinessModelFastPathTest {

    @Test
    void fast_path_scores_equal_tribuo_scores_on_varied_texts() throws IOException {
        List<String[]> texts = texts();
        assertThat(texts.size()).isGreaterThanOrEqualTo(1000);
        WorthinessModel shipped = WorthinessModel.shipped();
        Map<String, WorthinessModel.Platt> platt = Map.of("ar", shipped.platt("ar"), "en", shipped.platt("en"));
        WorthinessModel legacy = WorthinessModel.of(shipped.tribuoModels(), platt, Map.of());
        for (WorthinessModel model : List.of(shipped, legacy)) {
            for (String[] t : texts) {
                String text = t[0];
                String language = t[1];
                WorthinessModel.Scored fast = model.score(text, language);
                WorthinessModel.Scored slow = model.scoreWithTribuo(text, language);
                assertThat(fast.probability()).as("probability of %s (%s)", text, language)
                        .isCloseTo(slow.probability(), within(1e-9));
                assertThat(fast.contributions().keySet()).as("signals of %s", text)
                        .isEqualTo(slow.contributions().keySet());
                slow.contributions().forEach((k, v) -> assertThat(fast.contributions().get(k))
                        .as("%s of %s", k, text).isCloseTo(v, within(1e-9)));
                String lang = WorthinessFeatures.modelLanguage(language, text);
                assertThat(model.logOdds(lang, text, language)).as("log-odds of %s", text)
                        .isCloseTo(model.logOddsWithTribuo(lang, text, language), within(1e-9));
            }
        }
        System.out.printf(Locale.ROOT, "fast path equals Tribuo path on %d texts x 2 models%n", texts.size());
        for (int pass = 0; pass < 3; pass++) {
            double sink = 0;
            long t0 = System.nanoTime();
            for (String[] t : texts) {
                sink += shipped.scoreWithTribuo(t[0], t[1]).probability();
            }
            long t1 = System.nanoTime();
            for (String[] t : texts) {
                sink += shipped.score(t[0], t[1]).probability();
            }
            long t2 = System.nanoTime();
            List<List<CheckWorthiness.Reason>> reasons = new ArrayList<>();
            for (String[] t : texts) {
                reasons.add(CheckWorthiness.assess(t[0], t[1]).reasons());
            }
            long t3 = System.nanoTime();
            for (int i = 0; i < texts.size(); i++) {
                sink += shipped.score(texts.get(i)[0], texts.get(i)[1], reasons.get(i)).probability();
            }
            long t4 = System.nanoTime();
            if (pass == 2) {
                System.out.printf(Locale.ROOT, "shipped model over %d texts: Tribuo path %.1f µs per text, fast path "
                                + "%.1f µs per text, of which the rule's assessment %.1f µs and the model %.1f µs "
                                + "(checksum %.3f)%n", texts.size(), (t1 - t0) / 1000.0 / texts.size(),
                        (t2 - t1) / 1000.0 / texts.size(), (t3 - t2) / 1000.0 / texts.size(),
                        (t4 - t3) / 1000.0 / texts.size(), sink);
            }
        }
    }

    /** Text and language tag pairs (see the class comment). */
    static List<String[]> texts() throws IOException {
        List<String[]> base = new ArrayList<>();
        for (String resource : List.of("/checkworthiness/gold.tsv", "/checkworthiness/heldout.tsv")) {
            try (InputStream in = WorthinessModelFastPathTest.class.getResourceAsStream(resource)) {
                assertThat(in).as(resource).isNotNull();
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String[] cols = line.split("\t", 3);
                    if (cols.length == 3 && !cols[0].equals("lang")) {
                        base.add(new String[]{cols[2].strip(), cols[0]});
                    }
                }
            }
        }
        for (String line : SampleArticles.read("iraq-coalition-ar.txt").split("\n")) {
            if (!line.isBlank()) {
                base.add(new String[]{line.strip(), "ar"});
                for (String clause : line.split("[،,.]")) {
                    base.add(new String[]{clause.strip(), "ar"});
                }
            }
        }
        Set<List<String>> out = new LinkedHashSet<>();
        for (int i = 0; i < base.size(); i++) {
            String text = base.get(i)[0];
            String lang = base.get(i)[1];
            String next = base.get((i + 1) % base.size())[0];
            String[] words = text.split(" ");
            out.add(List.of(text, lang));
            out.add(List.of(String.join(" ", List.of(words).subList(0, words.length / 2)), lang));
            out.add(List.of(String.join(" ", List.of(words).subList(words.length / 2, words.length)), lang));
            out.add(List.of(text + " " + next, lang));
            out.add(List.of(text + " " + text, lang));
            out.add(List.of(text.replace('1', '7').replace('0', '5').replace("2", "١٢"), lang));
            out.add(List.of(text.toUpperCase(Locale.ROOT) + " https://example.org/a?b=1 @someone", lang));
            out.add(List.of(text, i % 3 == 0 ? "fr" : i % 3 == 1 ? "ar-IQ" : "en-GB"));
        }
        for (String odd : List.of("", " ", "123", "!!!", "٪", "%", "a", "ب", "😀 emoji 𝔘 text", "www.x.com")) {
            out.add(List.of(odd, "ar"));
            out.add(List.of(odd, "en"));
        }
        return out.stream().map(l -> l.toArray(String[]::new)).toList();
    }
}
