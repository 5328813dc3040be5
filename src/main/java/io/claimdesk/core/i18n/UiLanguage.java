package io.claimdesk.core.i18n;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Chooses each UI's language and direction: the signed-in user's remembered choice, else the choice made on
 * the login page (kept in the HTTP session), else the browser's language. Arabic makes the whole UI
 * right-to-left ({@link UI#setDirection}).
 */
@Component
public class UiLanguage implements VaadinServiceInitListener {

    static final String SESSION_KEY = "claimdesk.ui-language";

    private final UiPreferences preferences;

    public UiLanguage(UiPreferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> apply(e.getUI(), chosenLanguage()));
    }

    /** Switches the current UI (and the user's remembered choice) to {@code language} and reloads the page. */
    public void switchTo(String language) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.getSession().setAttribute(SESSION_KEY, language);
        }
        if (preferences.displayName().isPresent()) {
            preferences.rememberLanguage(language);
        }
        UI ui = UI.getCurrent();
        apply(ui, language);
        ui.getPage().reload();
    }

    /** The language the current UI should use ({@code en} or {@code ar}). */
    String chosenLanguage() {
        var remembered = preferences.language();
        if (remembered.isPresent()) {
            return remembered.get();
        }
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getSession().getAttribute(SESSION_KEY) instanceof String chosen) {
            return chosen;
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        Locale browser = request == null ? null : request.getLocale();
        return browser != null && "ar".equals(browser.getLanguage()) ? "ar" : "en";
    }

    /** Sets locale and direction of {@code ui}. */
    public static void apply(UI ui, String language) {
        Locale locale = Translations.localeOf(language);
        Direction direction = Translations.rightToLeft(locale) ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT;
        ui.setLocale(locale);
        ui.setDirection(direction);
        ui.getPage().executeJs("document.documentElement.lang = $0", locale.getLanguage());
        ComponentUtil.setData(ui, Direction.class, direction);
    }

    /** The direction last applied to {@code ui} by {@link #apply}. */
    public static Direction direction(UI ui) {
        Direction d = ComponentUtil.getData(ui, Direction.class);
        return d == null ? Direction.LEFT_TO_RIGHT : d;
    }
}
