package io.claimdesk.support;

import com.github.mvysny.kaributools.RenderersKt;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A grid cell drawn by a {@link LitRenderer}, as the browser draws it, for browserless tests: every {@code ${item.x}}
 * binding of the template is replaced by the row's value of property {@code x}, escaped (Lit sets bindings as text
 * or attribute values, never as markup), and the result is parsed with jsoup. A template with any other expression
 * fails: it cannot be drawn faithfully here.
 */
public final class LitCells {

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern BINDING = Pattern.compile("item\\.([A-Za-z0-9_]+)");

    private LitCells() {
    }

    /** The cell's markup for {@code row}: the children of the returned element are the template's top elements. */
    public static <T> Element render(LitRenderer<T> renderer, T row) {
        String template = RenderersKt.getTemplate(renderer);
        Map<String, ValueProvider<T, ?>> values = renderer.getValueProviders();
        Matcher m = EXPRESSION.matcher(template);
        StringBuilder html = new StringBuilder();
        while (m.find()) {
            Matcher b = BINDING.matcher(m.group(1).strip());
            if (!b.matches() || !values.containsKey(b.group(1))) {
                throw new AssertionError("not a plain ${item.x} binding: " + m.group());
            }
            Object value = values.get(b.group(1)).apply(row);
            m.appendReplacement(html, Matcher.quoteReplacement(Entities.escape(value == null ? "" : value.toString())));
        }
        m.appendTail(html);
        return Jsoup.parseBodyFragment(html.toString()).body();
    }
}
