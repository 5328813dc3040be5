package io.claimdesk.claim.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.claimdesk.claim.domain.ClaimEventRecorded;
import io.claimdesk.claim.domain.ClaimService;
import io.claimdesk.claim.domain.priority.PriorityFilter;
import io.claimdesk.claim.domain.priority.PriorityItem;
import io.claimdesk.claim.domain.priority.PriorityList;
import io.claimdesk.claim.domain.search.SimilarClaims;
import io.claimdesk.core.domain.ConflictException;
import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.core.ui.Cells;
import io.claimdesk.core.ui.DateFields;
import io.claimdesk.core.ui.ErrorMessages;
import io.claimdesk.core.ui.FieldDirection;
import io.claimdesk.core.ui.LiveUpdates;
import io.claimdesk.core.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "Worth checking now" (issue 17): the unclaimed suggestions of every article, the most check-worthy first, in a lazy
 * grid that reads one page at a time from {@link PriorityList} (SQL, LIMIT/OFFSET by the grid's position). Filters:
 * article language and article date (from 30 days ago by default). Each row's claimant is pre-filled from the
 * suggestion and editable; one click on "Claim" creates the claim with it and the row leaves the list. Every text
 * cell takes its direction from its content. Checkers and supervisors.
 */
@Route("priority")
@RolesAllowed("CHECKER")
public class PriorityView extends VerticalLayout implements HasDynamicTitle {

    /** Default window of the date filter, in days before today (UTC). */
    public static final int DEFAULT_DAYS = 30;

    private final PriorityList priority;
    private final Grid<PriorityItem> grid = new Grid<>();
    private final Select<String> language = new Select<>();
    private final DatePicker from = DateFields.localise(new DatePicker());
    private final DatePicker to = DateFields.localise(new DatePicker());
    private final Paragraph stale = new Paragraph();
    /** The claimant typed in a row, by suggestion id (kept while rows are scrolled out and back). */
    private final Map<Long, String> claimants = new HashMap<>();

    public PriorityView(PriorityList priority, LiveUpdates live) {
        this.priority = priority;
        setSizeFull();
        // a claim made anywhere (any node) may take a row out of the list
        live.refreshWhileAttached(this, ClaimEventRecorded.TOPIC, this::refresh);

        H2 title = new H2(getTranslation("priority.title"));
        Paragraph intro = new Paragraph(getTranslation("priority.intro"));
        intro.addClassName("cd-muted");

        language.setLabel(getTranslation("priority.language"));
        language.setItems("", "ar", "en");
        language.setItemLabelGenerator(l -> l.isEmpty() ? getTranslation("priority.anyLanguage")
                : getTranslation("priority.language." + l));
        language.setValue("");
        language.setId("priority-language");
        from.setLabel(getTranslation("priority.from"));
        from.setValue(LocalDate.now(ZoneOffset.UTC).minusDays(DEFAULT_DAYS));
        from.setClearButtonVisible(true);
        from.setId("priority-from");
        to.setLabel(getTranslation("priority.to"));
        to.setClearButtonVisible(true);
        to.setId("priority-to");
        language.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        FlexLayout toolbar = new FlexLayout(language, from, to);
        toolbar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.getStyle().set("gap", "var(--lumo-space-m)");
        stale.addClassName("cd-muted");
        stale.setId("priority-stale");

        grid.addComponentColumn(s -> Cells.ltr(String.format(Locale.ROOT, "%.2f", s.score())))
                .setHeader(getTranslation("priority.score")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(s -> {
            Span kind = new Span(getTranslation("claim.segment." + s.kind().name()));
            kind.addClassNames("cd-badge", s.kind() == io.claimdesk.claim.domain.segment.Segment.Kind.CLAUSE
                    ? "cd-badge-contrast" : "cd-badge-primary");
            return kind;
        }).setHeader(getTranslation("priority.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(s -> {
            Span text = Cells.auto(s.text());
            text.addClassName("cd-priority-text");
            return text;
        }).setHeader(getTranslation("priority.text")).setKey("text").setWidth("18rem").setFlexGrow(4);
        grid.addComponentColumn(s -> Cells.auto(s.articleTitle() == null ? "" : s.articleTitle()))
                .setHeader(getTranslation("claim.article")).setKey("article").setWidth("8rem").setFlexGrow(1);
        grid.addComponentColumn(s -> Cells.ltr(s.articleDate().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate()
                        .toString()))
                .setHeader(getTranslation("priority.date")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(s -> Cells.auto(String.join(" · ", s.reasons().stream()
                        .map(r -> getTranslation("claim.reason." + r)).toList())))
                .setHeader(getTranslation("priority.reasons")).setWidth("8rem").setFlexGrow(1);
        grid.addComponentColumn(this::claimantField).setHeader(getTranslation("claim.claimant"))
                .setWidth("10rem").setFlexGrow(1);
        grid.addComponentColumn(this::claimButton).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        // a range the list refuses (reversed, outside its calendar) shows nothing instead of failing the fetch
        grid.setItems(q -> {
                    int offset = q.getOffset();
                    int limit = Math.min(q.getLimit(), PriorityList.MAX_LIMIT);
                    return datesProblem() != null ? java.util.stream.Stream.empty()
                            : priority.page(filter(), offset, limit).stream();
                },
                q -> datesProblem() != null ? 0 : priority.count(filter()));
        grid.setId("priority-grid");

        add(title, intro, toolbar, stale, grid);
        setFlexGrow(1, grid);
        showStale();
    }

    private TextField claimantField(PriorityItem s) {
        TextField field = FieldDirection.follow(new TextField());
        field.setWidthFull();
        field.setMaxLength(ClaimService.MAX_CLAIMANT_LENGTH);
        field.setValue(claimants.getOrDefault(s.id(), s.claimant() == null ? "" : s.claimant()));
        field.setAriaLabel(getTranslation("claim.claimant"));
        field.setId("priority-claimant-" + s.id());
        field.addValueChangeListener(e -> claimants.put(s.id(), e.getValue()));
        return field;
    }

    private Button claimButton(PriorityItem s) {
        Button claim = new Button(getTranslation("priority.claim"), VaadinIcon.PLUS.create(), e -> claim(s));
        claim.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        claim.setId("priority-claim-" + s.id());
        return claim;
    }

    private void claim(PriorityItem s) {
        String claimant = claimants.getOrDefault(s.id(), s.claimant() == null ? "" : s.claimant());
        try {
            SimilarClaims.Created created = priority.claim(s.id(), claimant);
            Notifications.success(getTranslation("priority.claimed", created.claim().id(),
                    ReaderView.shorten(created.claim().quote(), 80)));
            claimants.remove(s.id());
        } catch (ValidationException | ConflictException e) {
            ErrorMessages.show(this, e);
        }
        refresh();
    }

    private PriorityFilter filter() {
        String lang = language.getValue();
        return new PriorityFilter(lang == null || lang.isEmpty() ? null : lang, from.getValue(), to.getValue());
    }

    private void showStale() {
        int n = priority.staleCount();
        stale.setText(n == 0 ? "" : getTranslation("priority.stale", n));
        stale.setVisible(n > 0);
    }

    /** Reads the list again (filters changed, a claim was made). */
    void refresh() {
        String problem = datesProblem();
        to.setInvalid(problem != null);
        to.setErrorMessage(problem);
        grid.getDataProvider().refreshAll();
        showStale();
    }

    /** Why the date filter cannot be read (in the user's language), or null when it can. */
    private @Nullable String datesProblem() {
        LocalDate f = from.getValue();
        LocalDate t = to.getValue();
        for (LocalDate day : java.util.Arrays.asList(f, t)) {
            if (day != null && (day.isBefore(PriorityList.FIRST_DAY) || day.isAfter(PriorityList.LAST_DAY))) {
                return getTranslation("error.suggestion.date.outOfRange", day, PriorityList.FIRST_DAY,
                        PriorityList.LAST_DAY);
            }
        }
        if (f != null && t != null && f.isAfter(t)) {
            return getTranslation("error.suggestion.dates.invalid", f, t);
        }
        return null;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("priority.title");
    }
}
