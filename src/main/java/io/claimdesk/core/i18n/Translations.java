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
 *
 * <p>Bidi isolation (issue 13): in {@link #text} every text argument with a strong direction (a name, a title, a
 * statement: any letter) is wrapped in FIRST STRONG ISOLATE U+2068 ... POP DIRECTIONAL ISOLATE U+2069, in both
 * languages, so an English title inside an Arabic sentence (or the reverse) keeps the sentence's punctuation on its
 * side ("في: Wheat harvest" no longer shows its colon on the wrong side). Numbers, dates, and texts without letters
 * (formatted counts, identifiers as text) are not wrapped. Outputs that must not carry the invisible marks use
 * {@link #plain} or {@link #withoutIsolates}: the API's {@code detail} and reason texts, stored history notes,
 * e-mail subjects, reports (HTML, PDF) and the public pages.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale ARABIC = Locale.forLanguageTag("ar");
    /** FIRST STRONG ISOLATE: opens an argument whose direction is that of its first strong character. */
    public static final char FSI = '\u2068';
    /** POP DIRECTIONAL ISOLATE: closes it. */
    public static final char PDI = '\u2069';
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

    /**
     * The text of {@code key} in {@code locale} (English or Arabic), as {@link #getTranslation}, its text arguments
     * isolated (see the class comment). A missing key reads {@code !key!}.
     */
    public static String text(String key, Locale locale, Object... params) {
        return format(key, locale, true, params);
    }

    /**
     * The text of {@code key} without bidi isolates around its arguments: for outputs that are not the workbench's
     * UI (the API's {@code detail}, stored history notes, e-mail subjects, reports, the public pages).
     */
    public static String plain(String key, Locale locale, Object... params) {
        return format(key, locale, false, params);
    }

    /** {@code text} without the isolates {@link #text} puts around arguments (FSI, PDI; also LRI and RLI). */
    public static String withoutIsolates(String text) {
        if (text.indexOf(FSI) < 0 && text.indexOf(PDI) < 0 && text.indexOf('\u2066') < 0
                && text.indexOf('\u2067') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != FSI && c != PDI && c != '\u2066' && c != '\u2067') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code value} between FSI and PDI. */
    public static String isolate(String value) {
        return FSI + value + PDI;
    }

    /** Whether {@code value} holds a character of strong direction (a letter of a left-to-right or RTL script). */
    static boolean hasStrongDirection(CharSequence value) {
        return value.codePoints().anyMatch(c -> {
            byte d = Character.getDirectionality(c);
            return d == Character.DIRECTIONALITY_LEFT_TO_RIGHT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
        });
    }

    private static String format(String key, Locale locale, boolean isolate, Object... params) {
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
        Object[] arguments = params;
        for (int i = 0; i < formats.length && i < params.length; i++) {
            if (formats[i] == null && params[i] instanceof Long) {
                format.setFormatByArgumentIndex(i, IDENTIFIER);
            } else if (isolate && formats[i] == null && params[i] instanceof CharSequence text
                    && hasStrongDirection(text)) {
                if (arguments == params) {
                    arguments = params.clone();
                }
                arguments[i] = isolate(text.toString());
            }
        }
        return format.format(arguments);
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
