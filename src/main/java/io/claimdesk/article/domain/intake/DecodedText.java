package io.claimdesk.article.domain.intake;

import java.util.List;
import java.util.Objects;

/**
 * Bytes turned into text.
 *
 * @param text      the decoded text (byte order mark skipped; otherwise not yet canonical)
 * @param detection the encoding used and why
 * @param warnings  what the user should know (guessed charset, replaced bytes); unmodifiable
 */
public record DecodedText(String text, CharsetDetection detection, List<IntakeWarning> warnings) {

    public DecodedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(detection, "detection");
        warnings = List.copyOf(warnings);
    }
}
