package io.claimdesk.claim.domain.priority;

import io.claimdesk.core.domain.ValidationException;

import java.util.Locale;

/**
 * A keyset position in the priority list (score descending, then id descending): the list continues after the item
 * with this score and id. Written as {@code <score>:<id>}, e.g. {@code 0.812:1043}.
 *
 * @param score the score of the last item seen, in [0, 1]
 * @param id    its suggestion id
 */
public record PriorityCursor(double score, long id) {

    /** The written form, {@code <score>:<id>}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s:%d", score, id);
    }

    /**
     * Reads the written form.
     *
     * @throws ValidationException {@code suggestion.cursor.invalid} (422) when {@code text} is not {@code <score>:<id>}
     *                             with a score in [0, 1] and a positive id
     */
    public static PriorityCursor parse(String text) {
        int colon = text.indexOf(':');
        try {
            if (colon > 0) {
                double score = Double.parseDouble(text.substring(0, colon));
                long id = Long.parseLong(text.substring(colon + 1));
                if (score >= 0 && score <= 1 && id > 0) {
                    return new PriorityCursor(score, id);
                }
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ValidationException.of("suggestion.cursor.invalid", text);
    }
}
