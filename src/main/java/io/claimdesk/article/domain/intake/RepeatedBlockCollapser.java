package io.claimdesk.article.domain.intake;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes what scraping makes of an article, and only that: the whole body printed twice (or more), and a block of
 * paragraphs immediately followed by a copy of itself. A paragraph that legitimately recurs later in the article (a
 * quoted sentence, a refrain: paragraphs P, Q, P) stays. The first copy is always the one kept.
 *
 * <p>A paragraph is a non-blank line of {@code \n}-separated text; blank lines are ignored when comparing.
 * Two paragraphs are equal when they are equal after NFC and white-space folding (every run of Unicode
 * White_Space becomes one space, ends trimmed); case and punctuation must match. A paragraph of
 * {@value #MIN_SUBSTANTIAL_CODE_POINTS} or more code points (after folding) is <em>substantial</em>.
 *
 * <p>Rules, in order:
 * <ol>
 *   <li><b>Whole body repeated</b>: from the first substantial paragraph on, the text is a block B followed by one or
 *       more copies of B, with only short (not substantial) paragraphs between and after the copies (a credit such
 *       as "وكالات"). The copies go; the short paragraphs stay, so P1..P7, وكالات, P1..P7 becomes P1..P7, وكالات.
 *       The shortest such B is taken.</li>
 *   <li><b>Adjacent duplicate blocks</b>: scanning from the start, where a run of paragraphs holding a substantial
 *       one is immediately followed (blank lines aside) by the same run, the copy goes (the longest such run).</li>
 * </ol>
 * A short line repeated on its own (a one-word credit, "Advertisement", a speaker's name in an interview) is never
 * removed by itself. Every removal is listed ({@link CollapsedText#removals()}) with its line numbers and those of
 * the copy it repeats, so the import notes say what went and where to find it in the kept raw text.
 */
public final class RepeatedBlockCollapser {

    /** Minimum length in code points (after folding) for a paragraph to count as substantial. */
    public static final int MIN_SUBSTANTIAL_CODE_POINTS = 40;

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    /**
     * @param text text with {@code \n} line ends (normally canonical text)
     * @return the text with scraped repeats removed, and the removals; unchanged text when nothing repeats
     */
    public CollapsedText collapse(String text) {
        String[] lines = text.split("\n", -1);
        List<Integer> paragraphLines = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String key = fold(lines[i]);
            if (!key.isEmpty()) {
                paragraphLines.add(i);
                keys.add(key);
            }
        }
        int n = keys.size();
        boolean[] substantial = new boolean[n];
        for (int k = 0; k < n; k++) {
            substantial[k] = keys.get(k).codePointCount(0, keys.get(k).length()) >= MIN_SUBSTANTIAL_CODE_POINTS;
        }
        boolean[] removed = new boolean[n];
        List<int[]> runs = new ArrayList<>(); // {copyStart, copyEnd, originalStart} in paragraph indices
        List<CollapsedText.Kind> kinds = new ArrayList<>();
        if (!wholeBodyRepeated(keys, substantial, removed, runs, kinds)) {
            adjacentDuplicates(keys, substantial, removed, runs, kinds);
        }
        if (runs.isEmpty()) {
            return new CollapsedText(text, 0, 0);
        }
        int removedCount = 0;
        int removedCodePoints = 0;
        List<CollapsedText.Removal> removals = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            int[] run = runs.get(r);
            int length = run[1] - run[0];
            int codePoints = 0;
            for (int k = run[0]; k < run[1]; k++) {
                String line = lines[paragraphLines.get(k)];
                codePoints += line.codePointCount(0, line.length());
            }
            removedCount += length;
            removedCodePoints += codePoints;
            removals.add(new CollapsedText.Removal(kinds.get(r), paragraphLines.get(run[0]) + 1,
                    paragraphLines.get(run[1] - 1) + 1, paragraphLines.get(run[2]) + 1,
                    paragraphLines.get(run[2] + length - 1) + 1, length, codePoints));
        }
        boolean[] dropLine = new boolean[lines.length];
        for (int k = 0; k < n; k++) {
            dropLine[paragraphLines.get(k)] = removed[k];
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean previousBlank = true;
        for (int l = 0; l < lines.length; l++) {
            if (dropLine[l]) {
                continue;
            }
            boolean blank = fold(lines[l]).isEmpty();
            if (blank && previousBlank) {
                continue;
            }
            out.append(lines[l]).append('\n');
            previousBlank = blank;
        }
        String result = TextCanonicalizer.stripWhiteSpace(out);
        return new CollapsedText(result, removedCount, removedCodePoints, removals);
    }

    /** Rule 1; marks the copies and returns true when the whole body (from its first substantial paragraph) repeats. */
    private static boolean wholeBodyRepeated(List<String> keys, boolean[] substantial, boolean[] removed,
                                             List<int[]> runs, List<CollapsedText.Kind> kinds) {
        int n = keys.size();
        int firstSubstantial = 0;
        while (firstSubstantial < n && !substantial[firstSubstantial]) {
            firstSubstantial++;
        }
        for (int start : firstSubstantial == 0 ? List.of(0) : List.of(0, firstSubstantial)) {
            if (wholeBodyFrom(start, keys, substantial, removed, runs, kinds)) {
                return true;
            }
        }
        return false;
    }

    private static boolean wholeBodyFrom(int start, List<String> keys, boolean[] substantial, boolean[] removed,
                                         List<int[]> runs, List<CollapsedText.Kind> kinds) {
        int n = keys.size();
        for (int length = 1; start + 2 * length <= n; length++) {
            if (!keys.get(start + length).equals(keys.get(start)) && substantial[start + length]) {
                continue; // the block would have to be followed at once by a copy or a short line
            }
            List<Integer> copies = new ArrayList<>();
            int j = start + length;
            boolean ok = true;
            while (j < n) {
                if (j + length <= n && keys.subList(j, j + length).equals(keys.subList(start, start + length))) {
                    copies.add(j);
                    j += length;
                } else if (!substantial[j]) {
                    j++;
                } else {
                    ok = false;
                    break;
                }
            }
            if (ok && !copies.isEmpty() && anySubstantial(substantial, start, start + length)) {
                for (int copy : copies) {
                    for (int k = copy; k < copy + length; k++) {
                        removed[k] = true;
                    }
                    runs.add(new int[] {copy, copy + length, start});
                    kinds.add(CollapsedText.Kind.WHOLE_BODY_REPEATED);
                }
                return true;
            }
        }
        return false;
    }

    /** Rule 2: a run immediately followed by itself (possibly several times) loses the copies. */
    private static void adjacentDuplicates(List<String> keys, boolean[] substantial, boolean[] removed,
                                           List<int[]> runs, List<CollapsedText.Kind> kinds) {
        int n = keys.size();
        int i = 0;
        while (i < n) {
            int best = 0;
            for (int length = (n - i) / 2; length >= 1; length--) {
                if (keys.subList(i, i + length).equals(keys.subList(i + length, i + 2 * length))
                        && anySubstantial(substantial, i, i + length)) {
                    best = length;
                    break;
                }
            }
            if (best == 0) {
                i++;
                continue;
            }
            int copy = i + best;
            while (copy + best <= n && keys.subList(copy, copy + best).equals(keys.subList(i, i + best))) {
                for (int k = copy; k < copy + best; k++) {
                    removed[k] = true;
                }
                runs.add(new int[] {copy, copy + best, i});
                kinds.add(CollapsedText.Kind.ADJACENT_DUPLICATE);
                copy += best;
            }
            i = copy;
        }
    }

    private static boolean anySubstantial(boolean[] substantial, int from, int to) {
        for (int k = from; k < to; k++) {
            if (substantial[k]) {
                return true;
            }
        }
        return false;
    }

    /** NFC and white-space folding used to compare paragraphs. */
    public static String fold(String paragraph) {
        String nfc = NFC.normalize(paragraph);
        StringBuilder sb = new StringBuilder(nfc.length());
        boolean space = false;
        for (int i = 0; i < nfc.length(); ) {
            int cp = nfc.codePointAt(i);
            i += Character.charCount(cp);
            if (UCharacter.isUWhiteSpace(cp)) {
                space = true;
            } else {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                space = false;
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }
}
