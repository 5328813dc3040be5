package io.claimdesk.claim.domain.search;

import io.claimdesk.claim.domain.workflow.WorkflowStatus;
import io.claimdesk.claim.domain.Claim;

import io.claimdesk.core.i18n.Translations;

import java.util.List;
import java.util.Locale;

/**
 * A claim similar to another one.
 *
 * @param similarity    pg_trgm trigram similarity of the normalised statements, in [0, 1] (1: same trigrams)
 * @param reasons       why it matched, strongest first (never empty)
 * @param sharedFigures the figures both statements cite (ASCII digits, sorted as text), when
 *                      {@link MatchReason#SAME_FIGURE} is a reason
 * @param sharedNames   the names both claims give, as the matched claim spells them (sorted), when
 *                      {@link MatchReason#SAME_NAME} is a reason
 */
public record SimilarClaim(Claim claim, double similarity, List<MatchReason> reasons, List<String> sharedFigures,
                           List<String> sharedNames) {

    public SimilarClaim {
        reasons = List.copyOf(reasons);
        sharedFigures = List.copyOf(sharedFigures);
        sharedNames = List.copyOf(sharedNames);
    }

    /** A match by its words alone. */
    public SimilarClaim(Claim claim, double similarity) {
        this(claim, similarity, List.of(MatchReason.SIMILAR_WORDS), List.of(), List.of());
    }

    /**
     * Why it matched, one phrase per reason in the reasons' order, in {@code locale} (bundle keys
     * {@code checked.reason.<CODE>} of i18n/search*.properties): "the same cited source", "the same figure (12500)",
     * "the same name (ترامب)", "similar wording (64 %)".
     */
    public List<String> reasonTexts(Translations translations, Locale locale) {
        return reasons.stream().map(r -> switch (r) {
            case SAME_FIGURE -> translations.getTranslation("checked.reason.SAME_FIGURE", locale,
                    String.join(" ", sharedFigures));
            case SAME_NAME -> translations.getTranslation("checked.reason.SAME_NAME", locale,
                    String.join(translations.getTranslation("checked.reasons.separator", locale), sharedNames));
            case SIMILAR_WORDS -> translations.getTranslation("checked.reason.SIMILAR_WORDS", locale,
                    String.format(Locale.ROOT, "%.0f", similarity * 100));
            case SAME_SOURCE, SAME_DATE -> translations.getTranslation("checked.reason." + r.name(), locale);
        }).toList();
    }

    /** "Matched by: ..." with {@link #reasonTexts} joined, in {@code locale}. */
    public String reasonSentence(Translations translations, Locale locale) {
        return translations.getTranslation("checked.reasons", locale, String.join(
                translations.getTranslation("checked.reasons.separator", locale), reasonTexts(translations, locale)));
    }

    /** The claim was dismissed: offered last, and labelled so. */
    public boolean dismissed() {
        return claim.status() == WorkflowStatus.DISMISSED;
    }
}
