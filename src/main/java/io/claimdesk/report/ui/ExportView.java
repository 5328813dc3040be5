package io.claimdesk.report.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.core.i18n.Translations;
import io.claimdesk.core.ui.DateFields;
import io.claimdesk.core.ui.Notifications;
import io.claimdesk.report.domain.BackupService;
import io.claimdesk.report.domain.ClaimExportRepository.ArticleChoice;
import io.claimdesk.report.domain.ClaimExportService;
import io.claimdesk.report.domain.ClaimFilter;
import io.claimdesk.report.domain.ReportVariant;
import io.claimdesk.user.domain.CurrentUser;
import io.claimdesk.user.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Exports of claims: filters (article, status, verdict, date range on claim date or date added) and downloads as
 * CSV (optional byte order mark; verdicts of approved claims only unless the internal variant is chosen), ClaimReview JSON-LD, Web Annotations and, for administrators, the full JSON
 * export. Downloads stream from the database to the browser; a progress bar shows while one runs.
 */
@Route("export")
@RolesAllowed("CHECKER")
public class ExportView extends VerticalLayout implements HasDynamicTitle {

    private final ClaimExportService exports;
    private final ComboBox<ArticleChoice> article = new ComboBox<>();
    private final Select<String> status = new Select<>();
    private final Select<String> verdict = new Select<>();
    private final Select<ClaimFilter.DateField> dateField = new Select<>();
    private final DatePicker from = DateFields.localise(new DatePicker());
    private final DatePicker to = DateFields.localise(new DatePicker());
    private final Checkbox bom = new Checkbox();
    private final Select<ReportVariant> csvVariant = new Select<>();
    private final Paragraph count = new Paragraph();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressLabel = new Span();
    private final String language;
    /** The filter the download handlers use (they run outside the UI lock, so they never read the fields). */
    private volatile ClaimFilter filter = ClaimFilter.all();
    private volatile boolean withBom = true;
    private volatile ReportVariant variant = ReportVariant.PUBLIC;
    private int running;

