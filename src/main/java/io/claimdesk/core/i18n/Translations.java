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
    /** One bundle per feature, so features add strings without touching each other's files. */
    static final List<String> BUNDLES = List.of("i18n.messages", "i18n.article", "i18n.claim", "i18n.evidence",
            "i18n.review", "i18n.report", "i18n.search", "i18n.notification", "i18n.errors");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(ENGLISH, ARABIC);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return text(key, locale, params);
    }

    /** The text of {@code key} in {@code locale} (English or Arabic), as {@link #getTranslation}; for code outside
     * a Vaadin UI (e.g. the English {@code detail} of an API error). A missing key reads {@code !key!}. */
    public static String text(String key, Locale locale, Object... params) {
        String pattern = null;
        for (String name : BUNDLES) {
            ResourceBundle bundle = bundle(name, locale);
            if (bundle != null && bundle.containsKey(key)) {
                pattern = bundle.getString(key);
                break;
            }
        }
        if (pattern == null) {
            return "!" + key + "!";
        }
        if (params.length == 0) {
            return pattern;
        }
        MessageFormat format = new MessageFormat(pattern, formatLocale(locale));
        java.text.Format[] formats = format.getFormatsByArgumentIndex();
        for (int i = 0; i < formats.length && i < params.length; i++) {
            if (formats[i] == null && params[i] instanceof Long) {
                format.setFormatByArgumentIndex(i, IDENTIFIER);
            }
        }
        return format.format(params);
    }

    /**
     * A {@code long} argument in a plain placeholder ({@code {0}}) is a database identifier or a version (claim
     * #1459, model version 12): written without grouping separators, which MessageFormat would otherwise add
     * ("#1,459"). Counts are passed as {@code int} or already formatted.
     */
    private static final java.text.Format IDENTIFIER = new java.text.Format() {
        @Override
        public StringBuffer format(Object obj, StringBuffer to, java.text.FieldPosition pos) {
            return to.append(obj);
        }

        @Override
        public Object parseObject(String source, java.text.ParsePosition pos) {
            int start = pos.getIndex();
            int end = start;
            while (end < source.length() && Character.isDigit(source.charAt(end))) {
                end++;
            }
            if (end == start) {
                pos.setErrorIndex(start);
                return null;
            }
            pos.setIndex(end);
            return Long.valueOf(source.substring(start, end));
        }
    };

    /**
     * Numbers in UI strings use Latin digits in Arabic too (ar-u-nu-latn), as the articles and the newsroom do;
     * mixing Arabic-Indic digits into a page full of Latin ones confuses readers.
     */
    static Locale formatLocale(Locale locale) {
        return rightToLeft(locale) ? Locale.forLanguageTag("ar-u-nu-latn") : locale;
    }

    /** The supported locale for a language tag ({@code ar} or anything else meaning English). */
    public static Locale localeOf(String language) {
        return "ar".equals(language) ? ARABIC : ENGLISH;
    }

    /** Whether text in this UI locale runs right to left. */
    public static boolean rightToLeft(Locale locale) {
        return "ar".equals(locale.getLanguage());
    }

    private static ResourceBundle bundle(String name, Locale locale) {
        Locale supported = rightToLeft(locale) ? ARABIC : Locale.ROOT;
        try {
            return ResourceBundle.getBundle(name, supported, Translations.class.getClassLoader(), NO_FALLBACK);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
