package io.claimdesk.evidence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
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
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.claimdesk.core.ui.Cells;
import io.claimdesk.core.ui.Notifications;
import io.claimdesk.evidence.domain.CitingClaim;
import io.claimdesk.evidence.domain.MergeResult;
import io.claimdesk.evidence.domain.Reliability;
import io.claimdesk.evidence.domain.Source;
import io.claimdesk.evidence.domain.SourceChanges;
import io.claimdesk.evidence.domain.SourceFilter;
import io.claimdesk.evidence.domain.SourceService;
import io.claimdesk.evidence.domain.SourceSummary;
import io.claimdesk.evidence.domain.SourceType;
import io.claimdesk.core.ui.GridSorting;
import jakarta.annotation.security.PermitAll;
import org.jooq.SortField;
import org.jooq.TableField;
import org.jspecify.annotations.Nullable;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.claimdesk.db.Tables.SOURCE;

/**
 * The source registry: a lazy grid of sources (filter by text, type, reliability), a detail dialog with the claims
 * citing a source and its editable fields, and merging two sources (supervisors).
 */
@Route("sources")
@PermitAll
public class SourcesView extends VerticalLayout implements HasDynamicTitle {

    private static final Map<String, TableField<?, ?>> SORT_KEYS = Map.of(
            "title", SOURCE.TITLE,
            "publisher", SOURCE.PUBLISHER,
            "canonicalUrl", SOURCE.CANONICAL_URL,
            "type", SOURCE.SOURCE_TYPE,
            "reliability", SOURCE.RELIABILITY);

    private final SourceService sources;
    private final Grid<SourceSummary> grid = new Grid<>();
    private final TextField filter = new TextField();
    private final Select<SourceType> typeFilter = new Select<>();
    private final Select<Reliability> reliabilityFilter = new Select<>();

    public SourcesView(SourceService sources) {
        this.sources = sources;
        setSizeFull();

        filter.setPlaceholder(getTranslation("sources.filter"));
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setId("sources-filter");
        filter.setWidth("24rem");
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        typeFilter.setItems(SourceType.values());
        typeFilter.setEmptySelectionAllowed(true);
        typeFilter.setEmptySelectionCaption(getTranslation("sources.allTypes"));
        typeFilter.setItemLabelGenerator(t -> t == null ? getTranslation("sources.allTypes")
                : getTranslation("sourceType." + t.name()));
        typeFilter.setId("sources-type-filter");
        typeFilter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        reliabilityFilter.setItems(Reliability.values());
        reliabilityFilter.setEmptySelectionAllowed(true);
        reliabilityFilter.setEmptySelectionCaption(getTranslation("sources.anyReliability"));
        reliabilityFilter.setItemLabelGenerator(r -> r == null ? getTranslation("sources.anyReliability")
                : getTranslation("reliability." + r.name()));
        reliabilityFilter.setId("sources-reliability-filter");
        reliabilityFilter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        Button merge = new Button(getTranslation("sources.merge"), VaadinIcon.COMPRESS.create(), e -> openMerge());
        merge.setId("sources-merge");
        merge.setVisible(sources.canCurate());

        grid.addComponentColumn(s -> Cells.auto(s.source().title()))
                .setHeader(getTranslation("sources.col.title")).setKey("title").setSortable(true).setFlexGrow(3)
                .setTooltipGenerator(s -> s.source().title() == null ? "" : s.source().title());
        grid.addComponentColumn(s -> Cells.auto(s.source().publisher()))
                .setHeader(getTranslation("sources.col.publisher")).setKey("publisher").setSortable(true);
        grid.addComponentColumn(s -> {
                    // URLs read left to right even in the Arabic UI
                    com.vaadin.flow.component.html.Span url = new com.vaadin.flow.component.html.Span(
                            s.source().canonicalUrl());
                    url.getElement().setAttribute("dir", "ltr");
                    url.addClassName("cd-url");
                    return url;
                })
                .setHeader(getTranslation("sources.col.canonicalUrl")).setKey("canonicalUrl").setSortable(true)
                .setFlexGrow(3).setTooltipGenerator(s -> s.source().canonicalUrl());
        grid.addColumn(s -> getTranslation("sourceType." + s.source().type().name()))
                .setHeader(getTranslation("sources.col.type")).setKey("type").setSortable(true);
        grid.addComponentColumn(s -> new StanceBadge(s.source().reliability()))
                .setHeader(getTranslation("sources.col.reliability")).setKey("reliability").setSortable(true);
        grid.addColumn(SourceSummary::citingClaims)
                .setHeader(getTranslation("sources.col.citing")).setKey("citing").setFlexGrow(0).setWidth("9rem");
        grid.setItems(query -> sources.find(currentFilter(), query.getOffset(), query.getLimit(),
                        GridSorting.sortFields(query.getSortOrders(), SORT_KEYS)).stream(),
                query -> sources.count(currentFilter()));
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addItemClickListener(e -> openDetail(e.getItem().source().id()));
        grid.setId("sources-grid");
        grid.setSizeFull();

        HorizontalLayout tools = new HorizontalLayout(filter, typeFilter, reliabilityFilter, merge);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.setWrap(true);
        add(tools, grid);
    }

