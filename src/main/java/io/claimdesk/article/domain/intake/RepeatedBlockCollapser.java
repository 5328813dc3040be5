package io.claimdesk.article.domain.intake;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Removes blocks of paragraphs that a scraper or an editor pasted twice, keeping the first copy.
 *
 * <p>A paragraph is a non-blank line of {@code \n}-separated text; blank lines are ignored when comparing.
 * Two paragraphs are equal when they are equal after NFC and white-space folding (every run of Unicode
 * White_Space becomes one space, ends trimmed); case and punctuation must match.
 *
 * <p>Rule: scanning from the start, at each paragraph the longest run of paragraphs that already occurred,
 * complete and earlier in the text, is found. The repeated run is removed when it holds at least one
 * <em>substantial</em> paragraph ({@value #MIN_SUBSTANTIAL_CODE_POINTS} or more code points after folding).
 * Paragraphs between the two copies (a credit line such as "وكالات") stay where they are, so
 * P1..P7, وكالات, P1..P7 becomes P1..P7, وكالات.
 *
 * <p>Decision: a short line repeated on its own (a one-word credit, "Advertisement", a section label) is
 * <b>not</b> removed, because short lines legitimately recur (a speaker's name in an interview, a repeated
 * sub-heading) and removing them would change the article; it is removed only as part of a repeated run
 * that includes a substantial paragraph.
 */
public final class RepeatedBlockCollapser {

    /** Minimum length in code points (after folding) for a paragraph to count as substantial. */
    public static final int MIN_SUBSTANTIAL_CODE_POINTS = 40;

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    /**
     * @param text text with {@code \n} line ends (normally canonical text)
     * @return the text with repeated runs removed; unchanged text when nothing repeats
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
        Map<String, List<Integer>> positions = new HashMap<>();
        boolean[] removed = new boolean[n];
        int removedCount = 0;
        int removedCodePoints = 0;
        int i = 0;
        while (i < n) {
            int bestLength = 0;
            for (int start : positions.getOrDefault(keys.get(i), List.of())) {
                int length = 0;
                while (start + length < i && i + length < n && keys.get(start + length).equals(keys.get(i + length))) {
                    length++;
                }
                bestLength = Math.max(bestLength, length);
            }
            boolean substantial = false;
            for (int k = i; k < i + bestLength; k++) {
                if (keys.get(k).codePointCount(0, keys.get(k).length()) >= MIN_SUBSTANTIAL_CODE_POINTS) {
                    substantial = true;
                    break;
                }
            }
            boolean remove = bestLength > 0 && substantial;
            int step = remove ? bestLength : 1;
            for (int k = i; k < i + step; k++) {
                positions.computeIfAbsent(keys.get(k), key -> new ArrayList<>()).add(k);
                if (remove) {
                    removed[k] = true;
                    removedCount++;
                    String line = lines[paragraphLines.get(k)];
                    removedCodePoints += line.codePointCount(0, line.length());
                }
            }
            i += step;
        }
        if (removedCount == 0) {
            return new CollapsedText(text, 0, 0);
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
        return new CollapsedText(result, removedCount, removedCodePoints);
    }

    /** NFC and white-space folding used to compare paragraphs. */
    static String fold(String paragraph) {
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
