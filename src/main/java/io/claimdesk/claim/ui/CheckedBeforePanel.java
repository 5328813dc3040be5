package io.claimdesk.claim.ui;

import io.claimdesk.core.ui.Cells;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import io.claimdesk.claim.domain.Claim;
import io.claimdesk.claim.domain.search.ClaimGroups;
import io.claimdesk.claim.domain.search.GroupVerdict;
import io.claimdesk.claim.domain.search.SimilarClaim;
import io.claimdesk.claim.domain.search.SimilarClaims;
import io.claimdesk.core.domain.ConflictException;
import io.claimdesk.core.domain.NotFoundException;
import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.core.i18n.Translations;
import io.claimdesk.core.ui.ErrorMessages;
import io.claimdesk.core.ui.Notifications;
import org.springframework.context.annotation.Scope;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntSupplier;

/**
 * "Checked before": matching claims from other articles (any language) with their status and verdict and why they
 * matched (shared cited source, figures, claim date, similar wording; dismissed ones labelled and last), a button to
 * mark one as the same claim (claim group), the claim's group, and the group's approved verdict offered for reuse as
 * a proposal (never an approval). Embedded in {@link ClaimDetailView}; call {@link #show(long)} with the claim id.
 */
@SpringComponent
@Scope("prototype")
public class CheckedBeforePanel extends VerticalLayout {

    private final SimilarClaims similar;
    private final ClaimGroups groups;
    private final Translations translations;
    private final Div list = new Div();
    private final Div group = new Div();
    private final Div reuse = new Div();
    private long claimId = -1;
    private Runnable onChange = () -> {
    };
    private IntSupplier versionSupplier = () -> -1;

    public CheckedBeforePanel(SimilarClaims similar, ClaimGroups groups, Translations translations) {
        this.translations = translations;
        this.similar = similar;
        this.groups = groups;
        setId("checked-before");
        addClassName("cd-checked-before");
        setPadding(false);
        list.setId("checked-before-list");
        group.setId("checked-before-group");
        reuse.setId("checked-before-reuse");
        add(new H3(getTranslation("checked.title")), new Paragraph(getTranslation("checked.intro")), reuse, list,
                group);
    }

    /** Called after this panel changed the claim (grouping or verdict reuse), so the view can reload it. */
    public void setOnChange(Runnable onChange) {
        this.onChange = onChange;
    }

    /** Shows the panel for claim {@code id}. */
    public void show(long id) {
        this.claimId = id;
        List<Claim> mates = groups.groupMates(id);
        Set<Long> grouped = new HashSet<>();
        mates.forEach(m -> grouped.add(m.id()));
        list.removeAll();
        List<SimilarClaim> found = similar.similarTo(id, false, 10);
        if (found.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("checked.none"));
            none.setId("checked-before-none");
            list.add(none);
        }
        for (SimilarClaim s : found) {
            list.add(row(s.claim(), Optional.of(s), grouped.contains(s.claim().id())));
        }
        group.removeAll();
        List<Claim> others = mates.stream().filter(m -> found.stream().noneMatch(f -> f.claim().id() == m.id()))
                .toList();
        if (!others.isEmpty()) {
            group.add(new H3(getTranslation("checked.group")));
            others.forEach(m -> group.add(row(m, Optional.empty(), true)));
        }
        reuse.removeAll();
        groups.reusableVerdict(id).ifPresent(this::offerReuse);
    }

    private Div row(Claim c, Optional<SimilarClaim> match, boolean sameGroup) {
        Div row = new Div();
        row.addClassName("cd-similar-claim");
        row.setId("similar-" + c.id());
        Span statement = new Span(c.statement());
        Cells.orient(statement, statement.getText());
        statement.addClassName("cd-similar-statement");
        Anchor article = new Anchor("articles/" + c.articleId(), getTranslation("checked.inArticle",
                c.articleTitle()));
        Span verdict = new Span(c.verdict() == null ? getTranslation("checked.noVerdict")
                : getTranslation("checked.verdict", getTranslation("verdict." + c.verdict())));
        verdict.addClassName("cd-similar-verdict");
        row.add(statement, ClaimBadges.status(this, c.status()), verdict, article);
        match.ifPresent(m -> row.add(reasons(m)));
        if (match.map(SimilarClaim::dismissed).orElse(false)) {
            Span dismissed = new Span(getTranslation("checked.dismissed"));
            dismissed.addClassNames("cd-badge", "cd-badge-contrast");
            dismissed.setId("dismissed-" + c.id());
            row.add(dismissed);
        }
        row.add(new Anchor("claims/" + c.id(), getTranslation("checked.open")));
        if (sameGroup) {
            Span same = new Span(VaadinIcon.LINK.create(), new Span(getTranslation("checked.sameGroup")));
            same.addClassNames("cd-badge", "cd-badge-contrast");
            same.setId("same-group-" + c.id());
            row.add(same);
        } else {
            Button mark = new Button(getTranslation("checked.markSame"), VaadinIcon.LINK.create(),
                    e -> markSame(c.id()));
            mark.addThemeVariants(ButtonVariant.LUMO_SMALL);
            mark.setTooltipText(getTranslation("checked.markSame.tooltip"));
            mark.setId("mark-same-" + c.id());
            row.add(mark);
        }
        return row;
    }

    /** "Matched by: the same cited source, the same figure (12500), ..." in the match's reason order. */
    private Span reasons(SimilarClaim m) {
        Span span = new Span(m.reasonSentence(translations, getLocale()));
        span.addClassName("cd-match-reasons");
        span.setId("match-reasons-" + m.claim().id());
        return span;
    }

    private void offerReuse(GroupVerdict v) {
        Span label = new Span(getTranslation("checked.groupVerdict", v.claimId(),
                getTranslation("verdict." + v.verdict())));
        label.setId("group-verdict");
        reuse.add(label);
        if (v.rationale() != null) {
            Paragraph rationale = new Paragraph(v.rationale());
            Cells.orient(rationale, rationale.getText());
            reuse.add(rationale);
        }
        Button use = new Button(getTranslation("checked.reuse"), VaadinIcon.COPY.create(), e -> reuseVerdict());
        use.setId("reuse-verdict");
        reuse.add(use);
    }

    private void markSame(long otherId) {
        try {
            groups.markSame(claimId, otherId);
            Notifications.success(getTranslation("checked.marked"));
            show(claimId);
            onChange.run();
        } catch (ConflictException | ValidationException | NotFoundException e) {
            ErrorMessages.show(this, e);
        }
    }

    private void reuseVerdict() {
        try {
            groups.reuseVerdict(claimId, versionSupplier.getAsInt());
            Notifications.success(getTranslation("checked.reused"));
            show(claimId);
            onChange.run();
        } catch (ConflictException | ValidationException | NotFoundException e) {
            ErrorMessages.show(this, e);
        }
    }

    /** Supplies the version of the claim as the user last saw it (for optimistic locking of verdict reuse). */
    public void setVersionSupplier(IntSupplier supplier) {
        this.versionSupplier = supplier;
    }
}
