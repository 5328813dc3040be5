package io.claimdesk.claim.domain.segment;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision and recall of the clause splits (issue 17) on the project's labelled set
 * ({@code src/test/resources/segment/clauses.tsv}: own Arabic and English sentences with the expected splits at the
 * connectives the issue lists, and sentences that must not be split). A split is a position (code points) in the
 * sentence where a new suggested span starts: the start of every clause after the first, and any sentence break the
 * segmenter makes inside the labelled sentence. Precision = correct splits / splits made; recall = correct splits /
 * expected splits. Prints the figures per language and every miss and false split (docs/benchmarks.md).
 */
class ClauseSplitEvaluationTest {

    /** One labelled sentence: its language, text and the code-point positions where clauses are expected to start. */
    record Labelled(String language, String text, Set<Integer> splits) {
    }

    /** Counts of one language. */
    record Figures(String language, int sentences, int expected, int made, int correct) {
        double precision() {
            return made == 0 ? 1 : (double) correct / made;
        }

        double recall() {
            return expected == 0 ? 1 : (double) correct / expected;
        }
    }

    static List<Labelled> labelled() throws IOException {
        List<Labelled> out = new ArrayList<>();
        try (InputStream in = ClauseSplitEvaluationTest.class.getResourceAsStream("/segment/clauses.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", 2);
                String[] parts = cols[1].split(" \\| ");
                StringBuilder text = new StringBuilder(parts[0]);
                Set<Integer> splits = new TreeSet<>();
                for (int i = 1; i < parts.length; i++) {
                    text.append(' ');
                    splits.add(text.codePointCount(0, text.length()));
                    text.append(parts[i]);
                }
                out.add(new Labelled(cols[0], text.toString(), splits));
            }
        }
        return out;
    }

    /** Where the segmenter starts a new span inside {@code text} (code points, never 0). */
    static Set<Integer> splitsMade(Labelled l) {
        Set<Integer> made = new TreeSet<>();
        for (Segment s : new Segmenter(l.language()).segment(l.text())) {
            if (s.start() > 0) {
                made.add(s.start());
            }
        }
        return made;
    }

    static Figures measure(String language, List<Labelled> set, boolean print) {
        int sentences = 0;
        int expected = 0;
        int made = 0;
        int correct = 0;
        for (Labelled l : set) {
            if (!l.language().equals(language)) {
                continue;
            }
            sentences++;
            Set<Integer> got = splitsMade(l);
            expected += l.splits().size();
            made += got.size();
            for (int s : got) {
                if (l.splits().contains(s)) {
                    correct++;
                } else if (print) {
                    System.out.println("false split at " + s + ": " + l.text());
                }
            }
            for (int s : l.splits()) {
                if (!got.contains(s) && print) {
                    System.out.println("missed split at " + s + ": " + l.text());
                }
            }
        }
        return new Figures(language, sentences, expected, made, correct);
    }

    @Test
    void the_labelled_set_reads_as_written() throws IOException {
        List<Labelled> set = labelled();
        assertThat(set).hasSizeGreaterThanOrEqualTo(40);
        assertThat(set).anyMatch(l -> l.language().equals("ar") && l.splits().size() == 2);
        assertThat(set).anyMatch(l -> l.language().equals("en") && l.splits().isEmpty());
        Labelled first = set.get(0);
        assertThat(first.text().codePoints().skip(first.splits().iterator().next()).limit(4).toArray())
                .isEqualTo("فيما".codePoints().toArray());
    }

    @Test
    void clause_splits_have_high_precision_and_the_recall_is_measured() throws IOException {
        List<Labelled> set = labelled();
        for (String language : List.of("ar", "en")) {
            Figures f = measure(language, set, true);
            System.out.printf(Locale.ROOT, "%s: %d sentences, %d expected splits, %d made, %d correct: precision %.3f,"
                    + " recall %.3f%n", language, f.sentences(), f.expected(), f.made(), f.correct(), f.precision(),
                    f.recall());
            // precision over recall (Segmenter): a wrong split cuts a claim in two
            assertThat(f.precision()).as(language + " precision").isGreaterThanOrEqualTo(0.9);
            assertThat(f.recall()).as(language + " recall").isGreaterThanOrEqualTo(0.7);
        }
    }
}
