package io.claimdesk.claim.ui;

import io.claimdesk.core.ui.Cells;
import io.claimdesk.claim.domain.workflow.WorkflowStatus;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.claimdesk.claim.domain.Claim;
import io.claimdesk.claim.domain.ClaimService;
import io.claimdesk.core.domain.ConflictException;
import io.claimdesk.core.domain.NotAllowedException;
import io.claimdesk.core.domain.NotFoundException;
import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.core.ui.ClaimPageSection;
import io.claimdesk.core.ui.LiveUpdates;
import io.claimdesk.core.db.ClusterMessage;
import io.claimdesk.claim.domain.ClaimEventRecorded;
import io.claimdesk.user.domain.CurrentUser;
import io.claimdesk.core.ui.ErrorMessages;
import io.claimdesk.core.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.ObjectProvider;
import org.jspecify.annotations.Nullable;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One claim, addressable as {@code /claims/{id}}, as a workspace (issue 16): a header with the title, status badges
 * and the workflow actions; two panes, the claim (its quote in the article's context and direction, the editable
 * statement, claimant, date and tags, the evidence) and the verdict (status, verdict, rationale, who); tabs for
 * comments, history and "checked before"; and the orphan state with re-attach and remove. Other features'
 * parts come in as {@link ClaimPageSection} beans.
 */
