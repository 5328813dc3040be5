package io.claimdesk.article.ui;

import com.vaadin.flow.component.Component;
import io.claimdesk.article.domain.Article;

/** Intake warnings in the UI language: key {@code article.warning.<CODE>} with the warning's numbers. */
final class WarningTexts {

    private WarningTexts() {
    }

    static String text(Component c, Article.StoredWarning w) {
        String key = "article.warning." + w.code();
        String translated = c.getTranslation(key, w.args().values().toArray());
        return translated.startsWith("!") ? w.message() : translated;
    }
}
