package io.claimdesk.core.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;

/**
 * Text fields and areas whose direction follows what is typed in them, in either UI (issue 14): a field holding
 * {@code UN: ارتفع عدد اللاجئين} reads right to left in the English UI, an English name left to right in the Arabic UI.
 *
 * <p>The rule is {@link Cells#direction} (more right-to-left strong characters than left-to-right ones, by ICU's bidi
 * classes; a tie goes to the first strong character), applied on the server whenever the value is set or changes,
 * and on the client while the user types (the same count over Unicode's Hebrew, Arabic, Syriac, Thaana, NKo and
 * Arabic presentation-form blocks against other letters). HTML's {@code dir="auto"} is not used: on a Vaadin field's
 * host it would read the label, and it takes the first strong character, so a Latin prefix would turn an Arabic line.
 * A field with no strong character keeps the direction of the UI.
 */
public final class FieldDirection {

    /** Client side: the count of right-to-left against left-to-right letters while typing. */
    private static final String LIVE = """
            const host = this;
            if (host.__cdDirection) { return; }
            host.__cdDirection = true;
            const rtl = /[\\u0590-\\u08FF\\uFB1D-\\uFDFF\\uFE70-\\uFEFF\\u{10800}-\\u{10FFF}\\u{1E800}-\\u{1EFFF}]/u;
            const letter = /[\\p{L}\\p{M}]/u;
            host.addEventListener('input', () => {
              let r = 0, l = 0, first = '';
              for (const ch of (host.value || '')) {
                if (rtl.test(ch)) { r++; first = first || 'rtl'; }
                else if (letter.test(ch) && !/\\p{M}/u.test(ch)) { l++; first = first || 'ltr'; }
              }
              const dir = r > l ? 'rtl' : l > r ? 'ltr' : first;
              if (dir) { host.setAttribute('dir', dir); } else { host.removeAttribute('dir'); }
            });
            """;

    private FieldDirection() {
    }

    /**
     * Makes {@code field}'s direction follow its text from now on.
     *
     * @return the same field
     */
    public static <T extends Component & HasValue<?, String>> T follow(T field) {
        apply(field, field.getValue());
        field.addValueChangeListener(e -> apply(field, e.getValue()));
        field.addAttachListener(e -> field.getElement().executeJs(LIVE));
        return field;
    }

    private static void apply(Component field, String text) {
        String direction = Cells.direction(text);
        if ("auto".equals(direction)) {
            field.getElement().removeAttribute("dir");
        } else {
            field.getElement().setAttribute("dir", direction);
        }
    }
}
