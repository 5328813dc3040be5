package io.claimdesk.article.domain.intake;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cheap language identification by script and letter statistics (no models).
 *
 * <p>Letters are counted per script with ICU {@link UScript#getScript(int)}; digits, punctuation and symbols are
 * ignored. Rules, in order:
 * <ol>
 *   <li>Fewer than {@value #MIN_LETTERS} letters: {@code und}.</li>
 *   <li>Arabic script letters are at least {@value #ARABIC_SHARE_PERCENT}% of all letters (so Arabic with Latin
 *       names, acronyms and digits stays Arabic): {@code ur} when Urdu-only letters (ٹ ڈ ڑ ں ے) are at least 1% of
 *       Arabic letters; {@code fa} when Persian letters (پ چ ژ گ ک ی) outnumber the Arabic-only ones (ك ي ة)
 *       and are at least 1%; otherwise {@code ar}.</li>
 *   <li>Otherwise the script with most letters decides (on a tie, the one with the lower ICU {@link UScript} code:
 *       Cyrillic before Han, Greek before Latin). Scripts used by one main language map to it (Hebrew
 *       {@code he}, Greek {@code el}, Thai {@code th}, Georgian {@code ka}, Armenian {@code hy}, Hangul
 *       {@code ko}, Hiragana/Katakana {@code ja}, Han {@code zh} unless kana are present, Devanagari
 *       {@code hi}, Bengali {@code bn}, Tamil {@code ta}, ...). Cyrillic: {@code uk} with і ї є ґ, {@code ru}
 *       with ы э ё, else {@code und}.</li>
 *   <li>Latin: stop-word counts for en, fr, es, de, it, pt, nl, tr; the best wins when it has at least
 *       {@value #MIN_STOPWORDS} hits and 1.5 times the runner-up, else {@code und}.</li>
 * </ol>
 * Codes are ISO 639-1 (BCP 47 primary subtags).
 */
public final class LanguageDetector {

    /** Minimum number of letters to say anything. */
    public static final int MIN_LETTERS = 3;
    /** Share of Arabic-script letters (percent) from which text counts as Arabic-script. */
    public static final int ARABIC_SHARE_PERCENT = 30;
    /** Minimum stop-word hits to name a Latin-script language. */
    public static final int MIN_STOPWORDS = 2;
    /** Code for an undetermined language (BCP 47). */
    public static final String UNDETERMINED = "und";

    private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}\\p{M}']+");

    private static final Map<Integer, String> SCRIPT_LANGUAGE = Map.ofEntries(
            Map.entry(UScript.HEBREW, "he"), Map.entry(UScript.GREEK, "el"), Map.entry(UScript.THAI, "th"),
            Map.entry(UScript.GEORGIAN, "ka"), Map.entry(UScript.ARMENIAN, "hy"), Map.entry(UScript.HANGUL, "ko"),
            Map.entry(UScript.HIRAGANA, "ja"), Map.entry(UScript.KATAKANA, "ja"), Map.entry(UScript.HAN, "zh"),
            Map.entry(UScript.DEVANAGARI, "hi"), Map.entry(UScript.BENGALI, "bn"), Map.entry(UScript.TAMIL, "ta"),
            Map.entry(UScript.TELUGU, "te"), Map.entry(UScript.KANNADA, "kn"), Map.entry(UScript.MALAYALAM, "ml"),
            Map.entry(UScript.GUJARATI, "gu"), Map.entry(UScript.GURMUKHI, "pa"), Map.entry(UScript.SINHALA, "si"),
            Map.entry(UScript.KHMER, "km"), Map.entry(UScript.LAO, "lo"), Map.entry(UScript.MYANMAR, "my"),
            Map.entry(UScript.ETHIOPIC, "am"), Map.entry(UScript.THAANA, "dv"), Map.entry(UScript.SYRIAC, "syr"),
            Map.entry(UScript.TIBETAN, "bo"));

    private static final Map<String, Set<String>> STOPWORDS = new LinkedHashMap<>();

    static {
        STOPWORDS.put("en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "was", "with", "on", "said",
                "are", "by", "it", "has", "have", "this", "from", "will", "would", "not", "were", "their"));
        STOPWORDS.put("fr", Set.of("le", "la", "les", "des", "et", "est", "une", "dans", "que", "qui", "pour", "pas",
                "sur", "au", "du", "avec", "sont", "il", "elle", "ce", "cette", "été"));
        STOPWORDS.put("es", Set.of("el", "los", "las", "y", "es", "una", "en", "que", "del", "por", "para", "con",
                "no", "se", "su", "fue", "como", "más", "pero", "sus", "al"));
        STOPWORDS.put("de", Set.of("der", "die", "das", "und", "ist", "nicht", "ein", "eine", "mit", "von", "zu",
                "den", "dem", "sich", "auf", "für", "auch", "wurde", "sind", "im", "des"));
        STOPWORDS.put("it", Set.of("il", "di", "che", "è", "della", "per", "gli", "con", "una", "sono", "nel",
                "alla", "anche", "del", "dei", "non", "più", "questo"));
        STOPWORDS.put("pt", Set.of("o", "os", "da", "do", "das", "dos", "que", "não", "uma", "com", "para", "em",
                "é", "foi", "mais", "pelo", "pela", "seu", "sua", "ao"));
        STOPWORDS.put("nl", Set.of("de", "het", "een", "en", "van", "is", "niet", "dat", "op", "voor", "met", "zijn",
                "werd", "ook", "naar", "bij", "maar", "om"));
        STOPWORDS.put("tr", Set.of("ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "çok", "daha", "olan",
                "gibi", "ama", "değil", "göre", "kadar"));
    }

    /**
     * @param text any text
     * @return an ISO 639-1 code ({@code ar}, {@code en}, ...), {@code syr} for Syriac, or {@code und}
     */
    public String detect(String text) {
        int[] scripts = new int[UScript.CODE_LIMIT];
        int letters = 0;
        int persian = 0;
        int urdu = 0;
        int arabicOnly = 0;
        int cyrillicUk = 0;
        int cyrillicRu = 0;
        int kana = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!UCharacter.isLetter(cp)) {
                continue;
            }
            letters++;
            int script = UScript.getScript(cp);
            if (script >= 0 && script < scripts.length) {
                scripts[script]++;
            }
            switch (cp) {
                case 'پ', 'چ', 'ژ', 'گ', 'ک', 'ی' -> persian++;
                case 'ٹ', 'ڈ', 'ڑ', 'ں', 'ے' -> urdu++;
                case 'ك', 'ي', 'ة' -> arabicOnly++;
                case 'і', 'ї', 'є', 'ґ', 'І', 'Ї', 'Є', 'Ґ' -> cyrillicUk++;
                case 'ы', 'э', 'ё', 'Ы', 'Э', 'Ё' -> cyrillicRu++;
                default -> {
                }
            }
            if (script == UScript.HIRAGANA || script == UScript.KATAKANA) {
                kana++;
            }
        }
        if (letters < MIN_LETTERS) {
            return UNDETERMINED;
        }
        int arabic = scripts[UScript.ARABIC];
        if (arabic * 100L >= (long) ARABIC_SHARE_PERCENT * letters) {
            if (urdu * 100L >= arabic && urdu > 0) {
                return "ur";
            }
            if (persian > arabicOnly && persian * 100L >= arabic) {
                return "fa";
            }
            return "ar";
        }
        int top = UScript.INVALID_CODE;
        int topCount = -1;
        for (int script = 0; script < scripts.length; script++) {
            if (scripts[script] > 0 && scripts[script] > topCount) {
                top = script;
                topCount = scripts[script];
            }
        }
        if (top == UScript.LATIN) {
            return latinLanguage(text);
        }
        if (top == UScript.CYRILLIC) {
            if (cyrillicUk > 0) {
                return "uk";
            }
            return cyrillicRu > 0 ? "ru" : UNDETERMINED;
        }
        if (top == UScript.HAN && kana > 0) {
            return "ja";
        }
        return SCRIPT_LANGUAGE.getOrDefault(top, UNDETERMINED);
    }

    /**
     * Direction of a language from ICU's likely-subtags data ({@link ULocale#isRightToLeft()}: the locale's
     * script, or its likely script, is written right to left). {@code und} and unknown codes give LTR.
     *
     * @param language a BCP 47 language tag such as {@code ar}, {@code fa}, {@code ur}, {@code he}, {@code en}
     * @return RTL for right-to-left languages, else LTR
     */
    public TextDirection direction(String language) {
        TextDirection known = DIRECTIONS.get(language);
        if (known != null) {
            return known;
        }
        TextDirection direction = ULocale.forLanguageTag(language).isRightToLeft() ? TextDirection.RTL
                : TextDirection.LTR;
        if (DIRECTIONS.size() < MAX_CACHED_DIRECTIONS) { // tags typed by users are not kept without bound
            DIRECTIONS.put(language, direction);
        }
        return direction;
    }

    private static final int MAX_CACHED_DIRECTIONS = 256;
    /** Directions by tag: {@link #detect} gives a few dozen tags, and ICU's likely-subtags look-up is not free. */
    private static final Map<String, TextDirection> DIRECTIONS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String latinLanguage(String text) {
        Map<String, Integer> hits = new HashMap<>();
        for (String word : WORD_SPLIT.split(text.toLowerCase(Locale.ROOT))) {
            if (word.isEmpty()) {
                continue;
            }
            for (Map.Entry<String, Set<String>> e : STOPWORDS.entrySet()) {
                if (e.getValue().contains(word)) {
                    hits.merge(e.getKey(), 1, Integer::sum);
                }
            }
        }
        String best = UNDETERMINED;
        int bestHits = 0;
        int second = 0;
        for (String lang : STOPWORDS.keySet()) {
            int h = hits.getOrDefault(lang, 0);
            if (h > bestHits) {
                second = bestHits;
                bestHits = h;
                best = lang;
            } else if (h > second) {
                second = h;
            }
        }
        if (bestHits >= MIN_STOPWORDS && bestHits * 2 >= second * 3) {
            return best;
        }
        return UNDETERMINED;
    }
}
