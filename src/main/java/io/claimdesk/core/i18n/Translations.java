package io.claimdesk.core.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Component;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every UI string of Claimdesk comes from the bundles {@code i18n/messages.properties} (English) and
 * {@code i18n/messages_ar.properties} (Arabic), read as UTF-8 (Java 9+ property bundles). Parameters use
 * {@link MessageFormat} in the requested locale. A missing key is shown as {@code !key!} so it is easy to spot.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale ARABIC = Locale.forLanguageTag("ar");
    private static final String BUNDLE = "i18n.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(ENGLISH, ARABIC);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        ResourceBundle bundle = bundle(locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
    }

    /** The supported locale for a language tag ({@code ar} or anything else meaning English). */
    public static Locale localeOf(String language) {
        return "ar".equals(language) ? ARABIC : ENGLISH;
    }

    /** Whether text in this UI locale runs right to left. */
    public static boolean rightToLeft(Locale locale) {
        return "ar".equals(locale.getLanguage());
    }

    private static ResourceBundle bundle(Locale locale) {
        Locale supported = rightToLeft(locale) ? ARABIC : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, supported, Translations.class.getClassLoader(), NO_FALLBACK);
    }
}
