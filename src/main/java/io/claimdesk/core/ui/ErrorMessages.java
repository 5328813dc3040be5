package io.claimdesk.core.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import io.claimdesk.core.domain.CodedError;
import io.claimdesk.core.i18n.Translations;
import io.claimdesk.core.text.InvalidTextException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * The text a view shows for a service's error, in the user's language (issue 13). A {@link CodedError} is
 * translated from {@code i18n/errors*.properties}; a refusal of the role model without a code reads "your role does
 * not allow this"; any other error shows its English sentence in the English UI and a general sentence in the
 * Arabic UI (the English sentence goes to the log), so no English sentence appears inside the Arabic UI.
 */
public final class ErrorMessages {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMessages.class);

    private ErrorMessages() {
    }

    /** The translated text for {@code e}, for the locale of {@code where}'s UI. */
    public static String text(Component where, RuntimeException e) {
        if (e instanceof CodedError coded && coded.code() != null) {
            Object[] arguments = coded.arguments();
            for (int i = 0; i < arguments.length; i++) {
                if (arguments[i] instanceof CodedError.Term term) {
                    arguments[i] = where.getTranslation(term.key());
                }
            }
            String text = where.getTranslation("error." + coded.code(), arguments);
            if (!text.startsWith("!")) {
                return text;
            }
        }
        if (e instanceof InvalidTextException t) {
            return switch (t.reason()) {
                case SURROGATE -> where.getTranslation("text.invalid.SURROGATE", t.field(), t.position());
                case CONTROL -> where.getTranslation("text.invalid.CONTROL", t.field(), t.position());
                case TOO_LONG -> where.getTranslation("text.invalid.TOO_LONG", t.field(), t.length(), t.max());
            };
        }
        if (e instanceof AccessDeniedException && !(e instanceof CodedError)) {
            return where.getTranslation("error.forbidden");
        }
        if (Translations.rightToLeft(locale(where))) {
            LOG.info("Error without a translation shown as the general message: {}", e.getMessage());
            return where.getTranslation("error.generic");
        }
        return e.getMessage() == null ? where.getTranslation("error.generic") : e.getMessage();
    }

    private static java.util.Locale locale(Component where) {
        return where.getUI().or(() -> java.util.Optional.ofNullable(UI.getCurrent())).map(UI::getLocale)
                .orElse(Translations.ENGLISH);
    }

    /** Shows {@link #text} as an error notification. */
    public static void show(Component where, RuntimeException e) {
        Notifications.error(text(where, e));
    }
}
