package io.claimdesk.claim.ui;

import com.vaadin.flow.component.Component;
import io.claimdesk.claim.domain.anchor.QuoteDifferences;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The differences between an orphaned quote and its lookalike candidate, in the user's language: the stored texts
 * ({@code word: النواب → الوزراء}, see {@link QuoteDifferences.Difference#describe()}) keep their English kind for
 * the API and history; the UI names the kind with {@code claim.difference.<KIND>}.
 */
final class DifferenceTexts {

    private DifferenceTexts() {
    }

    /** The differences joined with "; ", each kind translated; texts of no known kind are shown as stored. */
    static String of(Component ui, List<String> described) {
        return described.stream()
                .map(d -> QuoteDifferences.parse(d)
                        .map(e -> ui.getTranslation("claim.difference." + e.getKey().name()) + ": " + e.getValue())
                        .orElse(d))
                .collect(Collectors.joining("; "));
    }
}