@Route("claims/:claimId")
@RolesAllowed("CHECKER")
public class ClaimDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ClaimService claims;
    private final ClaimForm form;
    private final H2 heading = new H2();
    private final Div quote = new Div();
    private final Div orphan = new Div();
    private final Paragraph meta = new Paragraph();
    private final Paragraph lockNote = new Paragraph();
    private final HorizontalLayout badges = new HorizontalLayout();
    /** The header's actions (workflow actions, take and start, assign: sections of the ACTIONS slot). */
    private final HorizontalLayout headerActions = new HorizontalLayout();
    /** The verdict pane (sections of the STATUS slot). */
    private final Div statusSections = new Div();
    /** Under the claim's fields in the claim pane (sections of the DETAILS slot: evidence). */
    private final Div detailSections = new Div();
    /** Comments, history (sections of the TAB slot) and "checked before". */
    private final TabSheet tabs = new TabSheet();
    private final Div liveNotice = new Div();
    /** The supervisor's request for changes, pinned at the top until the claim is proposed again (issue 16). */
    private final Div changesRequested = new Div();
    private final CurrentUser currentUser;
    private @Nullable Claim claim;

    /** Sections of other features (workflow, evidence), as beans: this feature imports none of their views. */
    private final List<ClaimPageSection> sections;
    private final CheckedBeforePanel checkedBefore;

    public ClaimDetailView(ClaimService claims, ObjectProvider<ClaimPageSection> sectionBeans,
                           ObjectProvider<CheckedBeforePanel> checkedBeforePanels, LiveUpdates live,
                           CurrentUser currentUser) {
        this.claims = claims;
        this.currentUser = currentUser;
        this.checkedBefore = checkedBeforePanels.getObject();
        checkedBefore.setVersionSupplier(() -> Objects.requireNonNull(claim).version());
        checkedBefore.setOnChange(this::reload);
        this.sections = sectionBeans.stream()
                .sorted(Comparator.comparing(ClaimPageSection::slot).thenComparingInt(ClaimPageSection::order))
                .toList();
        tabs.setId("claim-tabs");
        tabs.setWidthFull();
        for (ClaimPageSection section : sections) {
            switch (section.slot()) {
                case ACTIONS -> headerActions.add(section.asComponent());
                case STATUS -> statusSections.add(section.asComponent());
                case DETAILS -> detailSections.add(section.asComponent());
                case TAB -> tabs.add(getTranslation(section.tabLabelKey()), section.asComponent())
                        .setId("claim-tab-" + section.tabLabelKey().replace('.', '-'));
            }
        }
        tabs.add(getTranslation("checked.title"), checkedBefore).setId("claim-tab-checked");
        this.form = new ClaimForm(claims.knownTags());
        addClassName("cd-claim-page");
        setMaxWidth("1400px");
        heading.setId("claim-heading");
        quote.addClassName("cd-quote");
        quote.setId("claim-quote");
        orphan.setId("orphan-notice");
        orphan.addClassName("cd-warning");
        meta.addClassName("cd-muted");
        badges.setAlignItems(FlexComponent.Alignment.CENTER);
        form.addSaveListener(e -> save());
        lockNote.setId("claim-locked");
        lockNote.addClassName("cd-muted");
        liveNotice.setId("claim-live-notice");
        liveNotice.addClassName("cd-warning");
        liveNotice.setVisible(false);
        changesRequested.setId("changes-requested");
        changesRequested.addClassName("cd-warning");
        changesRequested.setVisible(false);
        heading.addClassName("cd-claim-title");
        badges.addClassName("cd-claim-badges");
        headerActions.setId("claim-actions");
        headerActions.addClassName("cd-claim-actions");
        headerActions.setAlignItems(FlexComponent.Alignment.CENTER);
        Div titleRow = new Div(heading, badges);
        titleRow.addClassName("cd-claim-title-row");
        Div header = new Div(titleRow, headerActions);
        header.setId("claim-header");
        header.addClassName("cd-claim-header");
        // two panes: the claim (quote in its context, fields, evidence) and the verdict; side by side on wide
        // screens, stacked on narrow ones, mirrored in right-to-left UIs by flex and logical properties (CSS)
        Span quoteLabel = new Span(getTranslation("claim.quoteInContext"));
        quoteLabel.addClassNames("cd-muted", "cd-pane-label");
        Div claimPane = new Div(quoteLabel, quote, lockNote, form, detailSections);
        claimPane.setId("claim-pane");
        claimPane.addClassNames("cd-pane", "cd-pane-claim");
        statusSections.setId("verdict-pane");
        statusSections.addClassNames("cd-pane", "cd-pane-verdict");
        Div workspace = new Div(claimPane, statusSections);
        workspace.setId("claim-workspace");
        workspace.addClassName("cd-workspace");
        add(header, liveNotice, changesRequested, orphan, workspace, tabs, meta);
        live.whileAttached(this, ClaimEventRecorded.TOPIC, this::changedElsewhere);
    }

    /**
     * Another user changed this claim (on any node, issue 16): the page's status, badges and sections re-read it,
     * the form keeps its unsaved input (saving it then meets the version check), and a notice says who changed
     * what, with a reload action that refills the form.
     */
    private void changedElsewhere(ClusterMessage message) {
        Claim shown = claim;
        if (shown == null || message.id("claim") != shown.id()) {
            return;
        }
        long actor = message.id("actor");
        if (actor >= 0 && currentUser.find().map(u -> u.id() == actor).orElse(false)) {
            return; // this user's own change (this page or another tab) is already shown or will be on reload
        }
        try {
            claim = claims.get(shown.id());
        } catch (NotFoundException e) {
            return;
        }
        render();
        for (ClaimPageSection section : sections) {
            section.refreshClaim();
        }
        String action = message.text("action");
        String kind = message.text("kind");
        String what = getTranslation(!action.isEmpty() ? "live.kind." + action : "live.kind." + kind);
        if (what.startsWith("!")) {
            what = getTranslation("live.kind.other");
        }
        String text = actor >= 0
                ? getTranslation("live.changed", currentUser.displayName(actor), what)
                : getTranslation("live.changedBySystem", what);
        liveNotice.removeAll();
        Span said = new Span(text);
        said.setId("claim-live-text");
        Button reload = new Button(getTranslation("live.reload"), VaadinIcon.REFRESH.create(), e -> {
            liveNotice.setVisible(false);
            reload();
            for (ClaimPageSection section : sections) {
                section.refreshClaim();
            }
        });
        reload.setId("claim-live-reload");
        liveNotice.add(said, reload);
        liveNotice.setVisible(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long id = Long.parseLong(event.getRouteParameters().get("claimId").orElse(""));
            claim = claims.get(id);
        } catch (NumberFormatException | NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class,
                    getTranslation("claim.notFound"));
            return;
        }
        render();
        form.show(Objects.requireNonNull(claim));
        for (ClaimPageSection section : sections) {
            section.show(claim.id(), () -> sectionChanged(section));
        }
        checkedBefore.show(claim.id());
    }

    /** Re-reads the claim after a change made by one of the panels (keeps the form's input otherwise). */
    private void reload() {
        claim = claims.get(Objects.requireNonNull(claim).id());
        form.show(claim);
        render();
    }

    /**
     * A section changed the claim: the page and the other sections re-read it. The form is refilled only when the
     * claim's status changed (its lock may have changed); otherwise unsaved input in it is kept.
     */
    private void sectionChanged(ClaimPageSection source) {
        WorkflowStatus before = Objects.requireNonNull(claim).status();
        claim = claims.get(claim.id());
        if (before != claim.status()) {
            form.show(claim);
        }
        render();
        for (ClaimPageSection section : sections) {
            if (section != source) {
                section.refreshClaim();
            }
        }
    }

    private void render() {
        Claim c = Objects.requireNonNull(claim);
        heading.setText(getTranslation("claim.heading", c.id()));
        badges.removeAll();
        Anchor article = new Anchor("articles/" + c.articleId(), getTranslation("claim.inArticle", c.articleTitle()));
        article.setId("claim-article-link");
        badges.add(ClaimBadges.status(this, c), ClaimBadges.evidence(this, c.evidence()), article);
        changesRequested.removeAll();
        changesRequested.setVisible(c.changesRequested() != null);
        if (c.changesRequested() != null) {
            Claim.ChangesRequested r = c.changesRequested();
            Paragraph who = new Paragraph(getTranslation("claim.changesRequested.pinned", r.byName(),
                    ReaderView.ltr(r.at().format(DateTimeFormatter.ISO_LOCAL_DATE))));
            Paragraph reason = Cells.orient(new Paragraph(r.reason()), r.reason());
            reason.setId("changes-requested-reason");
            reason.getStyle().set("font-weight", "600");
            changesRequested.add(who, reason);
        }
        quote.removeAll();
        quote.getElement().setAttribute("dir", c.articleDirection());
        quote.getElement().setAttribute("lang", c.language());
        Span prefix = new Span(c.prefix());
        prefix.addClassName("cd-context-text");
        Span exact = new Span(c.quote());
        exact.addClassName("cd-quote-exact");
        exact.setId("claim-quote-exact");
        Span suffix = new Span(c.suffix());
        suffix.addClassName("cd-context-text");
        // the quote in its article context, in the article's direction; its label reads in the UI's direction
        quote.add(prefix, exact, suffix);
        // the rule the services enforce (ClaimOwnership): a checker changes only their own or assigned claims
        boolean mayChange = currentUser.find()
                .map(me -> io.claimdesk.claim.domain.ClaimOwnership.mayChange(me, c.createdBy(), c.assigneeId()))
                .orElse(false);
        orphan.removeAll();
        orphan.setVisible(c.orphaned());
        if (c.orphaned()) {
            Button reattach = new Button(getTranslation("claim.orphan.reattach"), VaadinIcon.LINK.create(),
                    e -> UI.getCurrent().navigate("articles/" + c.articleId() + "?reattach=" + c.id()));
            reattach.setId("orphan-reattach");
            Button remove = new Button(getTranslation("claim.remove"), VaadinIcon.TRASH.create(), e -> confirmRemove());
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            remove.setId("orphan-remove");
            orphan.add(new Paragraph(getTranslation("claim.orphan.notice")));
            reattach.setVisible(mayChange);
            remove.setVisible(mayChange);
            HorizontalLayout actions = new HorizontalLayout(reattach, remove);
            claims.orphanCandidate(c.id()).ifPresent(candidate -> {
                Paragraph offered = new Paragraph(getTranslation("claim.orphan.candidate",
                        DifferenceTexts.of(this, candidate.differences())));
                Paragraph passage = new Paragraph(candidate.quote());
                passage.setId("orphan-candidate");
                Cells.orient(passage, passage.getText());
                passage.addClassName("cd-quote-exact");
                Button confirm = new Button(getTranslation("claim.orphan.confirm"), VaadinIcon.CHECK.create(),
                        e -> confirmCandidate());
                confirm.setId("orphan-confirm");
                confirm.setVisible(mayChange);
                orphan.add(offered, passage);
                actions.addComponentAsFirst(confirm);
            });
            orphan.add(actions);
        }
        boolean locked = c.status().locked();
        form.setEnabled(!locked && mayChange);
        lockNote.setVisible(locked || !mayChange);
        lockNote.setText(locked ? getTranslation("claim.locked." + c.status())
                : mayChange ? "" : getTranslation("claim.notYours", c.createdByName()));
        meta.setText(getTranslation("claim.meta", c.createdByName(),
                ReaderView.ltr(c.createdAt().format(DateTimeFormatter.ISO_LOCAL_DATE)),
                c.checkWorthiness() == null ? "-" : String.format(Locale.ROOT, "%.2f", c.checkWorthiness()),
                getTranslation("language." + c.language()), c.start(), c.end()));
    }

    /** Re-attaches the orphan to the similar passage a person has now read and confirmed. */
    private void confirmCandidate() {
        Claim c = Objects.requireNonNull(claim);
        try {
            claim = claims.confirmOrphanCandidate(c.id(), c.version());
            form.show(claim);
            render();
            Notifications.success(getTranslation("claim.orphan.confirmed"));
        } catch (ConflictException | NotAllowedException | ValidationException | NotFoundException e) {
            ErrorMessages.show(this, e);
        }
    }

    private void save() {
        Claim c = Objects.requireNonNull(claim);
        try {
            claim = claims.update(c.id(), form.version(), form.fields());
            form.show(claim);
            render();
            // the sections (workflow actions, verdict pane) hold the claim's version: a save bumps it
            sections.forEach(ClaimPageSection::refreshClaim);
            Notifications.success(getTranslation("claim.saved"));
        } catch (ConflictException e) {
            Dialog d = new Dialog(getTranslation("conflict.title"));
            d.add(new Paragraph(ErrorMessages.text(this, e)), new Paragraph(getTranslation("conflict.inputKept")));
            Button reload = new Button(getTranslation("action.reload"), ev -> {
                d.close();
                claim = claims.get(c.id());
                form.show(claim);
                render();
                sections.forEach(ClaimPageSection::refreshClaim);
            });
            reload.setId("conflict-reload");
            d.getFooter().add(new Button(getTranslation("conflict.keep"), ev -> d.close()), reload);
            d.open();
        } catch (ValidationException | NotAllowedException e) {
            ErrorMessages.show(this, e);
        }
    }

    private void confirmRemove() {
        Claim c = Objects.requireNonNull(claim);
        Dialog d = new Dialog(getTranslation("claim.remove"));
        TextField reason = new TextField(getTranslation("claim.remove.reason"));
        reason.setWidthFull();
        Button ok = new Button(getTranslation("claim.remove"), e -> {
            try {
                claims.remove(c.id(), c.version(), reason.getValue());
                d.close();
                Notifications.success(getTranslation("claim.removed"));
                UI.getCurrent().navigate("articles/" + c.articleId());
            } catch (ConflictException | NotAllowedException ex) {
                ErrorMessages.show(this, ex);
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_ERROR);
        ok.setId("confirm-remove");
        d.add(new Paragraph(getTranslation("claim.remove.confirm")), reason);
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), ok);
        d.open();
    }

    @Override
    public String getPageTitle() {
        return claim == null ? getTranslation("claim.title") : getTranslation("claim.heading", claim.id());
    }
}