    private SourceFilter currentFilter() {
        return new SourceFilter(filter.getValue(), typeFilter.getValue(), reliabilityFilter.getValue());
    }


    private void openDetail(long sourceId) {
        Source s;
        List<CitingClaim> citing;
        try {
            s = sources.get(sourceId);
            citing = sources.citingClaims(sourceId);
        } catch (RuntimeException ex) {
            if (!UiErrors.show(this, ex)) {
                throw ex;
            }
            grid.getDataProvider().refreshAll();
            return;
        }
        Dialog dialog = new Dialog(getTranslation("sources.detail"));
        dialog.setId("source-dialog");
        dialog.setWidth("min(56rem, 95vw)");

        Anchor link = new Anchor(s.url(), s.canonicalUrl());
        link.setTarget(AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener noreferrer");
        link.getElement().setAttribute("dir", "ltr");
        link.setId("source-link");
        Span firstSeen = new Span(getTranslation("sources.firstSeen",
                DateTimeFormatter.ISO_LOCAL_DATE.format(s.firstSeenAt().withOffsetSameInstant(ZoneOffset.UTC))));
        firstSeen.addClassName("cd-muted");

        TextField title = new TextField(getTranslation("evidence.sourceTitle"));
        title.setValue(orEmpty(s.title()));
        title.setId("source-title");
        TextField publisher = new TextField(getTranslation("evidence.publisher"));
        publisher.setValue(orEmpty(s.publisher()));
        publisher.setId("source-publisher");
        Select<SourceType> type = new Select<>();
        type.setLabel(getTranslation("evidence.sourceType"));
        type.setItems(SourceType.values());
        type.setItemLabelGenerator(t -> getTranslation("sourceType." + t.name()));
        type.setValue(s.type());
        type.setId("source-type");
        Select<Reliability> reliability = new Select<>();
        reliability.setLabel(getTranslation("sources.reliability"));
        reliability.setItems(Reliability.values());
        reliability.setItemLabelGenerator(r -> getTranslation("reliability." + r.name()));
        reliability.setValue(s.reliability());
        reliability.setId("source-reliability");
        TextArea reliabilityNote = new TextArea(getTranslation("sources.reliabilityNote"));
        reliabilityNote.setValue(orEmpty(s.reliabilityNote()));
        reliabilityNote.setId("source-reliability-note");
        boolean curator = sources.canCurate();
        reliability.setReadOnly(!curator);
        reliabilityNote.setReadOnly(!curator);
        if (!curator) {
            reliability.setHelperText(getTranslation("sources.reliability.supervisorOnly"));
        }
        TextField archive = new TextField(getTranslation("evidence.archiveUrl"));
        archive.setValue(orEmpty(s.archiveUrl()));
        archive.setId("source-archive-url");
        // only the typed URL is left-to-right; the label and helper text follow the page
        archive.addClassName("cd-ltr-input");
        DateTimePicker archivedAt = new DateTimePicker(getTranslation("sources.archivedAt"));
        archivedAt.setValue(utc(s.archivedAt()));
        archivedAt.setId("source-archived-at");
        DateTimePicker lastAccessed = new DateTimePicker(getTranslation("sources.lastAccessed"));
        lastAccessed.setValue(utc(s.lastAccessedAt()));
        lastAccessed.setId("source-last-accessed");
        FormLayout form = new FormLayout(title, publisher, type, reliability, reliabilityNote, archive, archivedAt,
                lastAccessed);
        form.setColspan(title, 2);
        form.setColspan(reliabilityNote, 2);
        form.setColspan(archive, 2);

        Div claims = new Div();
        claims.setId("source-citing");
        claims.addClassName("cd-citing-claims");
        if (citing.isEmpty()) {
            claims.add(new Paragraph(getTranslation("sources.citing.none")));
        }
        for (CitingClaim c : citing) {
            Anchor claim = new Anchor("claims/" + c.claimId(), c.statement());
            Cells.orient(claim, claim.getText());
            claim.setId("source-citing-" + c.claimId());
            Div row = new Div(new StanceBadge(c.stance()), claim);
            if (c.removed()) {
                row.add(new Span(" " + getTranslation("sources.citing.removed")));
            }
            row.addClassName("cd-citing-claim");
            claims.add(row);
        }

        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                sources.update(s.id(), s.version(), new SourceChanges(title.getValue(), publisher.getValue(),
                        type.getValue(), curator ? reliability.getValue() : null,
                        curator ? reliabilityNote.getValue() : null, archive.getValue(),
                        offset(archivedAt.getValue()), offset(lastAccessed.getValue())));
                dialog.close();
                grid.getDataProvider().refreshAll();
                Notifications.success(getTranslation("sources.saved"));
            } catch (RuntimeException ex) {
                if (!UiErrors.show(this, ex)) {
                    throw ex;
                }
            }
        });
        save.setId("source-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new HorizontalLayout(link, firstSeen), form,
                new H4(getTranslation("sources.citing") + " (" + citing.size() + ")"), claims);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void openMerge() {
        List<SourceSummary> selected = new ArrayList<>(grid.getSelectedItems());
        if (selected.size() != 2) {
            Notifications.error(getTranslation("sources.merge.pickTwo"));
            return;
        }
        Dialog dialog = new Dialog(getTranslation("sources.merge.title"));
        dialog.setId("merge-dialog");
        RadioButtonGroup<SourceSummary> keep = new RadioButtonGroup<>(getTranslation("sources.merge.keep"));
        keep.setItems(selected);
        keep.setItemLabelGenerator(s -> s.source().label() + " — " + s.source().canonicalUrl()
                + " (" + s.citingClaims() + ")");
        keep.setValue(selected.get(0));
        keep.setId("merge-keep");
        Button confirm = new Button(getTranslation("sources.merge.confirm"), e -> {
            SourceSummary target = keep.getValue();
            SourceSummary other = selected.get(0).equals(target) ? selected.get(1) : selected.get(0);
            try {
                MergeResult result = sources.merge(target.source().id(), other.source().id());
                dialog.close();
                grid.deselectAll();
                grid.getDataProvider().refreshAll();
                Notifications.success(getTranslation("sources.merge.done", result.movedLinks(),
                        result.collapsedLinks(), result.affectedClaims().size()));
            } catch (RuntimeException ex) {
                if (!UiErrors.show(this, ex)) {
                    throw ex;
                }
            }
        });
        confirm.setId("merge-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.add(new Paragraph(getTranslation("sources.merge.text")), keep);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private static @Nullable LocalDateTime utc(@Nullable OffsetDateTime t) {
        return t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    private static @Nullable OffsetDateTime offset(@Nullable LocalDateTime t) {
        return t == null ? null : t.atOffset(ZoneOffset.UTC);
    }

    private static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sources.title");
    }
}
