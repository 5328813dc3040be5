package io.claimdesk.claim.domain.search;

/**
 * Why a claim was offered as "checked before" ({@link SimilarClaims#similarTo}). Codes are part of the API; the
 * panel shows them as {@code checked.reason.<CODE>} from the message bundles.
 */
public enum MatchReason {
    /** Both claims cite the same source as evidence (one source per canonical URL). */
    SAME_SOURCE,
    /** Both statements cite the same figure (digits in any script, thousands separators removed). */
    SAME_FIGURE,
    /** Both claims have the same claim date. */
    SAME_DATE,
    /**
     * Both claims name the same person or place: a name of one and a name of the other have the same
     * transliterated key ({@link NamedEntities}, ICU4J), in any script, statement or claimant field.
     */
    SAME_NAME,
    /** The normalised statements are at least {@link SimilarClaims#THRESHOLD} similar (pg_trgm trigrams). */
    SIMILAR_WORDS
}
