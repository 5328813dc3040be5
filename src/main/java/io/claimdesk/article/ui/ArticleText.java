package io.claimdesk.article.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** Article text as plain paragraphs (never HTML) in the article's own direction and language. */
public final class ArticleText {

    private ArticleText() {
    }

    /** One {@code <p>} per non-blank line, inside a block with {@code dir} and {@code lang} set. */
    public static Div of(String body, String direction, String language) {
        Div text = new Div();
        text.addClassName("cd-article-text");
        text.getElement().setAttribute("dir", direction);
        text.getElement().setAttribute("lang", language);
        body.lines().filter(l -> !l.isBlank()).forEach(line -> text.add(new Paragraph(line)));
        text.setId("article-text");
        return text;
    }
}
