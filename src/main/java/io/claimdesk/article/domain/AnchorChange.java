package io.claimdesk.article.domain;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * What an edit of an article's text did to one thing anchored in it (a claim of the {@code claim} feature), reported
 * by the feature that owns it through {@link ArticleBodyChanged#changes()}, and shown in the edit's API response and
 * the reader. Offsets are Unicode code points, end exclusive.
 *
 * @param type             what is anchored ({@code claim})
 * @param id               its id
 * @param outcome          what happened
 * @param method           how it was placed ({@code EXACT_QUOTE}, {@code FUZZY}); null for an orphan
 * @param oldStart         first code point before the edit
 * @param oldEnd           end before the edit
 * @param newStart         first code point after the edit; null for an orphan
 * @param newEnd           end after the edit; null for an orphan
 * @param candidateStart   for an orphan: start of a similar passage a person may confirm, else null
 * @param candidateEnd     for an orphan: end of that passage, else null
 * @param differences      for an orphan with a candidate: what the candidate says differently ({@code word: a → b})
 * @param returnedToReview an approved claim went back to review because its quote changed or was lost
 * @param reason           for an orphan: why (English, as kept in the history)
 */
public record AnchorChange(String type, long id, Outcome outcome, @Nullable String method, int oldStart, int oldEnd,
                           @Nullable Integer newStart, @Nullable Integer newEnd, @Nullable Integer candidateStart,
                           @Nullable Integer candidateEnd, List<String> differences, boolean returnedToReview,
                           @Nullable String reason) {

    public AnchorChange {
        differences = List.copyOf(differences);
    }

    /** What an edit did to an anchored span. */
    public enum Outcome {
        /** The same quote, found at other offsets. */
        MOVED,
        /** Placed on a passage that differs from the old quote in spelling only (fuzzy). */
        RESPELLED,
        /** No longer placed: a person must re-attach it (or confirm the candidate). */
        ORPHANED
    }
}
