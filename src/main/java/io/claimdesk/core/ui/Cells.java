package io.claimdesk.core.ui;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterDirection;
import com.ibm.icu.text.Bidi;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;

/**
 * Grid cells that keep their reading order in either UI direction. Every grid cell that shows a claim, quote,
 * title, claimant or other user text goes through {@link #auto} (or {@link #orient} for a composed cell), so its
 * direction follows the text, not the UI (issue 14).
 */
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

    /**
     * User text (a statement, quote, title, name) in the direction of {@link #direction}, for a grid cell: one line,
     * cut with an ellipsis at the end of the text in its own direction (so an Arabic claim in the English UI shows
     * its beginning, on the right), the full text on hover; {@code null} shows as empty.
     */
    public static Span auto(String text) {
        return cell(new Span(text == null ? "" : text), text);
    }

    /**
     * Makes a composed grid cell (e.g. a highlighted statement) read like {@link #auto}: its direction, one line cut
     * at its own end (style class {@code cd-cell}), and {@code text} in full on hover.
     */
    public static <T extends HasElement> T cell(T cell, String text) {
        orient(cell, text);
        cell.getElement().getClassList().add("cd-cell");
        if (text != null && !text.isEmpty()) {
            cell.getElement().setAttribute("title", text);
        }
        return cell;
    }

    /**
     * {@link #auto} as a grid renderer: the same markup ({@code cd-cell}, {@code dir} of {@link #direction}, the
     * text on hover) drawn in the browser from two row properties instead of one server-side component per row
     * (issue 18: heap per signed-in session). Lit sets the text as text, never as HTML.
     */
    public static <T> LitRenderer<T> autoRenderer(ValueProvider<T, String> text) {
        return LitRenderer.<T>of("<span class=\"cd-cell\" dir=\"${item.d}\" title=\"${item.t}\">${item.t}</span>")
                .withProperty("t", row -> nz(text.apply(row)))
                .withProperty("d", row -> direction(text.apply(row)));
    }

    /** {@link #ltr} as a grid renderer (dates, codes): left to right, isolated, on one line. */
    public static <T> LitRenderer<T> ltrRenderer(ValueProvider<T, String> text) {
        return LitRenderer.<T>of("<span dir=\"ltr\" style=\"unicode-bidi:isolate;white-space:nowrap\">${item.t}</span>")
                .withProperty("t", row -> nz(text.apply(row)));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Sets {@code dir} on {@code cell} to the {@link #direction} of {@code text} and returns the cell. */
    public static <T extends HasElement> T orient(T cell, String text) {
        cell.getElement().setAttribute("dir", direction(text));
        return cell;
    }

    /**
     * The direction of a text: {@code "rtl"} when it holds more right-to-left strong characters (bidi classes R
     * and AL, by ICU) than left-to-right ones (L), {@code "ltr"} when fewer; on a tie the first strong character
     * decides (ICU {@link Bidi#getBaseDirection}, the rule of HTML {@code dir="auto"}); {@code "auto"} when the
     * text has no strong character. Counting code points rather than taking the first one keeps a claim such as
     * {@code UN: ارتفع عدد اللاجئين} right to left: a short Latin label or source prefix does not turn the line.
     */
    public static String direction(String text) {
        if (text == null || text.isEmpty()) {
            return "auto";
        }
        int rtl = 0;
        int ltr = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int d = UCharacter.getDirection(cp);
            if (d == UCharacterDirection.RIGHT_TO_LEFT || d == UCharacterDirection.RIGHT_TO_LEFT_ARABIC) {
                rtl++;
            } else if (d == UCharacterDirection.LEFT_TO_RIGHT) {
                ltr++;
            }
            i += Character.charCount(cp);
        }
        if (rtl != ltr) {
            return rtl > ltr ? "rtl" : "ltr";
        }
        return switch (Bidi.getBaseDirection(text)) {
            case Bidi.RTL -> "rtl";
            case Bidi.LTR -> "ltr";
            default -> "auto";
        };
    }
}
