package io.claimdesk.article.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.claimdesk.article.domain.ArticleFilter;
import io.claimdesk.article.domain.ArticleHit;
import io.claimdesk.search.domain.Highlight;
import io.claimdesk.search.ui.HighlightedText;
import io.claimdesk.article.domain.ArticleService;
import io.claimdesk.article.domain.ArticleSummary;
import io.claimdesk.core.ui.Cells;
import io.claimdesk.core.ui.GridSorting;
import jakarta.annotation.security.RolesAllowed;
import org.jooq.Field;
import org.jooq.SortField;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.claimdesk.db.Tables.ARTICLE;

/** All articles: lazy grid with filter and sort; a row opens the reader. */
@Route("articles")
@RolesAllowed("CHECKER")
public class ArticlesView extends VerticalLayout implements HasDynamicTitle {

    private static final Map<String, Field<?>> SORT_KEYS = Map.of(
            "title", ARTICLE.TITLE,
            "publisher", ARTICLE.PUBLISHER,
            "language", ARTICLE.LANGUAGE,
            "publishedAt", ARTICLE.PUBLISHED_AT,
            "createdAt", ARTICLE.CREATED_AT);

    private final Grid<ArticleSummary> grid = new Grid<>();
    private final TextField filter = new TextField();
    private final Select<String> language = new Select<>();
    /** Matched parts of the titles of the rows loaded for the current search, by article id. */
    private final Map<Long, List<Highlight>> matches = new HashMap<>();

    public ArticlesView(ArticleService articles) {
        setSizeFull();
        filter.setPlaceholder(getTranslation("search.articles.placeholder"));
        filter.setMinWidth("24em");
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setId("article-filter");
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        language.setItems("", "ar", "en", "fr", "und");
        language.setItemLabelGenerator(l -> l.isEmpty() ? getTranslation("article.list.anyLanguage")
                : getTranslation("language." + l));
        language.setValue("");
        language.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Button importButton = new Button(getTranslation("article.import"), VaadinIcon.UPLOAD.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(ImportView.class)));
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setId("import-article");
        HorizontalLayout bar = new HorizontalLayout(filter, language, importButton);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.addComponentColumn(a -> HighlightedText.of(a.title(), matches.getOrDefault(a.id(), List.of())))
                .setHeader(getTranslation("article.title")).setKey("title")
                .setSortable(true).setFlexGrow(4).setAutoWidth(false);
        grid.addComponentColumn(a -> Cells.auto(a.publisher())).setHeader(getTranslation("article.publisher"))
                .setKey("publisher").setSortable(true);
        grid.addColumn(a -> getTranslation("language." + a.language())).setHeader(getTranslation("article.language"))
                .setKey("language").setSortable(true);
        grid.addComponentColumn(a -> Cells.ltr(a.publishedAt() == null ? ""
                        : a.publishedAt().format(DateTimeFormatter.ISO_LOCAL_DATE)))
                .setHeader(getTranslation("article.published")).setKey("publishedAt").setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(a -> new Span(getTranslation("article.list.claimCounts", a.claims(),
                a.approvedClaims()))).setHeader(getTranslation("article.claims")).setAutoWidth(true);
        grid.addComponentColumn(a -> Cells.auto(a.createdByName())).setHeader(getTranslation("article.importedBy"));
        grid.addComponentColumn(a -> Cells.ltr(a.createdAt().format(DateTimeFormatter.ISO_LOCAL_DATE)))
                .setHeader(getTranslation("article.importedAt")).setKey("createdAt").setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(q -> {
            List<ArticleHit> hits = articles.search(currentFilter(), q.getOffset(), q.getLimit(),
                    GridSorting.sortFields(q.getSortOrders(), SORT_KEYS));
            if (q.getOffset() == 0) {
                matches.clear();
            }
            hits.forEach(h -> matches.put(h.article().id(), h.titleMatches()));
            return hits.stream().map(ArticleHit::article);
        }, q -> articles.count(currentFilter()));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("articles/" + e.getItem().id())));
        grid.setId("articles-grid");
        add(bar, grid);
    }

    private ArticleFilter currentFilter() {
        String l = language.getValue();
        return new ArticleFilter(filter.getValue(), l == null || l.isEmpty() ? null : l);
    }


    @Override
    public String getPageTitle() {
        return getTranslation("article.list.title");
    }
}