    public ExportView(ClaimExportService exports, BackupService backup, CurrentUser currentUser) {
        this.exports = exports;
        this.language = UI.getCurrent() != null && Translations.rightToLeft(UI.getCurrent().getLocale()) ? "ar" : "en";
        setMaxWidth("960px");
        add(new H2(getTranslation("export.title")), new Paragraph(getTranslation("export.intro")));

        article.setLabel(getTranslation("export.article"));
        article.setPlaceholder(getTranslation("export.article.any"));
        article.setClearButtonVisible(true);
        article.setItemLabelGenerator(a -> a.title() == null || a.title().isBlank()
                ? getTranslation("report.untitled", a.id()) : a.title());
        article.setItems(query -> exports.findArticles(query.getFilter().orElse(""), query.getOffset(),
                        query.getLimit()).stream(),
                query -> exports.countArticles(query.getFilter().orElse("")));
        article.setId("export-article");
        article.setWidth("24em");

        List<String> statuses = new ArrayList<>();
        statuses.add("");
        statuses.addAll(ClaimFilter.STATUSES);
        status.setLabel(getTranslation("export.status"));
        status.setItems(statuses);
        status.setItemLabelGenerator(s -> s.isEmpty() ? getTranslation("export.status.any")
                : getTranslation("report.status." + s));
        status.setValue("");
        status.setId("export-status");

        List<String> verdicts = new ArrayList<>();
        verdicts.add("");
        verdicts.addAll(exports.ratingCodes());
        verdict.setLabel(getTranslation("export.verdict"));
        verdict.setItems(verdicts);
        verdict.setItemLabelGenerator(v -> v.isEmpty() ? getTranslation("export.verdict.any") : v);
        verdict.setValue("");
        verdict.setId("export-verdict");

        dateField.setLabel(getTranslation("export.dateField"));
        dateField.setItems(ClaimFilter.DateField.values());
        dateField.setItemLabelGenerator(f -> getTranslation("export.dateField." + f.name()));
        dateField.setValue(ClaimFilter.DateField.CLAIM_DATE);
        dateField.setId("export-date-field");
        from.setLabel(getTranslation("export.from"));
        from.setId("export-from");
        to.setLabel(getTranslation("export.to"));
        to.setId("export-to");

        FlexLayout filters = new FlexLayout(article, status, verdict, dateField, from, to);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.addClassName("cd-export-filters");
        count.setId("export-count");

        bom.setLabel(getTranslation("export.bom"));
        bom.setValue(true);
        bom.setId("export-bom");
        bom.addValueChangeListener(e -> withBom = Boolean.TRUE.equals(e.getValue()));
        csvVariant.setLabel(getTranslation("export.variant"));
        csvVariant.setItems(ReportVariant.values());
        csvVariant.setItemLabelGenerator(v -> getTranslation("export.variant." + v.wireName()));
        csvVariant.setValue(ReportVariant.PUBLIC);
        csvVariant.setId("export-variant");
        csvVariant.addValueChangeListener(e -> variant = e.getValue() == null ? ReportVariant.PUBLIC : e.getValue());

        Anchor csv = Downloads.anchor("export-csv", Downloads.handler(() -> "claims-" + stamp() + ".csv",
                "text/csv;charset=UTF-8", out -> exports.writeCsv(filter, out, withBom, language, variant), this::finished),
                getTranslation("export.csv"));
        Anchor claimReview = Downloads.anchor("export-claimreview", Downloads.handler(
                () -> "claimreview-" + stamp() + ".jsonld", "application/ld+json;charset=UTF-8",
                out -> exports.writeClaimReviews(filter, out), this::finished), getTranslation("export.claimreview"));
        Anchor annotations = Downloads.anchor("export-annotations", Downloads.handler(
                () -> "annotations-" + stamp() + ".jsonld", "application/ld+json;charset=UTF-8",
                out -> exports.writeAnnotations(filter, out), this::finished), getTranslation("export.annotations"));
        HorizontalLayout buttons = new HorizontalLayout(withIcon(csv, VaadinIcon.TABLE), bom, csvVariant,
                withIcon(claimReview, VaadinIcon.CHECK_SQUARE_O), withIcon(annotations, VaadinIcon.COMMENT_O));
        buttons.setAlignItems(FlexComponent.Alignment.CENTER);
        buttons.addClassName("cd-export-buttons");
        if (currentUser.has(Role.ADMIN)) {
            Anchor json = Downloads.anchor("export-json", Downloads.handler(
                    () -> "claimdesk-export-" + stamp() + ".json", "application/json",
                    backup::export, this::finished), getTranslation("export.json"));
            buttons.add(withIcon(json, VaadinIcon.DATABASE));
        }
        for (Anchor a : List.of(csv, claimReview, annotations)) {
            a.getElement().addEventListener("click", e -> started());
        }
        buttons.getChildren().filter(c -> c.getId().filter("export-json"::equals).isPresent())
                .forEach(c -> c.getElement().addEventListener("click", e -> started()));

        progress.setIndeterminate(true);
        progress.setId("export-progress");
        progressLabel.setText(getTranslation("export.running"));
        HorizontalLayout progressRow = new HorizontalLayout(progress, progressLabel);
        progressRow.setId("export-progress-row");
        progressRow.setVisible(false);
        progressRow.setWidthFull();
        progressRow.setAlignItems(FlexComponent.Alignment.CENTER);

        add(filters, count, buttons, progressRow);
        for (var field : List.of(status, verdict)) {
            field.addValueChangeListener(e -> refresh());
        }
        article.addValueChangeListener(e -> refresh());
        dateField.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        refresh();
    }

    private static Anchor withIcon(Anchor anchor, VaadinIcon icon) {
        anchor.getElement().insertChild(0, icon.create().getElement());
        return anchor;
    }

    /** Reads the filter fields into {@link #filter} and shows how many claims match. */
    private void refresh() {
        try {
            ArticleChoice a = article.getValue();
            filter = new ClaimFilter(a == null ? null : a.id(), emptyToNull(status.getValue()),
                    emptyToNull(verdict.getValue()), from.getValue(), to.getValue(), dateField.getValue());
            count.setText(getTranslation("export.count", exports.count(filter)));
        } catch (ValidationException e) {
            count.setText(getTranslation("export.invalid", io.claimdesk.core.ui.ErrorMessages.text(this, e)));
        }
    }

    private void started() {
        running++;
        getChildren().filter(c -> c.getId().filter("export-progress-row"::equals).isPresent())
                .forEach(c -> c.setVisible(true));
        // no server push in this app: poll while a download runs, so its end shows without a click
        getUI().ifPresent(ui -> ui.setPollInterval(1000));
    }

    private void finished(boolean ok, String fileName) {
        running = Math.max(0, running - 1);
        if (running == 0) {
            getChildren().filter(c -> c.getId().filter("export-progress-row"::equals).isPresent())
                    .forEach(c -> c.setVisible(false));
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
        if (ok) {
            Notifications.success(getTranslation("export.done", fileName));
        } else {
            Notifications.error(getTranslation("export.failed", fileName));
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String stamp() {
        return OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("export.title");
    }
}
