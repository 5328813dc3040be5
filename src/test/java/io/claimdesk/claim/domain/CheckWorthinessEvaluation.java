package io.claimdesk.claim.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates {@link CheckWorthiness} on a labelled gold set at {@link CheckWorthiness#THRESHOLD}: precision, recall
 * and F1 of the check-worthy class, per language and overall, as a Markdown table.
 */
final class CheckWorthinessEvaluation {

    /** One labelled sentence. */
    record Labelled(String language, boolean checkWorthy, String sentence) {
    }

    /** Confusion counts and the derived figures for one row. */
    record Figures(String name, int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {

        double precision() {
            int predicted = truePositives + falsePositives;
            return predicted == 0 ? 0 : (double) truePositives / predicted;
        }

        double recall() {
            int actual = truePositives + falseNegatives;
            return actual == 0 ? 0 : (double) truePositives / actual;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        int total() {
            return truePositives + falsePositives + falseNegatives + trueNegatives;
        }
    }

    private CheckWorthinessEvaluation() {
    }

    /** Reads {@code lang<TAB>label<TAB>sentence} lines (a header line starting with "lang" is skipped). */
    static List<Labelled> load(String resource) throws IOException {
        try (InputStream in = CheckWorthinessEvaluation.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("gold set " + resource + " is not on the test classpath");
            }
            List<Labelled> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("lang\t")) {
                    continue;
                }
                String[] cols = line.split("\t", 3);
                if (cols.length != 3 || !(cols[1].equals("0") || cols[1].equals("1"))) {
                    throw new IOException("bad gold line: " + line);
                }
                out.add(new Labelled(cols[0], cols[1].equals("1"), cols[2]));
            }
            return out;
        }
    }

    /** Figures per language (in order of first appearance) followed by an "all" row. */
    static List<Figures> evaluate(List<Labelled> gold) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Labelled item : gold) {
            boolean predicted = CheckWorthiness.assess(item.sentence(), item.language()).checkWorthy();
            int cell = item.checkWorthy() ? (predicted ? 0 : 2) : (predicted ? 1 : 3);
            counts.computeIfAbsent(item.language(), k -> new int[4])[cell]++;
            counts.computeIfAbsent("all", k -> new int[4])[cell]++;
        }
        int[] all = counts.remove("all");
        List<Figures> rows = new ArrayList<>();
        counts.forEach((lang, c) -> rows.add(new Figures(lang, c[0], c[1], c[2], c[3])));
        if (all != null) {
            rows.add(new Figures("all", all[0], all[1], all[2], all[3]));
        }
        return rows;
    }

    /** Markdown table of the figures. */
    static String toMarkdown(List<Figures> rows) {
        StringBuilder out = new StringBuilder(
                "| set | n | TP | FP | FN | TN | precision | recall | F1 |\n|---|---|---|---|---|---|---|---|---|\n");
        for (Figures f : rows) {
            out.append(String.format(java.util.Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %.3f | %.3f | %.3f |%n",
                    f.name(), f.total(), f.truePositives(), f.falsePositives(), f.falseNegatives(), f.trueNegatives(),
                    f.precision(), f.recall(), f.f1()));
        }
        return out.toString();
    }

    /** Sentences the rule gets wrong, for tuning. */
    static List<String> errors(List<Labelled> gold) {
        List<String> out = new ArrayList<>();
        for (Labelled item : gold) {
            CheckWorthiness.Assessment a = CheckWorthiness.assess(item.sentence(), item.language());
            if (a.checkWorthy() != item.checkWorthy()) {
                out.add((item.checkWorthy() ? "FN " : "FP ") + a.score() + " " + a.reasons() + " " + item.sentence());
            }
        }
        return out;
    }
}
