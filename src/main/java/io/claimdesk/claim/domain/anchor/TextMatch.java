package io.claimdesk.claim.domain.anchor;

import java.util.ArrayList;
import java.util.List;

/**
 * Code-point array helpers for anchoring: exact occurrences, context comparison, Levenshtein similarity and an
 * approximate substring search (Sellers' semi-global edit distance, P. H. Sellers, "The theory and computation of
 * evolutionary distances: pattern recognition", J. Algorithms 1980).
 */
final class TextMatch {

    private TextMatch() {
    }

    /** An approximate occurrence {@code [start, end)} of a pattern at {@code distance} edits. */
    record Approximate(int start, int end, int distance) {
    }

    static String string(int[] cps, int start, int end) {
        return new String(cps, start, end - start);
    }

    static int[] slice(int[] cps, int start, int end) {
        int[] out = new int[end - start];
        System.arraycopy(cps, start, out, 0, out.length);
        return out;
    }

    static boolean regionMatches(int[] text, int at, int[] pattern) {
        if (at < 0 || at + pattern.length > text.length) {
            return false;
        }
        for (int i = 0; i < pattern.length; i++) {
            if (text[at + i] != pattern[i]) {
                return false;
            }
        }
        return true;
    }

    static boolean endsWith(int[] text, int end, int[] pattern) {
        return regionMatches(text, end - pattern.length, pattern);
    }

    static boolean startsWith(int[] text, int start, int[] pattern) {
        return regionMatches(text, start, pattern);
    }

    static List<Integer> occurrences(int[] text, int[] pattern) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i + pattern.length <= text.length; i++) {
            if (regionMatches(text, i, pattern)) {
                out.add(i);
            }
        }
        return out;
    }

    /** Levenshtein distance (unit costs). */
    static int distance(int[] a, int[] b) {
        int[] prev = new int[b.length + 1];
        int[] cur = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length; j++) {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length];
    }

    /** {@code 1 - distance / max(length)}; 1 for two empty arrays. */
    static double similarity(int[] a, int[] b) {
        int max = Math.max(a.length, b.length);
        return max == 0 ? 1.0 : 1.0 - (double) distance(a, b) / max;
    }

    /**
     * Similarity of an old prefix with the text just before {@code start}, compared right-aligned over the
     * prefix's length.
     */
    static double prefixSimilarity(int[] text, int start, int[] oldPrefix) {
        int from = Math.max(0, start - oldPrefix.length);
        return similarity(oldPrefix, slice(text, from, start));
    }

    /** Similarity of an old suffix with the text just after {@code end}, over the suffix's length. */
    static double suffixSimilarity(int[] text, int end, int[] oldSuffix) {
        int to = Math.min(text.length, end + oldSuffix.length);
        return similarity(oldSuffix, slice(text, end, to));
    }

    /**
     * Approximate occurrences of {@code pattern} in {@code text} with at most {@code maxDistance} edits: for every end
     * position where the semi-global distance is a local minimum, the best start (fewest edits, then longest match).
     * Cost O(text.length * pattern.length) time, O(pattern.length) memory.
     */
    static List<Approximate> approximateOccurrences(int[] text, int[] pattern, int maxDistance) {
        int m = pattern.length;
        int[] prevD = new int[m + 1];
        int[] curD = new int[m + 1];
        int[] prevS = new int[m + 1];
        int[] curS = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            prevD[i] = i;
            prevS[i] = 0;
        }
        int n = text.length;
        int[] endDistance = new int[n + 1];
        int[] endStart = new int[n + 1];
        endDistance[0] = prevD[m];
        endStart[0] = 0;
        for (int j = 1; j <= n; j++) {
            curD[0] = 0;
            curS[0] = j;
            for (int i = 1; i <= m; i++) {
                int diag = prevD[i - 1] + (pattern[i - 1] == text[j - 1] ? 0 : 1);
                int up = curD[i - 1] + 1;    // pattern char not in text
                int left = prevD[i] + 1;     // text char not in pattern
                int best = diag;
                int start = prevS[i - 1];
                if (up < best || (up == best && curS[i - 1] < start)) {
                    best = up;
                    start = curS[i - 1];
                }
                if (left < best || (left == best && prevS[i] < start)) {
                    best = left;
                    start = prevS[i];
                }
                curD[i] = best;
                curS[i] = start;
            }
            endDistance[j] = curD[m];
            endStart[j] = curS[m];
            int[] t = prevD;
            prevD = curD;
            curD = t;
            t = prevS;
            prevS = curS;
            curS = t;
        }
        List<Approximate> out = new ArrayList<>();
        for (int j = 1; j <= n; j++) {
            int d = endDistance[j];
            if (d > maxDistance) {
                continue;
            }
            boolean leftOk = endDistance[j - 1] >= d;
            boolean rightOk = j == n || endDistance[j + 1] > d;
            if (leftOk && rightOk && endStart[j] < j) {
                out.add(new Approximate(endStart[j], j, d));
            }
        }
        return out;
    }
}
