package io.claimdesk.claim.ui;

import io.claimdesk.core.ui.Cells;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.claimdesk.article.domain.AnchorChange;
import io.claimdesk.article.domain.Article;
import io.claimdesk.article.domain.ArticleService;
import io.claimdesk.article.ui.ArticleMetadataForm;
import io.claimdesk.claim.domain.Claim;
import io.claimdesk.claim.domain.ClaimFields;
import io.claimdesk.claim.domain.ClaimService;
import io.claimdesk.claim.domain.search.SimilarClaims;
import io.claimdesk.claim.domain.segment.Segment;
import io.claimdesk.core.ui.ArticlePageAction;
import io.claimdesk.core.domain.ConflictException;
import io.claimdesk.core.domain.NotAllowedException;
import io.claimdesk.core.domain.NotFoundException;
import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.core.text.CodePoints;
import io.claimdesk.core.ui.ErrorMessages;
import io.claimdesk.core.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The reader: the article in its own direction with its claims highlighted, suggested claim spans (sentences and
 * clauses with check-worthiness), creation of a claim from a suggestion or from any selected span (mouse or
 * keyboard), metadata editing and text editing (claims are re-anchored). {@code ?reattach=ID} re-attaches an
 * orphaned claim to the next selected span.
 */
@Route("articles/:articleId")
@RolesAllowed("CHECKER")
public class ReaderView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ArticleService articles;
    private final ClaimService claims;
    private final SimilarClaims similarClaims;
    private final SpanSelector text = new SpanSelector();
    private final H2 title = new H2();
    private final Paragraph facts = new Paragraph();
    private final Div warnings = new Div();
    private final ArticleMetadataForm metadata = new ArticleMetadataForm();
    private final SuggestionList suggestionList = new SuggestionList();
    private final VerticalLayout claimList = new VerticalLayout();
    private final TabSheet side = new TabSheet();
    private final com.vaadin.flow.component.tabs.Tab claimsTab;
    private final Span selectionPreview = new Span();
    private final Button createFromSelection = new Button();
    private final Div reattachBanner = new Div();
    private final HorizontalLayout actions = new HorizontalLayout();
    /** Toolbar actions of other features (report downloads), as beans. */
    private final List<ArticlePageAction> pageActions;
    private @Nullable Article article;
    private int selectionStart = -1;
    private int selectionEnd = -1;
    private @Nullable Long reattachClaimId;
    private List<Segment> segments = List.of();
    /** The article's claims and their numbers as last read (the claim cards are drawn from them). */
    private List<Claim> shownClaims = List.of();
    private Map<Long, Integer> shownNumbers = Map.of();

    public ReaderView(ArticleService articles, ClaimService claims, ObjectProvider<ArticlePageAction> pageActions,
                      SimilarClaims similarClaims) {
        this.similarClaims = similarClaims;
        this.articles = articles;
        this.claims = claims;
        this.pageActions = pageActions.stream().sorted(Comparator.comparingInt(ArticlePageAction::order)).toList();
        setSizeFull();
        addClassName("cd-reader");

        title.setId("article-title");
        title.getElement().setAttribute("dir", "auto");
        facts.setId("article-facts");
        facts.addClassName("cd-muted");
        warnings.setId("article-warnings");

        metadata.addSaveListener(e -> saveMetadata());
        Details metadataDetails = new Details(getTranslation("article.reader.metadata"), metadata);
        metadataDetails.setId("metadata-details");
        Button editText = new Button(getTranslation("article.reader.editText"), VaadinIcon.EDIT.create(),
                e -> openTextEditor());
        editText.setId("edit-text");
        actions.add(editText);
        this.pageActions.forEach(action -> actions.add(action.asComponent()));
        actions.setAlignItems(FlexComponent.Alignment.CENTER);

        text.addSpanSelectedListener(e -> selected(e.start(), e.end()));
        text.addSpanCommitListener(e -> {
            selected(e.start(), e.end());
            createFromSelection();
        });
        text.addClaimClickListener(e -> UI.getCurrent().navigate("claims/" + e.claimId()));

        createFromSelection.setText(getTranslation("claim.reader.createFromSelection"));
        createFromSelection.setIcon(VaadinIcon.PLUS.create());
        createFromSelection.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        createFromSelection.setEnabled(false);
        createFromSelection.setId("create-from-selection");
        createFromSelection.addClickListener(e -> createFromSelection());
        selectionPreview.setId("selection-preview");
        selectionPreview.addClassName("cd-selection-preview");
        Span keyboardHint = new Span(getTranslation("claim.reader.keyboardHint"));
        keyboardHint.addClassNames("cd-muted", "cd-keyboard-hint");
        Span touchHint = new Span(getTranslation("claim.reader.touchHint"));
        touchHint.addClassNames("cd-muted", "cd-touch-hint");
        reattachBanner.setVisible(false);
        reattachBanner.addClassName("cd-warning");
        reattachBanner.setId("reattach-banner");
        HorizontalLayout createRow = new HorizontalLayout(createFromSelection, selectionPreview);
        createRow.addClassName("cd-create-row");
        VerticalLayout selectionBar = new VerticalLayout(reattachBanner, createRow, keyboardHint, touchHint);
        selectionBar.setPadding(false);
        selectionBar.setSpacing(false);
        selectionBar.setId("selection-bar");
        selectionBar.addClassName("cd-selection-bar");

        Div textScroller = new Div(text);
        textScroller.addClassName("cd-text-scroller");
        textScroller.setId("reader-text");
        VerticalLayout left = new VerticalLayout(selectionBar, legend(), textScroller);
        left.addClassName("cd-reader-main");
        left.setPadding(false);
        left.setSizeFull();

        suggestionList.setId("suggestions");
        suggestionList.addCreateListener(e -> createFromSuggestion(e.index()));
        claimList.setPadding(false);
        claimList.setId("claims");
        side.add(getTranslation("claim.reader.suggestions"), suggestionList);
        claimsTab = side.add(getTranslation("claim.reader.claims"), claimList);
        // the claim cards exist only while their tab is open (issue 18: heap per session)
        side.addSelectedChangeListener(e -> showClaimCards());
        side.setSizeFull();
        side.setId("reader-side");

        side.addClassName("cd-reader-side");
        // on a phone (CSS, narrow screens) the two halves stack: the text first, suggestions and claims below
        SplitLayout split = new SplitLayout(left, side);
        split.addClassName("cd-reader-split");
        split.setId("reader-split");
        split.setSizeFull();
        split.setSplitterPosition(62);
        add(title, facts, warnings, actions, metadataDetails, split);
        setFlexGrow(1, split);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("articleId").orElse(""));
            article = articles.get(id);
        } catch (NumberFormatException | NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, getTranslation("article.reader.notFound"));
            return;
        }
        reattachClaimId = event.getLocation().getQueryParameters().getSingleParameter("reattach")
                .map(Long::valueOf).orElse(null);
        render();
    }

    private void render() {
        Article a = java.util.Objects.requireNonNull(article);
        title.setText(a.displayTitle());
        facts.setText(getTranslation("article.reader.facts", nz(a.publisher()), nz(a.byline()),
                getTranslation("language." + a.language()), getTranslation("direction." + a.direction()),
                a.createdByName(), ltr(a.createdAt().format(DateTimeFormatter.ISO_LOCAL_DATE))));
        warnings.removeAll();
        if (!a.warnings().isEmpty()) {
            UnorderedList list = new UnorderedList();
            a.warnings().forEach(w -> list.add(new ListItem(warningText(w))));
            Details d = new Details(getTranslation("article.reader.warnings", a.warnings().size()), list);
            warnings.add(d);
        }
        var revisions = articles.revisions(a.id());
        if (!revisions.isEmpty()) {
            UnorderedList list = new UnorderedList();
            revisions.forEach(r -> list.add(new ListItem(getTranslation("article.reader.revision", r.revision(),
                    r.editor(), r.editedAt().withOffsetSameInstant(java.time.ZoneOffset.UTC)
                            .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
                    r.note() == null || r.note().isBlank() ? "-" : r.note(),
                    CodePoints.length(r.body())))));
            Details d = new Details(getTranslation("article.reader.history", revisions.size()), list);
            d.setId("text-history");
            warnings.add(d);
        }
        metadata.show(a);
        pageActions.forEach(action -> action.show(a.id()));
        if (reattachClaimId != null) {
            reattachBanner.setText(getTranslation("claim.reader.reattachBanner", reattachClaimId));
            reattachBanner.setVisible(true);
            createFromSelection.setText(getTranslation("claim.reader.reattach"));
        }
        try {
            segments = claims.suggestions(a.id());
        } catch (ValidationException | io.claimdesk.core.work.WorkUnavailableException tooLarge) {
            // an article too long to segment (or a server too busy to do it now) is still read and claimed by
            // hand; the user is told why
            segments = List.of();
            ErrorMessages.show(this, tooLarge);
        }
        refreshClaims();
    }

    private String warningText(Article.StoredWarning w) {
        String t = getTranslation("article.warning." + w.code(), w.args().values().toArray());
        return t.startsWith("!") ? w.message() : t;
    }

    private void refreshClaims() {
        Article a = java.util.Objects.requireNonNull(article);
        List<Claim> list = claims.ofArticle(a.id());
        Map<Long, Integer> numbers = numbers(list);
        text.show(a.body(), a.direction(), a.language(), list, numbers, reattachClaimId == null ? -1 : reattachClaimId,
                this::statusLabel);
        shownClaims = list;
        shownNumbers = numbers;
        showClaimCards();
        renderSuggestions(list, numbers);
    }

    /** Draws the claim cards while the claims tab is selected; otherwise there are none (issue 18). */
    private void showClaimCards() {
        claimList.removeAll();
        if (side.getSelectedTab() != claimsTab) {
            return;
        }
        if (shownClaims.isEmpty()) {
            claimList.add(new Paragraph(getTranslation("claim.reader.noClaims")));
        }
        for (Claim c : shownClaims) {
            claimList.add(claimCard(c, shownNumbers.get(c.id())));
        }
    }

    private String statusLabel(Claim c) {
        return c.changesRequested() != null ? getTranslation("status.CHANGES_REQUESTED")
                : getTranslation("status." + c.status().name());
    }

    /** What the highlight colours and underlines mean: one sample per status, with its name (issue 16). */
    private Div legend() {
        Div legend = new Div();
        legend.setId("reader-legend");
        legend.addClassName("cd-legend");
        legend.getElement().setAttribute("aria-label", getTranslation("claim.reader.legend"));
        Span title = new Span(getTranslation("claim.reader.legend") + ":");
        title.addClassName("cd-muted");
        legend.add(title);
        for (String status : List.of("NEW", "IN_PROGRESS", "CHANGES_REQUESTED", "READY_FOR_REVIEW", "APPROVED",
                "DISMISSED")) {
            Span sample = new Span(status.equals("CHANGES_REQUESTED") ? getTranslation("status.CHANGES_REQUESTED")
                    : getTranslation("status." + status));
            sample.addClassNames("cd-claim", "cd-legend-item",
                    "cd-claim-status-" + status.toLowerCase(Locale.ROOT).replace('_', '-'));
            sample.getElement().setAttribute("data-status", status);
            legend.add(sample);
        }
        return legend;
    }

    /** Claims numbered in text order (1-based); orphans after. */
    static Map<Long, Integer> numbers(List<Claim> list) {
        Map<Long, Integer> numbers = new HashMap<>();
        int n = 1;
        for (Claim c : list) {
            numbers.put(c.id(), n++);
        }
        return numbers;
    }

    private Div claimCard(Claim c, int number) {
        Anchor link = new Anchor("claims/" + c.id(), "#" + number + " " + shorten(c.statement(), 140));
        Cells.orient(link, link.getText());
        link.setId("claim-link-" + c.id());
        Div card = new Div(link);
        card.addClassName("cd-claim-card");
        HorizontalLayout meta = new HorizontalLayout(ClaimBadges.status(this, c),
                ClaimBadges.evidence(this, c.evidence()));
        meta.setAlignItems(FlexComponent.Alignment.CENTER);
        card.add(meta);
        if (c.orphaned()) {
            Paragraph orphan = new Paragraph(getTranslation("claim.orphan.short", shorten(c.quote(), 120)));
            orphan.addClassName("cd-warning");
            card.add(orphan);
        }
        return card;
    }

    private void renderSuggestions(List<Claim> existing, Map<Long, Integer> numbers) {
        Article a = java.util.Objects.requireNonNull(article);
        List<SuggestionList.Item> items = new java.util.ArrayList<>(segments.size());
        for (Segment s : segments) {
            Integer takenAs = takenAs(s, existing, numbers);
            items.add(new SuggestionList.Item(s.kind().name(), getTranslation("claim.segment." + s.kind().name()),
                    Math.max(0, Math.min(1, s.score())), String.format(Locale.ROOT, "%.2f", s.score()), s.text(),
                    String.join(" · ", s.reasons().stream().map(r -> getTranslation("claim.reason." + r)).toList()),
                    takenAs != null, takenAs == null ? getTranslation("claim.reader.createFromSuggestion")
                    : getTranslation("claim.reader.alreadyClaimed", takenAs)));
        }
        suggestionList.show(items, a.direction(), getTranslation("claim.checkWorthiness"),
                getTranslation("claim.reader.noSuggestions"));
    }

    /** The number of the claim made of exactly this suggestion, or null. */
    private static @Nullable Integer takenAs(Segment s, List<Claim> existing, Map<Long, Integer> numbers) {
        return existing.stream().filter(c -> !c.orphaned() && c.start() == s.start() && c.end() == s.end())
                .findFirst().map(c -> numbers.get(c.id())).orElse(null);
    }

    /** "Create claim" on the suggestion at {@code index}: the span is the server's own, not the browser's. */
    private void createFromSuggestion(int index) {
        if (index < 0 || index >= segments.size()) {
            return;
        }
        Segment s = segments.get(index);
        if (takenAs(s, shownClaims, shownNumbers) != null) {
            return;
        }
        create(s.start(), s.end());
    }

    void selected(int start, int end) {
        Article a = java.util.Objects.requireNonNull(article);
        int length = CodePoints.length(a.body());
        if (start < 0 || end > length || start >= end) {
            return;
        }
        selectionStart = start;
        selectionEnd = end;
        selectionPreview.setText("«" + shorten(CodePoints.substring(a.body(), start, end), 160) + "»");
        selectionPreview.getElement().setAttribute("dir", a.direction());
        createFromSelection.setEnabled(true);
    }

    void createFromSelection() {
        if (selectionStart < 0) {
            return;
        }
        if (reattachClaimId != null) {
            reattach(reattachClaimId, selectionStart, selectionEnd);
            return;
        }
        create(selectionStart, selectionEnd);
    }

    private void create(int start, int end) {
        Article a = java.util.Objects.requireNonNull(article);
        try {
            // the claim and its duplicate check in one transaction: stored with it, or not at all
            SimilarClaims.Created result = similarClaims.create(a.id(), start, end, ClaimFields.NONE);
            Claim created = result.claim();
            Notifications.success(getTranslation("claim.done.created", shorten(created.quote(), 80)));
            result.duplicates().stream().findFirst().ifPresent(d ->
                    Notifications.error(getTranslation("claim.duplicateWarning", d.claim().id(),
                            String.format(java.util.Locale.ROOT, "%.0f", d.similarity() * 100),
                            shorten(d.claim().statement(), 80))));
            clearSelection();
            refreshClaims();
        } catch (ValidationException | ConflictException e) {
            ErrorMessages.show(this, e);
        }
    }

    private void reattach(long claimId, int start, int end) {
        try {
            Claim c = claims.get(claimId);
            claims.reattach(claimId, c.version(), start, end);
            Notifications.success(getTranslation("claim.reattached"));
            UI.getCurrent().navigate("claims/" + claimId);
        } catch (ValidationException | ConflictException | NotFoundException | NotAllowedException e) {
            ErrorMessages.show(this, e);
        }
    }

    private void clearSelection() {
        selectionStart = -1;
        selectionEnd = -1;
        selectionPreview.setText("");
        createFromSelection.setEnabled(false);
        // the browser's selection goes too: left in place it would keep a tap on a highlight from opening its
        // claim (the component ignores clicks while text is selected) and offer the same span again
        text.getElement().executeJs("const s = window.getSelection();"
                + " if (s && s.anchorNode && this.contains(s.anchorNode)) s.removeAllRanges();");
    }

    private void saveMetadata() {
        Article a = java.util.Objects.requireNonNull(article);
        try {
            article = articles.updateMetadata(a.id(), metadata.version(), metadata.change());
            Notifications.success(getTranslation("article.reader.saved"));
            render();
        } catch (ConflictException e) {
            conflict(e);
        } catch (ValidationException e) {
            ErrorMessages.show(this, e);
        }
    }

    private void openTextEditor() {
        Article a = java.util.Objects.requireNonNull(article);
        Dialog dialog = new Dialog(getTranslation("article.reader.editText"));
        dialog.setWidth("min(900px, 95vw)");
        TextArea body = new TextArea();
        body.setValue(a.body());
        body.setWidthFull();
        body.setHeight("50vh");
        body.getElement().setAttribute("dir", a.direction());
        body.setId("edit-body");
        TextField note = new TextField(getTranslation("article.reader.editNote"));
        note.setWidthFull();
        Paragraph help = new Paragraph(getTranslation("article.reader.editHelp"));
        help.addClassName("cd-muted");
        int version = a.version();
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                ArticleService.BodyEdit edit = articles.editBody(a.id(), version, body.getValue(),
                        note.getValue());
                article = edit.article();
                dialog.close();
                long orphans = claims.ofArticle(a.id()).stream().filter(Claim::orphaned).count();
                Notifications.success(getTranslation("article.reader.textSaved", orphans));
                render();
                if (!edit.changes().isEmpty()) {
                    showTextChanges(edit.changes());
                }
            } catch (ConflictException ex) {
                conflict(ex);
            } catch (ValidationException ex) {
                ErrorMessages.show(this, ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-body");
        dialog.add(help, body, note);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    /**
     * Lists what an edit of the text did to the claims: moved (same quote elsewhere), re-spelled (placed on a
     * passage that differs in spelling only), orphaned (with the similar passage a person may confirm on the claim
     * page, and what it says differently), and which approved claims went back to review.
     */
    private void showTextChanges(List<AnchorChange> changes) {
        Dialog d = new Dialog(getTranslation("article.reader.changes.title"));
        d.setWidth("min(720px, 95vw)");
        com.vaadin.flow.component.html.UnorderedList list = new com.vaadin.flow.component.html.UnorderedList();
        list.setId("text-changes");
        for (AnchorChange c : changes) {
            String what = switch (c.outcome()) {
                case MOVED -> getTranslation("article.reader.changes.moved", c.id(), c.oldStart(), c.newStart());
                case RESPELLED -> getTranslation("article.reader.changes.respelled", c.id());
                case ORPHANED -> c.candidateStart() == null
                        ? getTranslation("article.reader.changes.orphaned", c.id())
                        : getTranslation("article.reader.changes.lookalike", c.id(),
                        DifferenceTexts.of(this, c.differences()));
            };
            if (c.returnedToReview()) {
                what = what + " " + getTranslation("article.reader.changes.backToReview");
            }
            com.vaadin.flow.component.html.ListItem item = new com.vaadin.flow.component.html.ListItem(what);
            Cells.orient(item, item.getText());
            item.addClassName("cd-change-" + c.outcome().name().toLowerCase(java.util.Locale.ROOT));
            list.add(item);
        }
        d.add(list);
        Button close = new Button(getTranslation("action.close"), e -> d.close());
        close.setId("text-changes-close");
        d.getFooter().add(close);
        d.open();
    }

    /** A conflict keeps the user's input where it is and offers to reload the article. */
    private void conflict(ConflictException e) {
        Dialog d = new Dialog(getTranslation("conflict.title"));
        d.add(new Paragraph(ErrorMessages.text(this, e)));
        Button reload = new Button(getTranslation("action.reload"), ev -> {
            d.close();
            article = articles.get(java.util.Objects.requireNonNull(article).id());
            render();
        });
        reload.setId("conflict-reload");
        d.getFooter().add(new Button(getTranslation("conflict.keep"), ev -> d.close()), reload);
        d.open();
    }

    static String shorten(String s, int max) {
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
    }

    /**
     * {@code s} in a left-to-right isolate (U+2066 ... U+2069), so an ISO date keeps its order inside Arabic text
     * (otherwise the Unicode bidi algorithm shows 2026-11-29 as 29-11-2026).
     */
    static String ltr(String s) {
        return "\u2066" + s + "\u2069";
    }

    private static String nz(@Nullable String s) {
        return s == null || s.isBlank() ? "-" : s;
    }

    @Override
    public String getPageTitle() {
        return article == null ? getTranslation("article.reader.title") : article.displayTitle();
    }
}
