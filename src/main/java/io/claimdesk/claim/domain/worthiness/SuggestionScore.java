package io.claimdesk.claim.domain.worthiness;

import java.util.List;

/**
 * The check-worthiness of a suggestion as the desk sees it.
 *
 * @param score   in [0, 1]: the model's calibrated probability under the rule guards ({@link CheckWorthinessScorer})
 * @param reasons its top contributing signals, codes translated as {@code claim.reason.<code>} in both bundles: a
 *                {@link io.claimdesk.claim.domain.CheckWorthiness.Reason} name, {@code WORDING} /
 *                {@code WORDING_AGAINST} (the words and phrases push the score up / down), {@code STATISTIC} (the
 *                statistic guard raised the score), {@code ATTRIBUTED} (the attributed-statement guard raised it), {@code BOILERPLATE} (the page-furniture guard lowered it)
 */
public record SuggestionScore(double score, List<String> reasons) {

    public SuggestionScore {
        reasons = List.copyOf(reasons);
    }
}
