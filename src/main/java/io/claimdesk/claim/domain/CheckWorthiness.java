package io.claimdesk.claim.domain;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Check-worthiness of one sentence (or clause): a score in [0, 1] and the reasons behind it.
 *
 * <p>This is a <b>transparent, rule-based score, not a trained model</b>. Its features are inspired by ClaimBuster
 * (N. Hassan, F. Arslan, C. Li, M. Tremayne, "Toward Automated Fact-Checking: Detecting Check-worthy Factual Claims
 * by ClaimBuster", KDD 2017), where numbers, attributions and named entities mark check-worthy factual sentences,
 * and by the CLEF CheckThat! lab's check-worthiness tasks (2018 onwards, Arabic and English). The rule:
 * <pre>
 *   positive = min(1, sum of the weights of the positive reasons found)   (each reason counts once)
 *   score    = clamp(positive - sum of the penalties found, 0, 1), rounded to 3 decimals
 *   check-worthy when score >= {@value #THRESHOLD}
 * </pre>
 * Weights (see {@link Reason#weight()}): NUMBER 0.25, PERCENTAGE 0.15, DATE 0.15, CLAIMANT_REPORTING_VERB 0.30,
 * QUANTITY 0.15, COMPARISON 0.15, FUTURE_COMMITMENT 0.20, NAMED_ENTITY 0.20; penalties QUESTION -0.50,
 * OPINION -0.40, TOO_SHORT -0.40 (fewer than {@value #MIN_WORDS} words).
 *
 * <p>Arabic is matched on a normalised copy (the input is never changed): ICU NFKC (folds presentation forms, as in
 * text extracted from PDF), harakat and other combining marks and tatweel removed, alef variants (أ إ آ ٱ) to ا,
 * hamza on waw/yeh (ؤ ئ) to و ي, alef maksura to ي, teh marbuta to ه, Arabic-Indic digits to ASCII. Words may carry
 * the clitics و ف (conjunction) and ب ل ك (preposition); lexicon entries are matched with and without them.
 * The lexicons are heuristics written for news text: named entities in Arabic are recognised only through title,
 * organisation and a small gazetteer of country and city names (Arabic has no capital letters); in English through
 * capitalised words after the first and title words. The future prefix سـ is only detected on words of the shape
 * س + ي/ت/ن + at least three letters that are not in a list of common nouns (سياسة، سيارة، سنة ...).
 *
 * <p>Thread-safe; stateless.
 */
public final class CheckWorthiness {

    /** Score at or above which a sentence is suggested as check-worthy. */
    public static final double THRESHOLD = 0.5;
    /** Sentences with fewer words get the {@link Reason#TOO_SHORT} penalty. */
    public static final int MIN_WORDS = 5;

    /** Why a sentence scored as it did; a negative weight is a penalty. */
    public enum Reason {
        NUMBER(0.25),
        PERCENTAGE(0.15),
        DATE(0.15),
        CLAIMANT_REPORTING_VERB(0.30),
        QUANTITY(0.15),
        COMPARISON(0.15),
        FUTURE_COMMITMENT(0.20),
        NAMED_ENTITY(0.20),
        QUESTION(-0.50),
        OPINION(-0.40),
        TOO_SHORT(-0.40);

        private final double weight;

        Reason(double weight) {
            this.weight = weight;
        }

        /** Contribution to the score: positive for evidence of a factual claim, negative for a penalty. */
        public double weight() {
            return weight;
        }
    }

    /**
     * The result for one sentence.
     *
     * @param score   in [0, 1]
     * @param reasons the reasons found, in {@link Reason} declaration order, positive ones first
     */
    public record Assessment(double score, List<Reason> reasons) {

        public Assessment {
            reasons = List.copyOf(reasons);
        }

        /** Whether {@code score >= THRESHOLD}. */
        public boolean checkWorthy() {
            return score >= THRESHOLD;
        }
    }

    private CheckWorthiness() {
    }

    /**
     * Whether an Arabic word (with or without a conjunction or preposition clitic, any hamza or teh-marbuta
     * spelling) is a reporting verb of this rule's lexicon (قال, أعلن, أكد, صرح, ... in past and present forms, بحسب,
     * وفقا): the words after it usually name the claimant ("checked before" reads names there, issue 18).
     */
    public static boolean isArabicReportingVerb(String word) {
        return Arabic.anyIn(Arabic.variants(Arabic.normalise(word)), Arabic.REPORTING);
    }

    /**
     * Whether an Arabic word is a title or an institution or country word of this rule's lexicon (وزير, الرئيس,
     * الحكومة, مصر, ...): it stands before or for a name but is not one.
     */
    public static boolean isArabicTitle(String word) {
        return Arabic.anyIn(Arabic.variants(Arabic.normalise(word)), Arabic.TITLES);
    }

    /**
     * Scores {@code sentence}.
     *
     * @param language BCP 47 tag of the article ({@code ar}, {@code en}, ...); for another language the rules are
     *                 chosen by script (Arabic letters present: Arabic rules, else English rules)
     */
    public static Assessment assess(String sentence, String language) {
        String lang = language.toLowerCase(Locale.ROOT);
        boolean arabic = lang.startsWith("ar") || (!lang.startsWith("en") && containsArabic(sentence));
        EnumSet<Reason> found = EnumSet.noneOf(Reason.class);
        String trimmed = sentence.strip();
        if (arabic) {
            Arabic.collect(trimmed, found);
        } else {
            English.collect(trimmed, found);
        }
        collectShared(trimmed, found);

        double positive = 0;
        double penalty = 0;
        for (Reason reason : found) {
            if (reason.weight() > 0) {
                positive += reason.weight();
            } else {
                penalty -= reason.weight();
            }
        }
        double score = Math.max(0, Math.min(1, positive) - penalty);
        score = Math.round(Math.min(1, score) * 1000) / 1000.0;
        return new Assessment(score, new ArrayList<>(found));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Shared rules

    private static final Pattern PERCENT_SIGN = Pattern.compile("[%٪]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}]+");
    private static final Pattern YEAR = Pattern.compile("(?<![\\p{Nd}.,٫])(19|20)\\d\\d(?![\\p{Nd}]|[.,٫]\\d)");
    private static final Pattern QUESTION_END = Pattern.compile("[?؟][\\s\"'”’»)\\]]*$");

    private static void collectShared(String sentence, Set<Reason> found) {
        String ascii = asciiDigits(sentence);
        if (hasDigit(ascii)) {
            found.add(Reason.NUMBER);
        }
        if (PERCENT_SIGN.matcher(sentence).find()) {
            found.add(Reason.PERCENTAGE);
        }
        if (YEAR.matcher(ascii).find()) {
            found.add(Reason.DATE);
        }
        if (QUESTION_END.matcher(sentence).find()) {
            found.add(Reason.QUESTION);
        }
        int words = 0;
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            words++;
        }
        if (words < MIN_WORDS) {
            found.add(Reason.TOO_SHORT);
        }
    }

    /** Whether the text has a decimal digit ({@code \\p{Nd}}, as {@link Character#getType}). */
    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    private static boolean containsArabic(String s) {
        return s.codePoints().anyMatch(cp -> UScript.getScript(cp) == UScript.ARABIC);
    }

    private static String asciiDigits(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            int digit = UCharacter.getType(cp) == UCharacterCategory.DECIMAL_DIGIT_NUMBER ? UCharacter.digit(cp) : -1;
            out.appendCodePoint(digit >= 0 ? '0' + digit : cp);
        });
        return out.toString();
    }

    private static Set<String> words(String spaceSeparated) {
        return Set.copyOf(List.of(spaceSeparated.trim().split("\\s+")));
    }

    /** Whether {@code padded} (" w1 w2 ... ") contains one of the phrases as whole words. */
    private static boolean containsPhrase(String padded, List<String> phrases) {
        for (String phrase : phrases) {
            if (phrase.isEmpty()) {
                continue;
            }
            // padded.contains(" " + phrase + " ") without building that string for every phrase of every sentence
            for (int at = padded.indexOf(phrase, 1); at > 0; at = padded.indexOf(phrase, at + 1)) {
                int end = at + phrase.length();
                if (padded.charAt(at - 1) == ' ' && end < padded.length() && padded.charAt(end) == ' ') {
                    return true;
                }
            }
        }
        return false;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Arabic rules

    private static final class Arabic {

        private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

        private static final Set<String> REPORTING = reportingForms();

        private static final List<String> REPORTING_PHRASES = phrases("وفقا ل", "نقلا عن", "في بيان", "في تصريح",
                "في تصريحات");

        private static final Set<String> TITLES = lex("""
                رئيس الرئيس وزير الوزير وزيره الوزيره وزراء مستشار المستشار مستشاره المتحدث الناطق متحدث ناطق
                السفير سفير النائب نائب نواب قائد القائد زعيم الزعيم الملك الامير الشيخ محافظ المحافظ مدير المدير
                مديره وزاره الوزاره الحكومه حكومه البرلمان برلمان الجيش جيش الشرطه منظمه المنظمه وكاله الوكاله
                شركه الشركه مجلس المجلس حزب الحزب البنك المصرف الامم الاتحاد المدعي القاضي المحكمه هيئه الهيئه
                البنتاغون البيت الكرملين الاليزيه الناتو يونيسف اليونيسف داعش طالبان
                العراق العراقي العراقيه ايران الايراني الايرانيه سوريا السوري سوريه مصر المصري المصريه السعوديه
                الاردن الاردني لبنان اللبناني الولايات بريطانيا البريطاني البريطانيه فرنسا الفرنسي روسيا الروسي
                الروسيه الصين الصيني تركيا التركي التركيه اسرائيل الاسرائيلي فلسطين الفلسطيني الفلسطينيه اليمن
                ليبيا تونس المغرب الجزائر قطر الامارات الكويت البحرين السودان المانيا اميركا امريكا الاميركي
                الامريكي الاميركيه الامريكيه واشنطن بغداد دمشق القاهره بيروت الرياض طهران موسكو لندن باريس
                انقره عمان الدوحه ابوظبي الخرطوم
                """);

        private static final Set<String> MONTHS = lex("""
                يناير فبراير ابريل مايو يونيو يونيه يوليو يوليه اغسطس سبتمبر اكتوبر نوفمبر ديسمبر
                شباط اذار نيسان ايار حزيران تموز ايلول
                """);
        /** Month names that are also common words: counted only beside a number or after شهر. */
        private static final Set<String> AMBIGUOUS_MONTHS = lex("مارس آب");
        private static final List<String> MONTH_PHRASES = phrases("كانون الثاني", "كانون الاول", "تشرين الاول",
                "تشرين الثاني");
        private static final Set<String> WEEKDAYS = lex("الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت");
        private static final Set<String> DATE_WORDS = lex("امس اليوم غدا");
        private static final List<String> DATE_PHRASES = phrases("الاسبوع الماضي", "الاسبوع المقبل",
                "الشهر الماضي", "الشهر المقبل", "العام الماضي", "العام المقبل", "العام الحالي", "السنه الماضيه",
                "الشهر الحالي");

        private static final List<String> PERCENT_PHRASES = phrases("في المئه", "في المائه", "بالمئه", "بالمائه");

        private static final Set<String> NUMBER_WORDS = lex("""
                اثنان اثنين ثلاث ثلاثه اربع اربعه خمس خمسه سته سبع سبعه ثماني ثمانيه تسع تسعه عشر عشره عشرات
                مئات الاف الف الفا مليون ملايين مليار مليارات نصف ربع ثلث ضعف
                """);
        private static final Set<String> UNITS = lex("""
                مليون ملايين مليار مليارات الف الاف دولار دولارا دولارات يورو جنيه جنيها دينار دينارا ريال ريالا
                درهم ليره طن اطنان كيلومتر كيلومترا كلم متر مترا برميل شخص اشخاص شخصا قتيل قتلى جريح جرحى جندي
                جنود مواطن مواطنا دوله دول حاله حالات اصابه وظيفه وظائف عامل عمال معلم معلما سجين سجينا مسؤول
                مسؤولين لاجئ لاجئين نازح نازحين صوت اصوات طالب طلاب منزل منازل وحده شجره سيارات اسره
                """);

        private static final Set<String> COMPARATIVES = lex("""
                اكثر اقل اكبر اصغر اعلي ادني اسرع ابطا افضل اسوا اطول اقصر اضعاف ضعف مقارنه
                """);

        private static final List<String> FUTURE_PHRASES = phrases("سوف", "لن", "تعهد", "تعهدت", "تعهدوا", "يعتزم",
                "تعتزم", "يعتزمون", "تعتزمون", "تخطط", "يخطط", "يتعهد", "تتعهد", "وعد", "وعدت", "توعد", "توعدت");
        private static final Pattern FUTURE_PREFIX = Pattern.compile("^س[يتن]\\p{L}{3,}$");
        private static final List<String> FUTURE_PREFIX_NOUNS = phrases("سياس", "سيار", "سيطر", "سيد", "سين",
                "سياق", "سياح", "سيول", "سيف", "سياد", "ستار", "ستوك", "سنو", "سنه", "سنت", "سنغ", "سيناريو", "سيبير",
                "سيرك", "سيول", "ستين", "سته", "ستر", "سنن", "سند", "سنا", "سيرا", "سيره");

        private static final Set<String> OPINION = lex("""
                اعتقد نعتقد اظن نظن ربما يجب ينبغي لعل برايي يبدو اتمني نتمني يفترض المفترض اري نري
                """);
        private static final List<String> OPINION_PHRASES = phrases("في رايي", "من وجهه نظري", "من رايي",
                "على ما يبدو", "اري ان", "نري ان", "في تقديري");

        /** A lexicon of space-separated entries, normalised like the text it is matched against. */
        private static Set<String> lex(String spaceSeparated) {
            return Set.copyOf(words(spaceSeparated).stream().map(Arabic::normalise).toList());
        }

        private static List<String> phrases(String... entries) {
            return java.util.Arrays.stream(entries).map(Arabic::normalise).distinct().toList();
        }

        private static Set<String> reportingForms() {
            Set<String> forms = new HashSet<>();
            // past stem, present stem (after the person prefix), extra explicit forms
            String[][] verbs = {
                    {"قال", "قول"}, {"اعلن", "علن"}, {"اكد", "وكد"}, {"اشار", "شير"}, {"هدد", "هدد"},
                    {"صرح", "صرح"}, {"كشف", "كشف"}, {"اوضح", "وضح"}, {"اضاف", "ضيف"}, {"ذكر", "ذكر"},
                    {"افاد", "فيد"}, {"زعم", "زعم"}, {"حذر", "حذر"}, {"اتهم", "تهم"}, {"اعترف", "عترف"},
                    {"افادت", "فيد"}, {"ابلغ", "بلغ"}, {"اكدت", "وكد"}, {"شدد", "شدد"}, {"نقل", "نقل"},
            };
            for (String[] verb : verbs) {
                String past = verb[0];
                forms.add(past);
                forms.add(past + "ت");
                forms.add(past + "وا");
                forms.add(past + "ا");
                for (String person : List.of("ي", "ت", "ن")) {
                    forms.add(person + verb[1]);
                    forms.add(person + verb[1] + "ون");
                    forms.add(person + verb[1] + "ان");
                }
            }
            forms.addAll(List.of("نفي", "نفت", "نفوا", "ينفي", "تنفي", "ينفون", "نفيا", "بحسب", "حسب", "وفقا",
                    "نقلا", "قالت", "صرحت"));
            return Set.copyOf(forms.stream().map(Arabic::normalise).toList());
        }

        static void collect(String sentence, Set<Reason> found) {
            String normalised = normalise(sentence);
            List<String> tokens = new ArrayList<>();
            Matcher m = WORD.matcher(normalised);
            while (m.find()) {
                tokens.add(m.group());
            }
            StringBuilder paddedBuilder = new StringBuilder(" ");
            for (String token : tokens) {
                paddedBuilder.append(token).append(' ');
            }
            String padded = paddedBuilder.toString();
            String strippedPadded = " " + String.join(" ", tokens.stream().map(Arabic::stripClitics).toList()) + " ";

            for (int i = 0; i < tokens.size(); i++) {
                String token = tokens.get(i);
                List<String> variants = variants(token);
                boolean numberBefore = i > 0 && isNumeric(tokens.get(i - 1));
                boolean numberAfter = i + 1 < tokens.size() && isNumeric(tokens.get(i + 1));
                if (anyIn(variants, REPORTING)) {
                    found.add(Reason.CLAIMANT_REPORTING_VERB);
                }
                if (anyIn(variants, TITLES)) {
                    found.add(Reason.NAMED_ENTITY);
                }
                if (anyIn(variants, MONTHS) || anyIn(variants, WEEKDAYS) || anyIn(variants, DATE_WORDS)) {
                    found.add(Reason.DATE);
                }
                if (anyIn(variants, AMBIGUOUS_MONTHS)
                        && (numberBefore || numberAfter || (i > 0 && stripClitics(tokens.get(i - 1)).equals("شهر")))) {
                    found.add(Reason.DATE);
                }
                if (anyIn(variants, NUMBER_WORDS)) {
                    found.add(Reason.NUMBER);
                }
                if ((isNumeric(token) || anyIn(variants, NUMBER_WORDS)) && i + 1 < tokens.size()
                        && anyIn(variants(tokens.get(i + 1)), UNITS)) {
                    found.add(Reason.QUANTITY);
                }
                if (anyIn(variants, COMPARATIVES)) {
                    found.add(Reason.COMPARISON);
                }
                if (anyIn(variants, FUTURE_PHRASES) || isFuturePrefixed(token)) {
                    found.add(Reason.FUTURE_COMMITMENT);
                }
                if (anyIn(variants, OPINION)) {
                    found.add(Reason.OPINION);
                }
            }
            if (containsPhrase(padded, REPORTING_PHRASES) || containsPhrase(strippedPadded, REPORTING_PHRASES)) {
                found.add(Reason.CLAIMANT_REPORTING_VERB);
            }
            if (containsPhrase(strippedPadded, MONTH_PHRASES) || containsPhrase(strippedPadded, DATE_PHRASES)) {
                found.add(Reason.DATE);
            }
            if (containsPhrase(padded, PERCENT_PHRASES)) {
                found.add(Reason.PERCENTAGE);
            }
            if (containsPhrase(strippedPadded, OPINION_PHRASES)) {
                found.add(Reason.OPINION);
            }
        }

        private static boolean isNumeric(String token) {
            return hasDigit(token);
        }

        private static boolean isFuturePrefixed(String token) {
            String t = token;
            if (t.length() > 4 && (t.charAt(0) == 'و' || t.charAt(0) == 'ف')) {
                t = t.substring(1);
            }
            if (!FUTURE_PREFIX.matcher(t).matches()) {
                return false;
            }
            for (String noun : FUTURE_PREFIX_NOUNS) {
                if (t.startsWith(noun)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean anyIn(List<String> variants, Set<String> lexicon) {
            for (String v : variants) {
                if (lexicon.contains(v)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean anyIn(List<String> variants, List<String> lexicon) {
            for (String v : variants) {
                if (lexicon.contains(v)) {
                    return true;
                }
            }
            return false;
        }

        /** The token, without a conjunction clitic, without a preposition clitic, and both. */
        private static List<String> variants(String token) {
            List<String> out = new ArrayList<>(4);
            out.add(token);
            String rest = token;
            if (rest.length() > 2 && (rest.charAt(0) == 'و' || rest.charAt(0) == 'ف')) {
                rest = rest.substring(1);
                out.add(rest);
            }
            if (rest.length() > 2 && (rest.charAt(0) == 'ب' || rest.charAt(0) == 'ل' || rest.charAt(0) == 'ك')) {
                String noPreposition = rest.substring(1);
                out.add(noPreposition);
                if (rest.charAt(0) == 'ل' && noPreposition.startsWith("ل")) {
                    out.add("ا" + noPreposition); // لل = ل + ال
                }
            }
            return out;
        }

        /** Removes a conjunction clitic and a following preposition clitic before the article ال. */
        private static String stripClitics(String token) {
            String t = token;
            if (t.length() > 3 && (t.charAt(0) == 'و' || t.charAt(0) == 'ف')) {
                t = t.substring(1);
            }
            if (t.length() > 3 && (t.charAt(0) == 'ب' || t.charAt(0) == 'ك') && t.startsWith("ال", 1)) {
                t = t.substring(1);
            }
            return t;
        }

        static String normalise(String s) {
            String nfkc = NFKC.normalize(s);
            StringBuilder out = new StringBuilder(nfkc.length());
            nfkc.codePoints().forEach(cp -> {
                int type = UCharacter.getType(cp);
                if (type == UCharacterCategory.NON_SPACING_MARK || cp == 'ـ') {
                    return;
                }
                switch (cp) {
                    case 'أ', 'إ', 'آ', 'ٱ' -> out.append('ا');
                    case 'ؤ' -> out.append('و');
                    case 'ئ', 'ى' -> out.append('ي');
                    case 'ة' -> out.append('ه');
                    default -> {
                        int digit = type == UCharacterCategory.DECIMAL_DIGIT_NUMBER ? UCharacter.digit(cp) : -1;
                        out.appendCodePoint(digit >= 0 ? '0' + digit : cp);
                    }
                }
            });
            return out.toString();
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // English rules

    private static final class English {

        private static final Set<String> REPORTING = words("""
                said says say announced announces confirmed confirms warned warns threatened threatens claimed claims
                stated states denied denies told reported reports added insisted noted revealed acknowledged admitted
                alleged accused estimated
                """);
        private static final List<String> REPORTING_PHRASES = List.of("according to", "in a statement");

        private static final Set<String> TITLES = words("""
                president minister secretary spokesman spokeswoman spokesperson governor senator mayor chairman
                chairwoman ceo director ministry government parliament police army commission council agency
                prosecutor court union
                """);

        private static final Set<String> MONTHS = words("""
                january february march april june july august september october november december
                """);
        private static final Set<String> WEEKDAYS = words("monday tuesday wednesday thursday friday saturday sunday");
        private static final Set<String> DATE_WORDS = words("yesterday today tomorrow");
        private static final List<String> DATE_PHRASES = List.of("last week", "last month", "last year",
                "next week", "next month", "next year", "this year", "this month", "last quarter");

        private static final List<String> PERCENT_WORDS = List.of("percent", "per cent", "percentage points");
        private static final Set<String> NUMBER_WORDS = words("""
                two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred hundreds
                thousand thousands million millions billion billions trillion dozen dozens half doubled tripled
                """);
        private static final Set<String> UNITS = words("""
                million millions billion billions trillion thousand thousands hundred people persons soldiers troops
                dollars euros pounds tons tonnes km kilometres kilometers miles barrels cases deaths votes jobs
                countries homes houses trees prisoners teachers workers students families children refugees cars
                """);
        private static final Pattern CURRENCY = Pattern.compile("[$€£¥]\\s?\\d");

        private static final List<String> COMPARISON_PHRASES = List.of("more than", "less than", "fewer than",
                "compared with", "compared to", "as many as", "as much as");
        private static final Pattern COMPARATIVE_THAN = Pattern.compile("\\b\\p{L}{3,}er than\\b");
        private static final Pattern SUPERLATIVE = Pattern.compile("\\b\\p{L}{2,}est\\b");
        private static final Set<String> NOT_SUPERLATIVE = words("""
                interest forest protest arrest request suggest honest modest west harvest contest manifest guest nest
                test rest chest quest digest invest attest detest pest vest crest conquest southwest northwest midwest
                everest bucharest budapest inquest unrest behest earnest tempest latest priest jest lest
                """);

        private static final List<String> FUTURE_PHRASES = List.of("will", "won't", "wont", "shall",
                "plans to", "plan to", "planned to", "pledged", "pledges", "vowed", "vows", "promised", "promises",
                "intends to", "is going to", "are going to", "is set to", "are set to", "is expected to");

        private static final List<String> OPINION_PHRASES = List.of("i think", "i believe", "we believe",
                "i feel", "should", "might", "in my opinion", "in our opinion", "in my view", "in our view",
                "perhaps", "maybe", "ought to", "it seems", "we must", "i hope", "we hope");

        /** A word, number or amount of an English sentence; "best" or "worst" as words. */
        private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{Nd}'’$€£%.,-]+");
        private static final Pattern BEST_OR_WORST = Pattern.compile("\\b(best|worst)\\b");

        static void collect(String sentence, Set<Reason> found) {
            String lower = sentence.toLowerCase(Locale.ROOT);
            List<String> tokens = new ArrayList<>();
            List<String> original = new ArrayList<>();
            Matcher m = TOKEN.matcher(sentence);
            while (m.find()) {
                String raw = stripEdges(m.group());
                if (!raw.isEmpty()) {
                    original.add(raw);
                    tokens.add(raw.toLowerCase(Locale.ROOT).replace('’', '\''));
                }
            }
            String padded = " " + String.join(" ", tokens).replace("'s ", " ") + " ";

            for (int i = 0; i < tokens.size(); i++) {
                String token = tokens.get(i);
                boolean numeric = hasDigit(token);
                boolean numberAround = (i > 0 && hasDigit(tokens.get(i - 1)))
                        || (i + 1 < tokens.size() && hasDigit(tokens.get(i + 1)));
                if (REPORTING.contains(token)) {
                    found.add(Reason.CLAIMANT_REPORTING_VERB);
                }
                if (TITLES.contains(token)) {
                    found.add(Reason.NAMED_ENTITY);
                }
                if (i > 0 && isCapitalised(original.get(i)) && !original.get(i).equals("I")) {
                    found.add(Reason.NAMED_ENTITY);
                }
                if (MONTHS.contains(token) || WEEKDAYS.contains(token) || DATE_WORDS.contains(token)
                        || (token.equals("may") && original.get(i).equals("May") && numberAround)) {
                    found.add(Reason.DATE);
                }
                if (NUMBER_WORDS.contains(token)) {
                    found.add(Reason.NUMBER);
                }
                if ((numeric || NUMBER_WORDS.contains(token)) && i + 1 < tokens.size()
                        && UNITS.contains(tokens.get(i + 1))) {
                    found.add(Reason.QUANTITY);
                }
            }
            if (CURRENCY.matcher(sentence).find()) {
                found.add(Reason.QUANTITY);
            }
            if (containsPhrase(padded, REPORTING_PHRASES)) {
                found.add(Reason.CLAIMANT_REPORTING_VERB);
            }
            if (containsPhrase(padded, DATE_PHRASES)) {
                found.add(Reason.DATE);
            }
            if (containsPhrase(padded, PERCENT_WORDS)) {
                found.add(Reason.PERCENTAGE);
            }
            if (containsPhrase(padded, COMPARISON_PHRASES) || COMPARATIVE_THAN.matcher(lower).find()
                    || hasSuperlative(lower)) {
                found.add(Reason.COMPARISON);
            }
            if (containsPhrase(padded, FUTURE_PHRASES)) {
                found.add(Reason.FUTURE_COMMITMENT);
            }
            if (containsPhrase(padded, OPINION_PHRASES)) {
                found.add(Reason.OPINION);
            }
        }

        /** A token without the punctuation at its edges ({@code [.,'’-]}). */
        private static String stripEdges(String token) {
            int from = 0;
            int to = token.length();
            while (from < to && isEdge(token.charAt(from))) {
                from++;
            }
            while (to > from && isEdge(token.charAt(to - 1))) {
                to--;
            }
            return token.substring(from, to);
        }

        private static boolean isEdge(char c) {
            return c == '.' || c == ',' || c == '\'' || c == '’' || c == '-';
        }

        /** An upper-case letter ({@code \\p{Lu}}) followed only by letters, apostrophes, dots and hyphens. */
        private static boolean isCapitalised(String token) {
            int first = token.codePointAt(0);
            if (Character.getType(first) != Character.UPPERCASE_LETTER) {
                return false;
            }
            for (int i = Character.charCount(first); i < token.length(); ) {
                int cp = token.codePointAt(i);
                if (!Character.isLetter(cp) && !(cp < 0x10000 && isEdge((char) cp)) || cp == ',') {
                    return false;
                }
                i += Character.charCount(cp);
            }
            return true;
        }

        private static boolean hasSuperlative(String lower) {
            Matcher m = SUPERLATIVE.matcher(lower);
            while (m.find()) {
                if (!NOT_SUPERLATIVE.contains(m.group())) {
                    return true;
                }
            }
            return BEST_OR_WORST.matcher(lower).find();
        }
    }
}
