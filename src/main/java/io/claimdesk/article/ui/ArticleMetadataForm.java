package io.claimdesk.article.ui;

import io.claimdesk.core.ui.FieldDirection;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import io.claimdesk.article.domain.Article;
import io.claimdesk.article.domain.ArticleService;

import java.time.ZoneOffset;

/**
 * Editable metadata of an article. Knows no service: it fires {@link SaveEvent} with the change and the version
 * it was filled from; the view saves and handles conflicts (input stays in the fields).
 */
public class ArticleMetadataForm extends FormLayout {

    private final TextField title = new TextField();
    private final TextField url = new TextField();
    private final TextField publisher = new TextField();
    private final TextField byline = new TextField();
    private final DateTimePicker publishedAt = new DateTimePicker();
    private final Select<String> language = new Select<>();
    private final Select<String> direction = new Select<>();
    private int version;

    public ArticleMetadataForm() {
        title.setLabel(getTranslation("article.title"));
        title.setId("meta-title");
        url.setLabel(getTranslation("article.url"));
        // only the typed URL is left-to-right; the label and helper text follow the page
        url.addClassName("cd-ltr-input");
        publisher.setLabel(getTranslation("article.publisher"));
        byline.setLabel(getTranslation("article.byline"));
        byline.setId("meta-byline");
        publishedAt.setLabel(getTranslation("article.publishedUtc"));
        language.setLabel(getTranslation("article.language"));
        language.setItems(ImportView.LANGUAGES.stream().filter(l -> !l.isEmpty()).toList());
        language.setItemLabelGenerator(l -> getTranslation("language." + l));
        language.setId("meta-language");
        direction.setLabel(getTranslation("article.direction"));
        direction.setItems("rtl", "ltr");
        direction.setItemLabelGenerator(d -> getTranslation("direction." + d));
        direction.setId("meta-direction");
        for (TextField f : new TextField[]{title, publisher, byline}) {
            FieldDirection.follow(f);
        }
        Button save = new Button(getTranslation("action.save"), e -> fireEvent(new SaveEvent(this)));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-metadata");
        add(title, url, publisher, byline, publishedAt, language, direction, save);
    }

    /** Fills the fields from {@code a} and remembers its version. */
    public void show(Article a) {
        title.setValue(nz(a.title()));
        url.setValue(nz(a.url()));
        publisher.setValue(nz(a.publisher()));
        byline.setValue(nz(a.byline()));
        publishedAt.setValue(a.publishedAt() == null ? null
                : a.publishedAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
        if (!ImportView.LANGUAGES.contains(a.language())) {
            language.setItems(a.language());
        }
        language.setValue(a.language());
        direction.setValue(a.direction());
        version = a.version();
    }

    public int version() {
        return version;
    }

    /** The change the fields describe (language and direction as chosen). */
    public ArticleService.MetadataChange change() {
        return new ArticleService.MetadataChange(title.getValue(), url.getValue(), publisher.getValue(),
                byline.getValue(),
                publishedAt.getValue() == null ? null : publishedAt.getValue().atOffset(ZoneOffset.UTC),
                language.getValue(), direction.getValue());
    }

    public Registration addSaveListener(com.vaadin.flow.component.ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** The user asked to save the metadata. */
    public static class SaveEvent extends ComponentEvent<ArticleMetadataForm> {
        SaveEvent(ArticleMetadataForm source) {
            super(source, false);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
