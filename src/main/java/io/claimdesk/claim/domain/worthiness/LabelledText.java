package io.claimdesk.claim.domain.worthiness;

import org.jspecify.annotations.Nullable;

/**
 * One labelled text for training or evaluating the check-worthiness model.
 *
 * @param language    {@code ar} or {@code en} (the model's language key, see {@link WorthinessFeatures#modelLanguage})
 * @param topic       the topic id of public data (folds are cut by topic), or null for the project's own sentences
 *                    and the desk's decisions (spread over the folds)
 * @param text        the sentence, clause or tweet
 * @param checkWorthy the label
 * @param source      where the row comes from: {@code public}, {@code project} or {@code desk}
 */
public record LabelledText(String language, @Nullable String topic, String text, boolean checkWorthy, String source) {
}
