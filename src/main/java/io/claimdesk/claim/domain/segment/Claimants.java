package io.claimdesk.claim.domain.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who makes a claim: the subject of a reporting verb in the claim's text (issue 17), to pre-fill
 * {@code claimant} when a claim is created from a suggestion. Precision over recall: no answer is better than a
 * wrong one, and the checker can always edit it.
 *
 * <ul>
 *   <li>Arabic: a reporting verb ({@code قال، أعلن، أكد، أضاف، أوضح ...}, with or without {@code و}/{@code ف}) followed
 *       by its subject, which ends at a comma, a colon, {@code إن/أن} or a preposition. Titles before the name are
 *       dropped: the name starts at the first word that is neither a known title nor a word with the article
 *       {@code ال} ("قال مستشار الأمن القومي قاسم الأعرجي" → "قاسم الأعرجي"). A subject of one word that is not a
 *       title is a name by itself ("وقال الأعرجي" → "الأعرجي").</li>
 *   <li>English: an apposition before the verb ("the minister, Ali Hassan, said" → "Ali Hassan"), capitalised
 *       words right before the verb ("Ali Hassan said") or right after it ("said Ali Hassan").</li>
 * </ul>
 */
public final class Claimants {

    private static final Set<String> ARABIC_VERBS = Set.of("قال", "قالت", "أعلن", "أعلنت", "أكد", "أكدت", "أضاف",
            "أضافت", "أوضح", "أوضحت", "صرح", "صرحت", "ذكر", "ذكرت", "كشف", "كشفت", "أفاد", "أفادت", "زعم", "زعمت",
            "اعتبر", "اعتبرت", "أشار", "أشارت", "نفى", "نفت", "حذر", "حذرت", "أكّد", "أكّدت", "صرّح", "صرّحت",
            "يقول", "تقول");
    /** Words that end an Arabic subject phrase: complementisers, prepositions, time words. */
    private static final Set<String> ARABIC_STOPS = Set.of("إن", "أن", "ان", "إنه", "أنه", "إنها", "أنها", "إنهم",
            "أنهم", "عبر", "في", "على", "خلال", "أمام", "إلى", "الى", "بعد", "قبل", "عن", "لـ", "اليوم", "أمس",
            "السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "لوكالة", "لصحيفة",
            "لقناة", "للصحفيين", "بأن", "بان");
    /** Titles and roles that come before a name. */
    private static final Set<String> ARABIC_TITLES = Set.of("مستشار", "وزير", "وزيرة", "رئيس", "رئيسة", "مدير",
            "مديرة", "نائب", "عضو", "سفير", "سفيرة", "قائد", "محافظ", "أمين", "مسؤول", "مسؤولة", "متحدث", "متحدثة",
            "ناطق", "الناطق", "المتحدث", "المتحدثة", "الوزير", "الوزيرة", "الرئيس", "الرئيسة", "المدير", "السفير",
            "النائب", "القائد", "المحافظ", "الأمين", "المسؤول", "المستشار", "الشيخ", "السيد", "السيدة", "الدكتور",
            "الدكتورة", "د.", "أ.", "م.", "اللواء", "العميد", "العقيد", "الفريق", "العاهل", "الملك", "الأمير",
            "رئيس الوزراء", "باسم", "المبعوث", "مبعوث", "مندوب", "المندوب", "خبير", "الخبير", "مصدر", "المصدر");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ARABIC_WORD = Pattern.compile("[\\p{IsArabic}\\p{L}\\p{M}.]+|[،,:؛]");

    private static final String NAME = "(?:[A-Z][\\p{L}'’.-]+\\s+){0,3}[A-Z][\\p{L}'’.-]+";
    private static final String VERB = "(?:said|says|told|announced|claimed|stated|added|insisted|warned)";
    private static final Pattern ENGLISH_APPOSITION = Pattern.compile(",\\s+(" + NAME + "),\\s+" + VERB + "\\b");
    private static final Pattern ENGLISH_BEFORE = Pattern.compile("(?:^|[^\\p{L}])(" + NAME + ")\\s+" + VERB + "\\b");
    private static final Pattern ENGLISH_AFTER = Pattern.compile("\\b" + VERB + "\\s+(" + NAME + ")");
    private static final Set<String> ENGLISH_NOT_NAMES = Set.of("The", "A", "An", "He", "She", "It", "They", "We",
            "I", "You", "This", "That", "Officials", "Police", "Reuters", "AFP", "AP");

    private Claimants() {
    }

    /**
     * The claimant named in {@code text}, if one is found.
     *
     * @param text     a sentence or clause (canonical text)
     * @param language BCP 47 tag of the text ({@code ar}, {@code en}, ...)
     * @return the claimant's name as written in the text, or empty
     */
    public static Optional<String> find(String text, String language) {
        return language.toLowerCase(Locale.ROOT).startsWith("ar") ? arabic(text) : english(text);
    }

    static Optional<String> arabic(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = ARABIC_WORD.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (!isReportingVerb(tokens.get(i))) {
                continue;
            }
            List<String> subject = new ArrayList<>();
            for (int j = i + 1; j < tokens.size() && subject.size() < 8; j++) {
                String t = tokens.get(j);
                if ((t.length() == 1 && "،,:؛".indexOf(t.charAt(0)) >= 0) || ARABIC_STOPS.contains(t)) {
                    break;
                }
                subject.add(t);
            }
            Optional<String> name = nameOf(subject);
            if (name.isPresent()) {
                return name;
            }
        }
        return Optional.empty();
    }

    private static boolean isReportingVerb(String token) {
        if (ARABIC_VERBS.contains(token)) {
            return true;
        }
        return (token.startsWith("و") || token.startsWith("ف")) && ARABIC_VERBS.contains(token.substring(1));
    }

    private static Optional<String> nameOf(List<String> subject) {
        if (subject.isEmpty()) {
            return Optional.empty();
        }
        if (subject.size() == 1) {
            String only = subject.get(0);
            return ARABIC_TITLES.contains(only) || only.endsWith(".") ? Optional.empty() : Optional.of(only);
        }
        for (int k = 0; k < subject.size(); k++) {
            String w = subject.get(k);
            if (!ARABIC_TITLES.contains(w) && !w.startsWith("ال") && !w.endsWith(".")) {
                List<String> name = subject.subList(k, Math.min(subject.size(), k + 4));
                return Optional.of(String.join(" ", name));
            }
        }
        return Optional.empty();
    }

    static Optional<String> english(String text) {
        for (Pattern p : List.of(ENGLISH_APPOSITION, ENGLISH_BEFORE, ENGLISH_AFTER)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                String name = m.group(1).strip();
                String first = SPACES.split(name, 2)[0];
                if (!ENGLISH_NOT_NAMES.contains(first)) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }
}
