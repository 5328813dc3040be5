package io.claimdesk.claim.domain.worthiness;

import io.claimdesk.claim.domain.CheckWorthiness;
import io.claimdesk.claim.domain.segment.Claimants;
import io.claimdesk.claim.domain.segment.Segmenter;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The suggestion score: the learned model ({@link WorthinessModel}) under the rule's guards. Pure function of a model;
 * {@link CheckWorthinessService} holds the model in use.
 *
 * <pre>
 *   p      = the model's calibrated probability (Platt scaling, see WorthinessModel)
 *   score  = max(p, STATISTIC_FLOOR)        when the text has a statistic (rule signal NUMBER, PERCENTAGE or QUANTITY)
 *   score  = max(score, ATTRIBUTED_FLOOR)   when the text is an attributed statement (below)
 *   score  = min(score, BOILERPLATE_CAP)    when the text is page furniture (Segmenter.isBoilerplate; no statistic)
 * </pre>
 * so a text with a statistic never ranks below boilerplate ({@value #STATISTIC_FLOOR} &gt; {@value #BOILERPLATE_CAP}),
 * nor below any text the model scores under {@value #STATISTIC_FLOOR}. The score is rounded to 3 decimals.
 *
 * <p><b>Attributed statement</b> (reported speech): a named speaker with a reporting verb ({@link Claimants} finds
 * the subject of the verb, e.g. "وقال الأعرجي عبر حسابه على تويتر ..." → الأعرجي; a bare title such as "رئيس
 * الوزراء" is not a name) and something checkable in what is reported (rule signal DATE, NUMBER, PERCENTAGE or
 * QUANTITY: when, how many; a named entity does not count, the speaker's own name is one), without a question or opinion signal. Who said what, when, is what a desk checks first
 * (ClaimBuster's "attributed factual statement"), but the public training data are tweets, where a tweet quoting
 * someone's tweet in the first person ("أنهينا ...", "تويتر", "حسابه") is rarely labelled check-worthy: the learned
 * wording pushes such sentences of news prose to about 0.2 (issue 17, the sample article's second sentence). The
 * guard lifts them to the rule's own threshold {@value #ATTRIBUTED_FLOOR} ({@link CheckWorthiness#THRESHOLD}).
 *
 * <p>Reasons: up to {@value #MAX_REASONS} signals with the largest absolute contribution to the model's log-odds
 * (a rule signal, or {@code WORDING}/{@code WORDING_AGAINST} for all n-grams together), then {@code STATISTIC} or
 * {@code ATTRIBUTED} or {@code BOILERPLATE} when a guard changed the score.
 */
public final class CheckWorthinessScorer {

    /** Lowest score of a text with a statistic. */
    public static final double STATISTIC_FLOOR = 0.2;
    /** Lowest score of an attributed statement (see the class comment): the rule's check-worthy threshold. */
    public static final double ATTRIBUTED_FLOOR = CheckWorthiness.THRESHOLD;
    /** Highest score of page furniture without a statistic. */
    public static final double BOILERPLATE_CAP = 0.1;
    /** Most model signals named as reasons. */
    public static final int MAX_REASONS = 3;
    /** Contributions smaller than this (log-odds) are not named. */
    public static final double MIN_CONTRIBUTION = 0.05;

    private static final Set<CheckWorthiness.Reason> STATISTIC = EnumSet.of(CheckWorthiness.Reason.NUMBER,
            CheckWorthiness.Reason.PERCENTAGE, CheckWorthiness.Reason.QUANTITY);
    private static final Set<CheckWorthiness.Reason> CHECKABLE = EnumSet.of(CheckWorthiness.Reason.DATE,
            CheckWorthiness.Reason.NUMBER, CheckWorthiness.Reason.PERCENTAGE, CheckWorthiness.Reason.QUANTITY);

    private CheckWorthinessScorer() {
    }

    /** Scores a text with {@code model} (see the class comment); the rule alone when the model lacks the language. */
    public static SuggestionScore score(WorthinessModel model, String text, String language) {
        CheckWorthiness.Assessment rule = CheckWorthiness.assess(text, language);
        boolean statistic = rule.reasons().stream().anyMatch(STATISTIC::contains);
        List<String> reasons = new ArrayList<>();
        double score;
        if (model.knows(WorthinessFeatures.modelLanguage(language, text))) {
            WorthinessModel.Scored scored = model.score(text, language, rule.reasons());
            score = scored.probability();
            for (Map.Entry<String, Double> c : scored.contributions().entrySet()) {
                if (reasons.size() == MAX_REASONS || Math.abs(c.getValue()) < MIN_CONTRIBUTION) {
                    break;
                }
                if (c.getKey().equals(WorthinessModel.WORDING)) {
                    reasons.add(c.getValue() > 0 ? "WORDING" : "WORDING_AGAINST");
                } else if ((c.getValue() > 0) == (CheckWorthiness.Reason.valueOf(c.getKey()).weight() > 0)) {
                    reasons.add(c.getKey()); // a signal named only when it pushes the way its name says
                }
            }
        } else {
            score = rule.score();
            rule.reasons().stream().limit(MAX_REASONS).forEach(r -> reasons.add(r.name()));
        }
        if (statistic && score < STATISTIC_FLOOR) {
            score = STATISTIC_FLOOR;
            reasons.add("STATISTIC");
        }
        if (score < ATTRIBUTED_FLOOR && attributed(rule, text, language)) {
            score = ATTRIBUTED_FLOOR;
            reasons.remove("STATISTIC"); // the higher floor decides
            reasons.add("ATTRIBUTED");
        }
        if (!statistic && score > BOILERPLATE_CAP && Segmenter.isBoilerplate(text.strip())) {
            score = BOILERPLATE_CAP;
            reasons.add("BOILERPLATE");
        }
        return new SuggestionScore(Math.round(score * 1000) / 1000.0, reasons);
    }

    /** Whether the text is an attributed statement (see the class comment). */
    static boolean attributed(CheckWorthiness.Assessment rule, String text, String language) {
        List<CheckWorthiness.Reason> r = rule.reasons();
        return r.contains(CheckWorthiness.Reason.CLAIMANT_REPORTING_VERB) && r.stream().anyMatch(CHECKABLE::contains)
                && !r.contains(CheckWorthiness.Reason.QUESTION) && !r.contains(CheckWorthiness.Reason.OPINION)
                && Claimants.find(text, language).isPresent();
    }
}
