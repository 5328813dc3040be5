package io.claimdesk.core.ui;

import com.vaadin.flow.component.html.Span;

/** Small grid cells that keep their reading order in either UI direction. */
public final class Cells {

    private Cells() {
    }

    /** Text that always reads left to right (ISO dates, URLs, codes), isolated from the surrounding direction. */
    public static Span ltr(String text) {
        Span s = new Span(text);
        s.getElement().setAttribute("dir", "ltr");
        s.getStyle().set("unicode-bidi", "isolate").set("white-space", "nowrap");
        return s;
    }

    /** Text in whatever direction its first strong character says (titles and statements in either language). */
    public static Span auto(String text) {
        Span s = new Span(text);
        s.getElement().setAttribute("dir", "auto");
        return s;
    }
}
