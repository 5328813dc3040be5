package io.claimdesk.article.domain.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Result of {@link RepeatedBlockCollapser#collapse(String)}.
 *
 * @param text                 the text with repeated copies removed
 * @param paragraphsRemoved    number of paragraphs (non-blank lines) removed
 * @param codePointsRemoved    Unicode code points in the removed paragraphs (line feeds not counted)
 * @param removals             what was removed, in text order
 */
public record CollapsedText(String text, int paragraphsRemoved, int codePointsRemoved, List<Removal> removals) {

    /** Why a run of paragraphs went. */
    public enum Kind { WHOLE_BODY_REPEATED, ADJACENT_DUPLICATE }

    /**
     * One removed copy. Line numbers are 1-based lines of the text given to the collapser (the canonical text of
     * the kept raw text), ends inclusive.
     *
     * @param fromLine     first line of the removed copy
     * @param toLine       last line of the removed copy
     * @param copyOfFrom   first line of the kept copy it repeats
     * @param copyOfTo     last line of the kept copy
     * @param paragraphs   paragraphs in the removed copy
     * @param codePoints   code points in the removed copy
     */
    public record Removal(Kind kind, int fromLine, int toLine, int copyOfFrom, int copyOfTo, int paragraphs,
                          int codePoints) {
    }

    public CollapsedText {
        Objects.requireNonNull(text, "text");
        removals = List.copyOf(removals);
    }

    /** Nothing or an unlisted removal (kept for callers that only count). */
    public CollapsedText(String text, int paragraphsRemoved, int codePointsRemoved) {
        this(text, paragraphsRemoved, codePointsRemoved, List.of());
    }

    /**
     * The same result with its line numbers mapped back to an earlier text (after lines were taken out before
     * collapsing, such as page furniture).
     *
     * @param originalLine for each 0-based line of the text that was collapsed, its 1-based line number before
     */
    public CollapsedText renumbered(int[] originalLine) {
        if (removals.isEmpty()) {
            return this;
        }
        List<Removal> mapped = removals.stream().map(r -> new Removal(r.kind(), originalLine[r.fromLine() - 1],
                originalLine[r.toLine() - 1], originalLine[r.copyOfFrom() - 1], originalLine[r.copyOfTo() - 1],
                r.paragraphs(), r.codePoints())).toList();
        return new CollapsedText(text, paragraphsRemoved, codePointsRemoved, mapped);
    }

    /**
     * The removed lines and the lines they repeat, language-neutral: {@code "9-15=1-7; 20=19"}.
     */
    public String lines() {
        return removals.stream().map(r -> range(r.fromLine(), r.toLine()) + "=" + range(r.copyOfFrom(), r.copyOfTo()))
                .collect(Collectors.joining("; "));
    }

    private static String range(int from, int to) {
        return from == to ? Integer.toString(from) : from + "-" + to;
    }

    /**
     * @return a {@link IntakeWarning.Code#REPEATED_CONTENT_REMOVED} warning such as
     *     "Removed 7 repeated paragraphs (1,234 characters): lines 9-15 repeated lines 1-7", with the arguments
     *     {@code paragraphs}, {@code characters} and {@code lines} ({@link #lines()}), or empty when nothing was
     *     removed
     */
    public Optional<IntakeWarning> warning() {
        if (paragraphsRemoved == 0) {
            return Optional.empty();
        }
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("paragraphs", paragraphsRemoved);
        args.put("characters", codePointsRemoved);
        String message = String.format(Locale.ENGLISH, "Removed %,d repeated paragraph%s (%,d character%s)",
                paragraphsRemoved, paragraphsRemoved == 1 ? "" : "s",
                codePointsRemoved, codePointsRemoved == 1 ? "" : "s");
        if (!removals.isEmpty()) {
            args.put("lines", lines());
            message += ": " + removals.stream().map(r -> "lines " + range(r.fromLine(), r.toLine()) + " repeated lines "
                    + range(r.copyOfFrom(), r.copyOfTo())).collect(Collectors.joining("; "));
        }
        return Optional.of(new IntakeWarning(IntakeWarning.Code.REPEATED_CONTENT_REMOVED, message, args));
    }
}
