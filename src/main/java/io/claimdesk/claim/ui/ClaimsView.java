package io.claimdesk.claim.ui;

import io.claimdesk.core.ui.FieldDirection;
import io.claimdesk.claim.domain.workflow.WorkflowStatus;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.claimdesk.article.domain.ArticleFilter;
import io.claimdesk.article.domain.ArticleService;
import io.claimdesk.article.domain.ArticleSummary;
import io.claimdesk.claim.domain.Claim;
import io.claimdesk.claim.domain.ClaimFilter;
import io.claimdesk.claim.domain.ClaimHit;
import io.claimdesk.claim.domain.ClaimCursor;
import io.claimdesk.core.domain.Total;
import io.claimdesk.search.domain.FullText;
import io.claimdesk.search.domain.Highlight;
import io.claimdesk.search.ui.HighlightedText;
import io.claimdesk.claim.domain.ClaimService;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.Role;
import io.claimdesk.user.domain.UserService;
import io.claimdesk.core.ui.ClaimSelectionActions;
import io.claimdesk.core.ui.LiveUpdates;
import io.claimdesk.claim.domain.ClaimEventRecorded;
import io.claimdesk.core.ui.Cells;
import io.claimdesk.core.ui.GridSorting;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.ObjectProvider;
import org.jooq.Field;
import org.jooq.SortField;
import org.jspecify.annotations.Nullable;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static io.claimdesk.db.Tables.CLAIM;

/**
 * Claims across all articles: lazy grid with filters (article, status, claimant, tag, assignee) and a full-text
 * search whose matches are marked in the statements; a search orders by relevance unless a column is sorted.
 */
