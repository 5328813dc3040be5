package io.claimdesk.evidence.ui;

import io.claimdesk.core.ui.FieldDirection;
import io.claimdesk.core.ui.Cells;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.annotation.SpringComponent;
import io.claimdesk.core.ui.ClaimPageSection;
import io.claimdesk.core.ui.Notifications;
import io.claimdesk.evidence.domain.Evidence;
import io.claimdesk.evidence.domain.EvidenceChanges;
import io.claimdesk.evidence.domain.EvidenceService;
import io.claimdesk.core.web.InvalidUrlException;
import io.claimdesk.evidence.domain.NewEvidence;
import io.claimdesk.evidence.domain.SourceService;
import io.claimdesk.evidence.domain.SourceType;
import io.claimdesk.evidence.domain.CandidateSource;
import io.claimdesk.evidence.domain.CandidateSources;
import io.claimdesk.evidence.domain.Stance;
import io.claimdesk.evidence.domain.StanceCounts;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Scope;

import java.util.List;
import java.util.Optional;

/**
 * The evidence of one claim, for the claim detail view: each link with its stance (colour, icon and text), the
 * source's title, publisher and canonical link (opening the source in a new tab), excerpt, note and who added it
 * when; add, edit and remove. Create it from Spring (prototype scope) and call {@link #show(long)}.
 */
@SpringComponent
@Scope("prototype")
public class EvidencePanel extends VerticalLayout implements ClaimPageSection {

    private @Nullable Registration onChangeRegistration;


    private final EvidenceService evidence;
    private final SourceService sources;
    private final CandidateSources candidates;
    private final Div list = new Div();
    private final Div candidateList = new Div();
    private final StanceCountsHolder counts = new StanceCountsHolder();
    private final Button add = new Button();
    private long claimId = -1;
    private final io.claimdesk.claim.domain.ClaimService claims;
    private final io.claimdesk.user.domain.CurrentUser currentUser;

