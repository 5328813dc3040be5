package io.claimdesk.core.domain;

import io.claimdesk.core.i18n.Translations;
import org.jspecify.annotations.Nullable;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * An error a service raises with a stable code and arguments instead of a finished sentence (issue 13), so the
 * UI shows it in the user's language and the API sends the English text as {@code detail} with the {@code code}
 * beside it. The texts live in the bundle {@code i18n/errors.properties} (English) and
 * {@code i18n/errors_ar.properties} (Arabic) under {@code error.<code>}, as {@link MessageFormat} patterns.
 */
public interface CodedError {

    /** The bundle holding the error texts, one key {@code error.<code>} per code. */
    String BUNDLE = "i18n.errors";

    /** The stable code, e.g. {@code claim.locked.approved}; null for an error raised with a plain sentence. */
    @Nullable String code();

    /** The arguments of the message pattern ({0}, {1}, ...), already as text or numbers. */
    Object[] arguments();

    /**
     * The English text of a code, for exception messages and the API's {@code detail}.
     *
     * @throws IllegalArgumentException when the bundle has no text for the code (a programming error)
     */
    static String english(String code, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, Locale.ROOT,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString("error." + code);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("No text for error code " + code + " in " + BUNDLE, e);
        }
        Object[] args = plain(arguments);
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Term term) {
                args[i] = Translations.text(term.key(), Translations.ENGLISH);
            }
        }
        return new MessageFormat(pattern, Locale.ENGLISH).format(args);
    }

    /**
     * An argument that is itself a text of the UI bundles ({@code i18n/*.properties}), e.g. the name of a status
     * ({@code review.status.APPROVED}): shown in the reader's language, never as an English word inside another
     * language's sentence. {@link #english} and the UI ({@code core.ui.ErrorMessages}) resolve it.
     *
     * @param key the bundle key
     */
    record Term(String key) {
        @Override
        public String toString() {
            return Translations.text(key, Translations.ENGLISH);
        }
    }

    /**
     * Arguments as the patterns expect them: numbers (ids, versions, lengths) as plain digits, never grouped
     * ("1234", not "1,234"), everything else as given.
     */
    static Object[] plain(Object[] arguments) {
        Object[] out = arguments.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof Number n) {
                out[i] = n.toString();
            }
        }
        return out;
    }
}