@Route("claims")
@RolesAllowed("CHECKER")
public class ClaimsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final List<String> STATUSES = List.of("NEW", "IN_PROGRESS", "READY_FOR_REVIEW", "APPROVED", "DISMISSED");
    private static final Map<String, Field<?>> SORT_KEYS = Map.of(
            "statement", CLAIM.STATEMENT,
            "claimant", CLAIM.CLAIMANT,
            "status", CLAIM.STATUS,
            "claimDate", CLAIM.CLAIM_DATE,
            "createdAt", CLAIM.CREATED_AT);

    private final ClaimService claims;
    private final Grid<Claim> grid = new Grid<>();
    private final ComboBox<ArticleSummary> article = new ComboBox<>();
    private final Select<String> status = new Select<>();
    private final TextField claimant = FieldDirection.follow(new TextField());
    private final ComboBox<String> tag = new ComboBox<>();
    private final ComboBox<AppUser> assignee = new ComboBox<>();
    private final TextField text = FieldDirection.follow(new TextField());
    private final Checkbox orphansOnly = new Checkbox();
    private final FlexLayout toolbar = new FlexLayout();
    /** Matched parts of the statements of the rows loaded for the current search, by claim id. */
    private final Map<Long, List<Highlight>> matches = new HashMap<>();
    /** Where the pages read so far end, by the offset of the next row (keyset scrolling, {@link #fetch}). */
    private final Map<Integer, ClaimCursor> pageEnds = new HashMap<>();
    /** Most page ends kept per view (about 50 rows each; a few dozen KB). */
    private static final int MAX_PAGE_ENDS = 2000;
    private final Span total = new Span();

    public ClaimsView(ClaimService claims, ArticleService articles, UserService users,
                      ObjectProvider<ClaimSelectionActions> selectionActions, LiveUpdates live) {
        this.claims = claims;
        setSizeFull();
        // another user's change (on any node) refreshes the rows in place (issue 16)
        live.refreshWhileAttached(this, ClaimEventRecorded.TOPIC, this::refresh);

        article.setPlaceholder(getTranslation("claim.list.article"));
        article.setItems(q -> articles.find(new ArticleFilter(q.getFilter().orElse(""), null), q.getOffset(),
                q.getLimit(), List.of()).stream());
        article.setItemLabelGenerator(ArticleSummary::title);
        article.setClearButtonVisible(true);
        article.setId("filter-article");
        status.setItems(Stream.concat(Stream.of(""), STATUSES.stream()).toList());
        status.setItemLabelGenerator(s -> s.isEmpty() ? getTranslation("claim.list.anyStatus")
                : getTranslation("status." + s));
        status.setValue("");
        status.setId("filter-status");
        claimant.setPlaceholder(getTranslation("claim.claimant"));
        claimant.setId("claims-claimant-filter");
        claimant.setValueChangeMode(ValueChangeMode.LAZY);
        claimant.setClearButtonVisible(true);
        tag.setPlaceholder(getTranslation("claim.tags"));
        tag.setItems(claims.knownTags());
        tag.setClearButtonVisible(true);
        List<AppUser> people = Stream.concat(users.activeWithRole(Role.CHECKER).stream(),
                users.activeWithRole(Role.SUPERVISOR).stream()).toList();
        assignee.setPlaceholder(getTranslation("claim.assignee"));
        assignee.setItems(people);
        assignee.setItemLabelGenerator(AppUser::displayName);
        assignee.setClearButtonVisible(true);
        text.setPlaceholder(getTranslation("search.claims.placeholder"));
        text.setMinWidth("22em");
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setId("filter-text");
        orphansOnly.setLabel(getTranslation("claim.list.orphansOnly"));
        article.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        tag.addValueChangeListener(e -> refresh());
        assignee.addValueChangeListener(e -> refresh());
        claimant.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
        orphansOnly.addValueChangeListener(e -> refresh());
        toolbar.add(text, article, status, claimant, tag, assignee, orphansOnly);
        toolbar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.getStyle().set("gap", "var(--lumo-space-s)");

        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addComponentColumn(c -> {
            List<Highlight> hits = matches.get(c.id());
            if (hits != null && !hits.isEmpty()) {
                return Cells.cell(HighlightedText.of(c.statement(), hits), c.statement());
            }
            return Cells.cell(new Span(ReaderView.shorten(c.statement(), 160)), c.statement());
        }).setHeader(getTranslation("claim.statement")).setKey("statement").setSortable(true)
                .setWidth("22rem").setFlexGrow(4); // rem, not em: Lumo draws header cells at 14 px and body cells at 16 px, so an em width drifts
        grid.addColumn(Cells.autoRenderer(Claim::claimant)).setHeader(getTranslation("claim.claimant"))
                .setKey("claimant").setSortable(true).setWidth("9rem").setFlexGrow(1);
        grid.addColumn(Cells.autoRenderer(Claim::articleTitle)).setHeader(getTranslation("claim.article"))
                .setWidth("12rem").setFlexGrow(2);
        grid.addColumn(ClaimBadges.statusRenderer(this)).setHeader(getTranslation("claim.status"))
                .setKey("status").setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> c.verdict() == null ? "" : getTranslation("verdict." + c.verdict()))
                .setHeader(getTranslation("claim.verdict")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ClaimBadges.evidenceRenderer(this))
                .setHeader(getTranslation("claim.evidence")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Cells.autoRenderer(Claim::assigneeName))
                .setHeader(getTranslation("claim.assignee")).setAutoWidth(true);
        grid.addColumn(Cells.ltrRenderer(c -> c.claimDate() == null ? "" : c.claimDate().toString()))
                .setHeader(getTranslation("claim.claimDate")).setKey("claimDate").setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Cells.ltrRenderer(c -> c.createdAt().format(DateTimeFormatter.ISO_LOCAL_DATE)))
                .setHeader(getTranslation("claim.created")).setKey("createdAt").setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(this::fetch);
        total.setId("claims-total");
        total.getStyle().set("color", "var(--lumo-secondary-text-color)");
        toolbar.add(total);
        updateTotal();
        grid.addItemDoubleClickListener(e -> getUI().ifPresent(ui -> ui.navigate("claims/" + e.getItem().id())));
        grid.addItemClickListener(e -> {
            if (e.getColumn() != null && "statement".equals(e.getColumn().getKey())) {
                getUI().ifPresent(ui -> ui.navigate("claims/" + e.getItem().id()));
            }
        });
        grid.setId("claims-grid");
        add(toolbar);
        // actions of other features on the ticked claims (bulk dismiss, tags, assign), as beans
        selectionActions.orderedStream().forEach(actions -> {
            actions.bind(this::selectedIds, () -> {
                grid.deselectAll();
                refresh();
            });
            add(actions.asComponent());
        });
        add(grid);
        setFlexGrow(1, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("status")
                .filter(STATUSES::contains).ifPresent(status::setValue);
    }

    /** Ids of the rows the user ticked (for bulk actions). */
    public Set<Long> selectedIds() {
        return grid.getSelectedItems().stream().map(Claim::id).collect(java.util.stream.Collectors.toSet());
    }

    /** Re-reads the grid (after bulk actions). */
    public void refresh() {
        updateTotal();
        grid.getDataProvider().refreshAll();
    }

    /**
     * One page of rows. In the default order (newest first, no search, no sorted column) a page that starts where
     * an earlier one ended is read by key ({@link ClaimService#findAfter}): scrolling down costs what the first page
     * costs at any depth. A jump (dragging the scroll bar) or another order reads by offset.
     */
    private Stream<Claim> fetch(com.vaadin.flow.data.provider.Query<Claim, Void> q) {
        List<? extends SortField<?>> sort = GridSorting.sortFields(q.getSortOrders(), SORT_KEYS);
        ClaimFilter f = filter();
        if (q.getOffset() == 0) {
            matches.clear();
            pageEnds.clear();
        }
        if (sort.isEmpty() && !FullText.isQuery(f.query())
                && (q.getOffset() == 0 || pageEnds.containsKey(q.getOffset()))) {
            List<Claim> rows = claims.findAfter(f, pageEnds.get(q.getOffset()), q.getLimit());
            if (!rows.isEmpty() && pageEnds.size() < MAX_PAGE_ENDS) {
                pageEnds.put(q.getOffset() + rows.size(), ClaimCursor.after(rows.get(rows.size() - 1)));
            }
            return rows.stream();
        }
        List<ClaimHit> hits = claims.search(f, q.getOffset(), q.getLimit(), sort);
        hits.forEach(h -> matches.put(h.claim().id(), h.statementMatches()));
        return hits.stream().map(ClaimHit::claim);
    }

    /**
     * The total above the grid and the grid's size: exact up to 1,000 claims, otherwise an estimate that the grid
     * uses as its provisional size and grows past when scrolled further ({@link ClaimService#total}, issue 18).
     */
    private void updateTotal() {
        Total t = claims.total(filter());
        String n = java.text.NumberFormat.getIntegerInstance(getLocale()).format(t.value());
        total.setText(getTranslation("claim.list.total." + t.kind(), n));
        var view = grid.getLazyDataView();
        if (t.isExact()) {
            int size = (int) t.value();
            view.setItemCountCallback(q -> size);
        } else {
            view.setItemCountUnknown();
            view.setItemCountEstimate((int) Math.min(Integer.MAX_VALUE, t.value()));
        }
    }

    /** The toolbar, where other features add actions. */
    protected FlexLayout toolbar() {
        return toolbar;
    }

    ClaimFilter filter() {
        @Nullable ArticleSummary a = article.getValue();
        @Nullable AppUser who = assignee.getValue();
        String s = status.getValue();
        return new ClaimFilter(a == null ? null : a.id(), s == null || s.isEmpty() ? null : WorkflowStatus.valueOf(s), claimant.getValue(),
                tag.getValue(), who == null ? null : who.id(), null,
                orphansOnly.getValue() ? Boolean.TRUE : null).withQuery(text.getValue());
    }


    @Override
    public String getPageTitle() {
        return getTranslation("claim.list.title");
    }
}