    public EvidencePanel(EvidenceService evidence, SourceService sources, io.claimdesk.claim.domain.ClaimService claims,
                         io.claimdesk.user.domain.CurrentUser currentUser, CandidateSources candidates) {
        this.evidence = evidence;
        this.sources = sources;
        this.claims = claims;
        this.currentUser = currentUser;
        this.candidates = candidates;
        setId("evidence-panel");
        addClassName("cd-evidence-panel");
        setPadding(false);

        add.setText(getTranslation("evidence.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("evidence-add");
        add.setEnabled(false);
        add.addClickListener(e -> openAdd());
        HorizontalLayout header = new HorizontalLayout(new H3(getTranslation("evidence.title")), counts, add);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.expand(counts);
        list.setId("evidence-list");
        list.addClassName("cd-evidence-list");
        list.setWidthFull();
        candidateList.setId("evidence-candidates");
        candidateList.setWidthFull();
        add(header, list, candidateList);
    }

    /**
     * Shows the evidence of claim {@code claimId} (and lets the user add to it).
     *
     * @throws io.claimdesk.core.domain.NotFoundException when the claim does not exist or was removed
     */
    public void show(long claimId) {
        this.claimId = claimId;
        add.setEnabled(true);
        refresh();
    }

    /** {@inheritDoc} Evidence added, edited or removed here runs {@code onChange}. */
    @Override
    public void show(long claimId, Runnable onChange) {
        if (onChangeRegistration != null) {
            onChangeRegistration.remove();
        }
        onChangeRegistration = addEvidenceChangedListener(e -> onChange.run());
        show(claimId);
    }

    @Override
    public Slot slot() {
        return Slot.DETAILS;
    }

    @Override
    public int order() {
        return 100;
    }


    @Override
    public void refreshClaim() {
        refresh();
    }

    /**
     * Listens for added, edited and removed evidence of the shown claim (e.g. to refresh evidence counts shown
     * elsewhere in the view).
     */
    public Registration addEvidenceChangedListener(ComponentEventListener<EvidenceChangedEvent> listener) {
        return addListener(EvidenceChangedEvent.class, listener);
    }

    /** Fired after evidence of the shown claim was added, edited or removed (and the list was reloaded). */
    public static class EvidenceChangedEvent extends ComponentEvent<EvidencePanel> {
        public EvidenceChangedEvent(EvidencePanel source) {
            super(source, false);
        }

        /** The claim whose evidence changed. */
        public long claimId() {
            return getSource().claimId();
        }
    }

    /** The claim shown, or -1 before {@link #show(long)}. */
    public long claimId() {
        return claimId;
    }

    /**
     * Whether the signed-in user may edit and remove a link, by the rule the services enforce
     * ({@link io.claimdesk.claim.domain.ClaimOwnership}): who added it, or who may change its claim.
     */
    private java.util.function.Predicate<Evidence> mayChange() {
        var me = currentUser.find();
        if (me.isEmpty()) {
            return e -> false;
        }
        var claim = claims.get(claimId);
        boolean claimIsMine = io.claimdesk.claim.domain.ClaimOwnership.mayChange(me.get(), claim.createdBy(),
                claim.assigneeId());
        long myId = me.get().id();
        return e -> claimIsMine || e.addedBy() == myId;
    }

    private void refresh() {
        List<Evidence> items = evidence.forClaim(claimId);
        java.util.function.Predicate<Evidence> mine = mayChange();
        list.removeAll();
        counts.set(new StanceCounts(
                (int) items.stream().filter(e -> e.stance() == Stance.SUPPORTS).count(),
                (int) items.stream().filter(e -> e.stance() == Stance.REFUTES).count(),
                (int) items.stream().filter(e -> e.stance() == Stance.CONTEXT).count()));
        if (items.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("evidence.empty"));
            empty.setId("evidence-empty");
            empty.addClassName("cd-muted");
            list.add(empty);
        }
        items.forEach(e -> list.add(card(e, mine.test(e))));
        showCandidates();
    }

    /** The links of the imported page in the claim's paragraph, each added as evidence with one click (issue 14). */
    private void showCandidates() {
        candidateList.removeAll();
        List<CandidateSource> offered = candidates.forClaim(claimId);
        if (offered.isEmpty()) {
            return;
        }
        H4 heading = new H4(getTranslation("evidence.candidates"));
        Paragraph help = new Paragraph(getTranslation("evidence.candidates.help"));
        help.addClassName("cd-muted");
        candidateList.add(heading, help);
        for (int i = 0; i < offered.size(); i++) {
            CandidateSource c = offered.get(i);
            Div row = new Div();
            row.setId("candidate-" + i);
            row.addClassName("cd-evidence-candidate");
            Span anchor = new Span(c.anchorText().isEmpty() ? c.url() : c.anchorText());
            anchor.getElement().setAttribute("dir", "auto");
            Anchor link = new Anchor(c.url(), c.url());
            link.setTarget(AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            link.getElement().setAttribute("dir", "ltr");
            link.addClassName("cd-ltr");
            row.add(anchor, new Span(" · "), link, new Span(" "));
            if (c.cited()) {
                Span cited = new Span(getTranslation("evidence.candidates.cited"));
                cited.setId("candidate-cited-" + i);
                cited.addClassName("cd-muted");
                row.add(cited);
            } else {
                Button addIt = new Button(getTranslation("evidence.candidates.add"), VaadinIcon.PLUS.create());
                addIt.addThemeVariants(ButtonVariant.LUMO_SMALL);
                addIt.setId("candidate-add-" + i);
                addIt.addClickListener(e -> {
                    try {
                        candidates.add(claimId, c.url());
                        Notifications.success(getTranslation("evidence.candidates.added"));
                        refresh();
                        fireEvent(new EvidenceChangedEvent(this));
                    } catch (RuntimeException ex) {
                        if (!UiErrors.show(this, ex)) {
                            throw ex;
                        }
                    }
                });
                row.add(addIt);
            }
            candidateList.add(row);
        }
    }

    /** A link's card; {@code mayChange}: its edit and remove buttons are shown (hidden for a colleague's). */
    private Component card(Evidence e, boolean mayChange) {
        Button edit = new Button(VaadinIcon.EDIT.create(), c -> openEdit(e));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel(getTranslation("evidence.edit"));
        edit.setId("evidence-edit-" + e.id());
        Button remove = new Button(VaadinIcon.TRASH.create(), c -> confirmRemove(e));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("evidence.remove"));
        remove.setId("evidence-remove-" + e.id());
        edit.setVisible(mayChange);
        remove.setVisible(mayChange);
        return new EvidenceCard(e).withActions(edit, remove);
    }

    private void openAdd() {
        Dialog dialog = new Dialog(getTranslation("evidence.add"));
        dialog.setId("evidence-dialog");
        TextField url = new TextField(getTranslation("evidence.url"));
        url.setId("evidence-url");
        url.setHelperText(getTranslation("evidence.url.help"));
        url.setRequiredIndicatorVisible(true);
        url.setWidthFull();
        // only the typed URL is left-to-right; the label and helper text follow the page
        url.addClassName("cd-ltr-input");
        TextField title = FieldDirection.follow(new TextField(getTranslation("evidence.sourceTitle")));
        title.setId("evidence-title");
        Button fetch = new Button(getTranslation("evidence.fetchTitle"), VaadinIcon.DOWNLOAD_ALT.create(),
                c -> fetchTitle(url.getValue(), title));
        fetch.setId("evidence-fetch-title");
        fetch.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        RadioButtonGroup<Stance> stance = stanceGroup();
        TextArea excerpt = FieldDirection.follow(new TextArea(getTranslation("evidence.excerpt")));
        excerpt.setId("evidence-excerpt");
        TextArea note = FieldDirection.follow(new TextArea(getTranslation("evidence.note")));
        note.setId("evidence-note");
        TextField publisher = FieldDirection.follow(new TextField(getTranslation("evidence.publisher")));
        publisher.setId("evidence-publisher");
        Select<SourceType> type = new Select<>();
        type.setLabel(getTranslation("evidence.sourceType"));
        type.setItems(SourceType.values());
        type.setItemLabelGenerator(t -> getTranslation("sourceType." + t.name()));
        type.setValue(SourceType.OTHER);
        type.setId("evidence-type");
        TextField archive = new TextField(getTranslation("evidence.archiveUrl"));
        archive.setId("evidence-archive-url");
        // only the typed URL is left-to-right; the label and helper text follow the page
        archive.addClassName("cd-ltr-input");

        FormLayout form = new FormLayout(url, fetch, stance, excerpt, note, title, publisher, type, archive);
        form.setColspan(url, 2);
        form.setColspan(stance, 2);
        form.setColspan(excerpt, 2);
        form.setColspan(note, 2);
        Button save = new Button(getTranslation("action.save"), c -> {
            if (stance.getValue() == null) {
                stance.setInvalid(true);
                return;
            }
            try {
                evidence.add(claimId, new NewEvidence(url.getValue(), stance.getValue(), excerpt.getValue(),
                        note.getValue(), title.getValue(), publisher.getValue(), type.getValue(), archive.getValue()));
                dialog.close();
                refresh();
                fireEvent(new EvidenceChangedEvent(this));
                Notifications.success(getTranslation("evidence.added"));
            } catch (InvalidUrlException ex) {
                url.setInvalid(true);
                url.setErrorMessage(getTranslation("evidence.url.invalid." + ex.reason().name()));
                UiErrors.show(this, ex);
            } catch (RuntimeException ex) {
                if (!UiErrors.show(this, ex)) {
                    throw ex;
                }
            }
        });
        save.setId("evidence-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form);
        Button cancel = new Button(getTranslation("action.cancel"), c -> dialog.close());
        cancel.setId("evidence-cancel");
        dialog.getFooter().add(cancel, save);
        dialog.setWidth("min(48rem, 95vw)");
        dialog.open();
    }

    private void fetchTitle(String url, TextField title) {
        Optional<String> fetched;
        try {
            fetched = sources.lookupTitle(url);
        } catch (InvalidUrlException ex) {
            UiErrors.show(this, ex);
            return;
        }
        if (fetched.isPresent()) {
            title.setValue(fetched.get());
            Notifications.success(getTranslation("evidence.fetchTitle.ok"));
        } else {
            Notifications.error(getTranslation("evidence.fetchTitle.none"));
        }
    }

    private void openEdit(Evidence e) {
        Dialog dialog = new Dialog(getTranslation("evidence.edit"));
        dialog.setId("evidence-edit-dialog");
        RadioButtonGroup<Stance> stance = stanceGroup();
        stance.setValue(e.stance());
        TextArea excerpt = FieldDirection.follow(new TextArea(getTranslation("evidence.excerpt")));
        excerpt.setId("evidence-excerpt");
        excerpt.setValue(orEmpty(e.excerpt()));
        excerpt.setWidthFull();
        TextArea note = FieldDirection.follow(new TextArea(getTranslation("evidence.note")));
        note.setId("evidence-note");
        note.setValue(orEmpty(e.note()));
        note.setWidthFull();
        Button save = new Button(getTranslation("action.save"), c -> {
            try {
                evidence.edit(e.id(), e.version(), new EvidenceChanges(stance.getValue(), excerpt.getValue(),
                        note.getValue()));
                dialog.close();
                refresh();
                fireEvent(new EvidenceChangedEvent(this));
                Notifications.success(getTranslation("evidence.saved"));
            } catch (RuntimeException ex) {
                if (!UiErrors.show(this, ex)) {
                    throw ex;
                }
                dialog.close();
                refresh();
            }
        });
        save.setId("evidence-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(e.source().label()), stance, excerpt, note);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), c -> dialog.close()), save);
        dialog.setWidth("min(40rem, 95vw)");
        dialog.open();
    }

    private void confirmRemove(Evidence e) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("evidence-remove-dialog");
        confirm.setHeader(getTranslation("evidence.remove.confirm.title"));
        confirm.setText(getTranslation("evidence.remove.confirm.text", e.source().label()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("evidence.remove"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(c -> {
            try {
                evidence.remove(e.id(), e.version());
                refresh();
                fireEvent(new EvidenceChangedEvent(this));
                Notifications.success(getTranslation("evidence.removed"));
                return;
            } catch (RuntimeException ex) {
                if (!UiErrors.show(this, ex)) {
                    throw ex;
                }
            }
            refresh();
        });
        confirm.open();
    }

    private RadioButtonGroup<Stance> stanceGroup() {
        RadioButtonGroup<Stance> stance = new RadioButtonGroup<>(getTranslation("evidence.stance"));
        stance.setItems(Stance.values());
        stance.setRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(StanceBadge::new));
        stance.setRequiredIndicatorVisible(true);
        stance.setId("evidence-stance");
        return stance;
    }

    private static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }

    /** The header's counts, replaced on each refresh. */
    private static final class StanceCountsHolder extends Div {
        void set(StanceCounts counts) {
            removeAll();
            StanceCountsBadge badge = new StanceCountsBadge(counts);
            badge.setId("evidence-counts");
            add(badge);
        }
    }
}
