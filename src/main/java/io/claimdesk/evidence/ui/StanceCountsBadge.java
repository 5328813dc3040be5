package io.claimdesk.evidence.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import io.claimdesk.evidence.domain.Stance;
import io.claimdesk.evidence.domain.StanceCounts;

import java.util.Locale;

/**
 * Evidence counts of one claim for grids and lists: one icon-and-number chip per stance in the stance colours,
 * with the full text ("2 supporting, 1 refuting, 0 context") as title and accessible label. Get the counts for a
 * page of claims in one query with {@code EvidenceService.countsByStance(ids)}.
 */
public class StanceCountsBadge extends Span {

    public StanceCountsBadge(StanceCounts counts) {
        addClassName("cd-stance-counts");
        for (Stance stance : Stance.values()) {
            Icon icon = StanceBadge.iconOf(stance).create();
            icon.getElement().setAttribute("aria-hidden", "true");
            Span chip = new Span(icon, new Span(Integer.toString(counts.of(stance))));
            chip.addClassNames("cd-stance-count", "cd-stance-" + stance.name().toLowerCase(Locale.ROOT));
            add(chip);
        }
        String text = getTranslation("evidence.counts", counts.supports(), counts.refutes(), counts.context());
        setTitle(text);
        getElement().setAttribute("aria-label", text);
    }
}
