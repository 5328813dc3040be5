package io.claimdesk.article.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.claimdesk.article.domain.ArticleService;
import io.claimdesk.support.KaribuTest;
import io.claimdesk.user.domain.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The import form passes its fields through the one text boundary (issue 14). */
class ImportViewTextUiTest extends KaribuTest {

    @Autowired
    ArticleService articles;

    @Test
    void a_nul_in_the_title_is_removed_and_the_article_is_imported() {
        login("import-text-checker", Role.CHECKER);
        UI.getCurrent().navigate("articles/import");
        String marker = UUID.randomUUID().toString();
        _setValue(_get(TextArea.class, s -> s.withId("paste-text")),
                "قالت الوزارة إن الأسعار لن ترتفع هذا العام. " + marker);
        _setValue(_get(TextField.class, s -> s.withLabel("Title")), "عنوان\u0000 الخبر \u0085" + marker);
        _click(_get(Button.class, s -> s.withId("preview")));
        _click(_get(Button.class, s -> s.withId("save-article")));

        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        assertThat(path).matches("articles/\\d+");
        long id = Long.parseLong(path.substring("articles/".length()));
        assertThat(articles.get(id).title()).isEqualTo("عنوان الخبر " + marker);
    }

    /** Issue 14: the preview lists the page furniture that the import removes. */
    @Test
    void the_preview_lists_page_furniture_and_the_import_removes_it() {
        login("import-furniture-checker", Role.CHECKER);
        UI.getCurrent().navigate("articles/import");
        String page = io.claimdesk.article.domain.intake.PageFurnitureTest.PAGE.replace("هذا العام.",
                "هذا العام " + UUID.randomUUID() + ".");
        _setValue(_get(TextArea.class, s -> s.withId("paste-text")), page);
        _click(_get(Button.class, s -> s.withId("preview")));
        com.vaadin.flow.component.html.UnorderedList list = _get(com.vaadin.flow.component.html.UnorderedList.class,
                s -> s.withId("import-furniture"));
        List<String> items = list.getChildren().map(c -> c.getElement().getText()).toList();
        assertThat(items).hasSize(7);
        assertThat(items.get(0)).isEqualTo("Line 1 · \u2068news ticker\u2069: \u2068عاجل: انفجار في ميناء المدينة وأنباء عن إصابات\u2069");
        assertThat(items.get(4)).isEqualTo("Line 6 · \u2068font-size widget\u2069: \u2068A A\u2069");
        _click(_get(Button.class, s -> s.withId("save-article")));
        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        long id = Long.parseLong(path.substring("articles/".length()));
        assertThat(articles.get(id).body()).startsWith("الحكومة تعلن خفض العجز إلى 4 في المئة\n")
                .doesNotContain("تكبير الخط").doesNotContain("عاجل").doesNotContain("شارك");
        assertThat(articles.get(id).title()).isEqualTo("الحكومة تعلن خفض العجز إلى 4 في المئة");
    }

    /**
     * Issue 14: a publication date the picker could not read is an error on the field, never silently dropped: the
     * form neither previews nor imports, and says which format it expects, in the user's language.
     */
    @Test
    void an_unreadable_publication_date_stops_the_import_with_an_error_on_the_field() {
        login("import-text-checker", Role.CHECKER);
        io.claimdesk.core.i18n.UiLanguage.apply(UI.getCurrent(), "ar");
        UI.getCurrent().navigate("articles/import");
        String marker = UUID.randomUUID().toString();
        _setValue(_get(TextArea.class, s -> s.withId("paste-text")),
                "قالت الوزارة إن الأسعار لن ترتفع هذا العام. " + marker);
        var date = _get(com.vaadin.flow.component.datetimepicker.DateTimePicker.class);
        date.setInvalid(true); // what the picker reports for an entry such as 31/02/2026 (its value stays empty)
        _click(_get(Button.class, s -> s.withId("preview")));
        assertThat(_get(Button.class, s -> s.withId("save-article")).isEnabled()).isFalse();

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("articles/import");
        assertThat(date.getErrorMessage()).contains("yyyy-MM-dd").doesNotContain("{0}");
        assertThat(date.getErrorMessage()).matches(".*[\\u0600-\\u06FF].*");
        assertThat(articles.find(new io.claimdesk.article.domain.ArticleFilter(marker, null), 0, 10,
                java.util.List.of())).isEmpty();
    }
}
