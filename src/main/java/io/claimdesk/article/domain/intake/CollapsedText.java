package io.claimdesk.article.domain.intake;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Result of {@link RepeatedBlockCollapser#collapse(String)}.
 *
 * @param text                 the text with repeated copies removed
 * @param paragraphsRemoved    number of paragraphs (non-blank lines) removed
 * @param codePointsRemoved    Unicode code points in the removed paragraphs (line feeds not counted)
 */
public record CollapsedText(String text, int paragraphsRemoved, int codePointsRemoved) {

    public CollapsedText {
        Objects.requireNonNull(text, "text");
    }

    /**
     * @return a {@link IntakeWarning.Code#REPEATED_CONTENT_REMOVED} warning such as
     *     "Removed 7 repeated paragraphs (1,234 characters)", or empty when nothing was removed
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
        return Optional.of(new IntakeWarning(IntakeWarning.Code.REPEATED_CONTENT_REMOVED, message, args));
    }
}
