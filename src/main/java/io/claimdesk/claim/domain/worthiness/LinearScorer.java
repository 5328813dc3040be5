package io.claimdesk.claim.domain.worthiness;

import io.claimdesk.claim.domain.CheckWorthiness;
import org.jspecify.annotations.Nullable;
import org.tribuo.classification.Label;
import org.tribuo.common.sgd.AbstractLinearSGDModel;
import org.tribuo.math.la.DenseMatrix;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scoring path of one language of {@link WorthinessModel} without Tribuo at scoring time: at load, the linear
 * model's weights of both classes, its biases, the vocabulary's n-gram weights (idf or 1) and the feature names are
 * copied into arrays and hash tables; a text is then scored by computing only the n-grams the model or the
 * vocabulary knows (character n-grams are looked up as code-point windows, no string per window), the block
 * normalisation of {@link WorthinessFeatures#vector} or {@link WorthinessFeatures#features(String, String)}, and the
 * dot product and softmax Tribuo's {@code LinearSGDModel.predict} computes (features in ascending id order, the bias
 * last; summed here in the text's order, which differs by rounding only, ~1e-15), so the scores equal Tribuo's
 * ({@code WorthinessModelFastPathTest} guards it to 1e-9). Immutable and thread-safe.
 */
final class LinearScorer {

    /**
     * The features of one text that the model knows: model feature ids and values, in the original order; the
     * n-grams first, then from {@code rulesFrom} the rule signals, whose reason names {@code rules} holds (index
     * {@code i - rulesFrom}).
     */
    record Known(int[] ids, double[] values, int rulesFrom, String[] rules, int size) {
    }

    private final WorthinessFeatures.@Nullable Spec spec;
    private final boolean foldDigits;
    private final boolean charsAcrossWords;
    private final boolean separateBlocks;
    private final boolean idf;
    /** Word n-gram (without prefix) to entry. */
    private final Map<String, Integer> wordEntries = new HashMap<>();
    private final CharTable charEntries;
    /** Per entry: model feature id or -1. */
    private final int[] entryModelId;
    /** Per entry: weight in the vocabulary (idf or 1), NaN when not in the vocabulary. */
    private final double[] entryWeight;
    /** Rule reason name to model feature id. */
    private final Map<String, Integer> ruleIds = new HashMap<>();
    private final double[] positive;
    private final double[] negative;
    private final int bias;

    LinearScorer(AbstractLinearSGDModel<Label> model, int positiveRow, int negativeRow,
                 WorthinessModel.@Nullable Vocabulary vocabulary) {
        this.spec = vocabulary == null ? null : vocabulary.spec();
        this.foldDigits = spec == null || spec.foldDigits();
        this.charsAcrossWords = spec != null && spec.charsAcrossWords();
        this.separateBlocks = spec != null && spec.separateBlocks();
        this.idf = spec != null && spec.idf();
        DenseMatrix w = model.getWeightsCopy();
        int features = model.getFeatureIDMap().size();
        this.bias = w.getDimension2Size() - 1;
        this.positive = new double[bias + 1];
        this.negative = new double[bias + 1];
        for (int id = 0; id <= bias; id++) {
            positive[id] = w.get(positiveRow, id);
            negative[id] = w.get(negativeRow, id);
        }
        Map<String, Integer> modelIds = new LinkedHashMap<>();
        for (int id = 0; id < features; id++) {
            modelIds.put(model.getFeatureIDMap().get(id).getName(), id);
        }
        Map<String, Double> vocabularyWeights = vocabulary == null ? Map.of() : vocabulary.weights();
        Map<String, int[]> entries = new LinkedHashMap<>(); // name -> {entry}
        List<String> names = new java.util.ArrayList<>();
        for (String name : modelIds.keySet()) {
            if (name.startsWith(WorthinessFeatures.RULE)) {
                ruleIds.put(name.substring(WorthinessFeatures.RULE.length()), modelIds.get(name));
            } else {
                entries.put(name, new int[]{names.size()});
                names.add(name);
            }
        }
        for (String name : vocabularyWeights.keySet()) {
            if (!entries.containsKey(name) && !name.startsWith(WorthinessFeatures.RULE)) {
                entries.put(name, new int[]{names.size()});
                names.add(name);
            }
        }
        entryModelId = new int[names.size()];
        entryWeight = new double[names.size()];
        String[] entryName = names.toArray(String[]::new);
        List<int[]> charKeys = new java.util.ArrayList<>();
        List<Integer> charValues = new java.util.ArrayList<>();
        for (int e = 0; e < entryName.length; e++) {
            String name = entryName[e];
            entryModelId[e] = modelIds.getOrDefault(name, -1);
            entryWeight[e] = vocabulary == null ? 1.0 : vocabularyWeights.getOrDefault(name, Double.NaN);
            if (name.startsWith(WorthinessFeatures.WORD)) {
                wordEntries.put(name.substring(WorthinessFeatures.WORD.length()), e);
            } else if (name.startsWith(WorthinessFeatures.CHAR)) {
                charKeys.add(name.substring(WorthinessFeatures.CHAR.length()).codePoints().toArray());
                charValues.add(e);
            }
        }
        charEntries = new CharTable(charKeys, charValues);
    }

    /** Softmax probability of the positive class, clamped, as log-odds (as {@link WorthinessModel#logOdds}). */
    double logOdds(Known known) {
        if (known.size() == 0) {
            double z = positive[bias] - negative[bias];
            return Math.max(-20, Math.min(20, z));
        }
        // Tribuo sums in ascending feature id order; summing in the text's order differs by rounding only (~1e-15)
        double sp = 0;
        double sn = 0;
        for (int i = 0; i < known.size(); i++) {
            int id = known.ids()[i];
            sp += positive[id] * known.values()[i];
            sn += negative[id] * known.values()[i];
        }
        sp += positive[bias];
        sn += negative[bias];
        double max = Math.max(sp, sn);
        double ep = Math.exp(sp - max);
        double en = Math.exp(sn - max);
        double p = ep / (ep + en);
        p = Math.min(1 - 1e-9, Math.max(1e-9, p));
        return Math.log(p / (1 - p));
    }

    /** Contribution of a known feature to the log-odds. */
    double contribution(Known known, int i) {
        int id = known.ids()[i];
        return (positive[id] - negative[id]) * known.values()[i];
    }

    /** The features of a text the model knows, with their values (see the class comment). */
    Known known(String text, String language, List<CheckWorthiness.Reason> reasons) {
        List<String> words = WorthinessFeatures.words(text, foldDigits);
        // word 1-2 grams, counted in first-appearance order
        Map<String, int[]> wordCounts = new LinkedHashMap<>();
        for (int i = 0; i < words.size(); i++) {
            wordCounts.computeIfAbsent(words.get(i), k -> new int[1])[0]++;
            if (i + 1 < words.size()) {
                wordCounts.computeIfAbsent(words.get(i) + " " + words.get(i + 1), k -> new int[1])[0]++;
            }
        }
        // character windows over the pieces, deduplicated in first-appearance order
        int total = 0;
        for (String w : words) {
            total += w.length() + 1;
        }
        int[] cps = new int[total + 2];
        int[] pieceStart = new int[charsAcrossWords ? 1 : words.size()];
        int[] pieceEnd = new int[pieceStart.length];
        int len = 0;
        if (charsAcrossWords) {
            cps[len++] = ' ';
            for (int i = 0; i < words.size(); i++) {
                if (i > 0) {
                    cps[len++] = ' ';
                }
                len = append(cps, len, words.get(i));
            }
            cps[len++] = ' ';
            pieceEnd[0] = len;
        } else {
            cps = new int[total + 2 * words.size()];
            for (int i = 0; i < words.size(); i++) {
                pieceStart[i] = len;
                cps[len++] = ' ';
                len = append(cps, len, words.get(i));
                cps[len++] = ' ';
                pieceEnd[i] = len;
            }
        }
        WindowSet windows = new WindowSet(cps, Math.max(4, 4 * len));
        for (int p = 0; p < pieceStart.length; p++) {
            for (int n = 2; n <= 5; n++) {
                for (int s = pieceStart[p]; s + n <= pieceEnd[p]; s++) {
                    windows.add(s, n);
                }
            }
        }
        int capacity = wordCounts.size() + windows.size + reasons.size();
        int[] ids = new int[capacity];
        double[] values = new double[capacity];
        int size = 0;
        if (!separateBlocks) {
            double value = 1 / Math.sqrt(wordCounts.size() + windows.size);
            for (String gram : wordCounts.keySet()) {
                Integer e = wordEntries.get(gram);
                if (e != null && entryModelId[e] >= 0 && !Double.isNaN(entryWeight[e])) {
                    ids[size] = entryModelId[e];
                    values[size++] = value;
                }
            }
            for (int d = 0; d < windows.size; d++) {
                int e = charEntries.get(cps, windows.start[d], windows.length[d], windows.hash[d]);
                if (e >= 0 && entryModelId[e] >= 0 && !Double.isNaN(entryWeight[e])) {
                    ids[size] = entryModelId[e];
                    values[size++] = value;
                }
            }
        } else {
            // word block
            int[] entries = new int[Math.max(wordCounts.size(), windows.size)];
            double[] xs = new double[entries.length];
            int k = 0;
            double squares = 0;
            for (Map.Entry<String, int[]> g : wordCounts.entrySet()) {
                Integer e = wordEntries.get(g.getKey());
                if (e != null && !Double.isNaN(entryWeight[e])) {
                    double x = idf ? g.getValue()[0] * entryWeight[e] : 1.0;
                    entries[k] = e;
                    xs[k++] = x;
                    squares += x * x;
                }
            }
            size = block(entries, xs, k, Math.sqrt(squares), ids, values, size);
            k = 0;
            squares = 0;
            for (int d = 0; d < windows.size; d++) {
                int e = charEntries.get(cps, windows.start[d], windows.length[d], windows.hash[d]);
                if (e >= 0 && !Double.isNaN(entryWeight[e])) {
                    double x = idf ? windows.count[d] * entryWeight[e] : 1.0;
                    entries[k] = e;
                    xs[k++] = x;
                    squares += x * x;
                }
            }
            size = block(entries, xs, k, Math.sqrt(squares), ids, values, size);
        }
        int rulesFrom = size;
        String[] rules = new String[reasons.size()];
        for (CheckWorthiness.Reason reason : reasons) {
            Integer id = ruleIds.get(reason.name());
            if (id == null) {
                continue;
            }
            boolean seen = false;
            for (int i = rulesFrom; i < size; i++) {
                seen |= ids[i] == id;
            }
            if (!seen) {
                rules[size - rulesFrom] = reason.name();
                ids[size] = id;
                values[size++] = 1.0;
            }
        }
        return new Known(ids, values, rulesFrom, rules, size);
    }

    private int block(int[] entries, double[] xs, int k, double norm, int[] ids, double[] values, int size) {
        for (int i = 0; i < k; i++) {
            int e = entries[i];
            if (entryModelId[e] >= 0) {
                ids[size] = entryModelId[e];
                values[size++] = xs[i] / norm;
            }
        }
        return size;
    }

    private static int append(int[] cps, int len, String word) {
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            cps[len++] = cp;
            i += Character.charCount(cp);
        }
        return len;
    }

    private static int hash(int[] cps, int start, int length) {
        int h = length;
        for (int i = start; i < start + length; i++) {
            h = h * 31 + cps[i];
        }
        h *= 0x9E3779B9;
        return h ^ (h >>> 15);
    }

    /**
     * Open-addressing table from code-point sequences to entries: one int array of (hash, entry + 1) pairs, so a
     * probe for a window the table lacks (most windows) reads one cache line; the key is compared only on equal hash.
     */
    private static final class CharTable {
        private final int[] slots;
        private final int[][] keys; // per entry
        private final int mask;

        CharTable(List<int[]> keyList, List<Integer> valueList) {
            int cap = Integer.highestOneBit(Math.max(4, keyList.size() * 2)) * 2;
            slots = new int[2 * cap];
            keys = new int[keyList.size()][];
            mask = cap - 1;
            for (int i = 0; i < keyList.size(); i++) {
                int[] key = keyList.get(i);
                int h = hash(key, 0, key.length);
                int slot = h & mask;
                while (slots[2 * slot + 1] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[2 * slot] = h;
                slots[2 * slot + 1] = i + 1;
                keys[i] = key;
            }
            this.values = valueList.stream().mapToInt(Integer::intValue).toArray();
        }

        private final int[] values;

        int get(int[] cps, int start, int length, int h) {
            for (int slot = h & mask, k; (k = slots[2 * slot + 1]) != 0; slot = (slot + 1) & mask) {
                if (slots[2 * slot] == h) {
                    int[] key = keys[k - 1];
                    if (key.length == length && Arrays.equals(key, 0, length, cps, start, start + length)) {
                        return values[k - 1];
                    }
                }
            }
            return -1;
        }
    }

    /** Distinct windows of a code-point array, with counts, in first-appearance order. */
    private static final class WindowSet {
        private final int[] cps;
        private final int[] table; // slot -> distinct index + 1, 0 = empty
        private final int mask;
        final int[] start;
        final int[] length;
        final int[] count;
        final int[] hash;
        int size;

        WindowSet(int[] cps, int maxWindows) {
            this.cps = cps;
            int cap = Integer.highestOneBit(Math.max(4, maxWindows * 2)) * 2;
            table = new int[cap];
            mask = cap - 1;
            start = new int[maxWindows];
            length = new int[maxWindows];
            count = new int[maxWindows];
            hash = new int[maxWindows];
        }

        void add(int s, int n) {
            int h = hash(cps, s, n);
            int slot = h & mask;
            for (int d; (d = table[slot]) != 0; slot = (slot + 1) & mask) {
                d--;
                if (hash[d] == h && length[d] == n && Arrays.equals(cps, start[d], start[d] + n, cps, s, s + n)) {
                    count[d]++;
                    return;
                }
            }
            table[slot] = size + 1;
            hash[size] = h;
            start[size] = s;
            length[size] = n;
            count[size++] = 1;
        }
    }
}
