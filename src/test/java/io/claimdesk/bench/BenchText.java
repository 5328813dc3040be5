package io.claimdesk.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Realistic Arabic and English news sentences from our own templates and vocabulary, for benchmark data. Each
 * sentence is a checkable claim: who said what, when, with a number.
 */
final class BenchText {

    static final List<String> AR_VERBS = List.of("أعلن", "أكد", "قال", "نفى", "كشف", "أوضح", "ذكر");
    static final List<String> AR_SUBJECTS = List.of("وزير الزراعة", "وزيرة الصحة", "رئيس الوزراء",
            "مستشار الأمن القومي", "المتحدث باسم الحكومة", "محافظ البنك المركزي", "رئيس هيئة الإحصاء",
            "وزير المالية", "محافظ العاصمة", "نقيب المعلمين", "وزير النقل", "رئيسة البلدية");
    static final List<String> AR_NAMES = List.of("قاسم الأعرجي", "ليلى حداد", "سامي النجار", "هدى الخطيب",
            "عمر القاسم", "إيمان الزعبي", "خالد المصري", "رنا العلي", "يوسف البدري", "سلمى عيسى", "مؤيد الطائي");
    static final List<String> AR_DAYS = List.of("الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس",
            "الجمعة", "السبت");
    static final List<String> AR_PLACES = List.of("بغداد", "عمّان", "القاهرة", "بيروت", "الرباط", "تونس",
            "البصرة", "إربد", "الإسكندرية", "طرابلس");
    static final List<String> AR_TOPICS = List.of(
            "أن إنتاج القمح ارتفع بنسبة %d في المئة هذا العام",
            "أن معدل البطالة تراجع إلى %d في المئة خلال الربع الأخير",
            "أن الحكومة ستوزع %d ألف طن من البذور على المزارعين قبل نهاية تشرين الأول",
            "افتتاح %d مدرسة جديدة في المحافظات الجنوبية",
            "أن عدد السياح تجاوز %d ألف زائر خلال الصيف الماضي",
            "أن أسعار الوقود لن ترتفع قبل نهاية العام رغم ارتفاع الكلفة %d مرات",
            "انتهاء المهام القتالية لقوات التحالف الدولي بعد %d عاما من الوجود",
            "أن صادرات النفط بلغت %d مليون برميل شهريا",
            "أن مشروع السكة الحديد سيكتمل خلال %d أشهر",
            "أن نسبة التضخم بلغت %d في المئة في الربع الأخير",
            "أن المستشفيات الحكومية استقبلت %d ألف مريض منذ بداية العام",
            "أن الأمطار تراجعت إلى أدنى مستوى منذ %d عاما",
            "توقيع اتفاقية لبناء %d وحدة سكنية للأسر ذات الدخل المحدود",
            "أن الدين العام انخفض بمقدار %d مليار دولار");
    static final List<String> AR_FILLER = List.of(
            "وجاء ذلك في مؤتمر صحفي عقد في مقر الوزارة.",
            "ولم يصدر أي تعليق فوري من المعارضة على هذه التصريحات.",
            "ويأتي ذلك في ظل أوضاع اقتصادية صعبة تمر بها المنطقة.",
            "وأشار مراقبون إلى أن الأرقام تحتاج إلى تدقيق مستقل.");

    static final List<String> EN_VERBS = List.of("announced", "said", "claimed", "denied", "confirmed", "stated",
            "reported");
    static final List<String> EN_SUBJECTS = List.of("the agriculture minister", "the health minister",
            "the prime minister", "the national security adviser", "a government spokesperson",
            "the central bank governor", "the head of the statistics office", "the finance minister",
            "the mayor", "the teachers' union leader", "the transport minister");
    static final List<String> EN_NAMES = List.of("Laila Haddad", "Sami Najjar", "Huda Khatib", "Omar Qasim",
            "Iman Zoubi", "Khaled Masri", "Rana Ali", "Youssef Badri", "Salma Issa", "Peter Grant", "Maria Lopez");
    static final List<String> EN_DAYS = List.of("on Sunday", "on Monday", "on Tuesday", "on Wednesday",
            "on Thursday", "on Friday", "on Saturday");
    static final List<String> EN_PLACES = List.of("Baghdad", "Amman", "Cairo", "Beirut", "Rabat", "Tunis",
            "Basra", "Irbid", "Alexandria", "Tripoli");
    static final List<String> EN_TOPICS = List.of(
            "that wheat production rose by %d percent this year",
            "that unemployment fell to %d percent in the last quarter",
            "that the government will hand out %d thousand tonnes of seed to farmers before October",
            "the opening of %d new schools in the southern provinces",
            "that tourist numbers passed %d thousand visitors last summer",
            "that fuel prices will not rise before the end of the year despite costs rising %d times",
            "the end of the coalition's combat mission after %d years",
            "that oil exports reached %d million barrels a month",
            "that the railway project will be finished within %d months",
            "that inflation reached %d percent in the last quarter",
            "that public hospitals treated %d thousand patients since January",
            "that rainfall dropped to its lowest level in %d years",
            "a deal to build %d homes for low-income families",
            "that public debt fell by %d billion dollars");
    static final List<String> EN_FILLER = List.of(
            "The remarks came at a press conference at the ministry.",
            "The opposition did not immediately comment on the statement.",
            "The figures come amid a difficult economic situation in the region.",
            "Observers said the numbers need independent verification.");

    static final List<String> AR_TAGS = List.of("اقتصاد", "صحة", "زراعة", "أمن", "تعليم", "طاقة", "نقل");
    static final List<String> EN_TAGS = List.of("economy", "health", "agriculture", "security", "education",
            "energy", "transport");

    private BenchText() {
    }

    /** One claim sentence; {@code parts[0]} is the claimant. */
    static String[] sentence(SplittableRandom r, boolean arabic) {
        if (arabic) {
            String who = pick(r, AR_SUBJECTS) + " " + pick(r, AR_NAMES);
            String s = pick(r, AR_VERBS) + " " + who + "، " + pick(r, AR_DAYS) + "، "
                    + String.format(pick(r, AR_TOPICS), 2 + r.nextInt(400)) + " في " + pick(r, AR_PLACES) + ".";
            return new String[]{who, s};
        }
        String who = pick(r, EN_SUBJECTS) + " " + pick(r, EN_NAMES);
        String s = capitalise(who) + " " + pick(r, EN_VERBS) + " " + pick(r, EN_DAYS) + " "
                + String.format(pick(r, EN_TOPICS), 2 + r.nextInt(400)) + " in " + pick(r, EN_PLACES) + ".";
        return new String[]{capitalise(who), s};
    }

    static String filler(SplittableRandom r, boolean arabic) {
        return pick(r, arabic ? AR_FILLER : EN_FILLER);
    }

    static String tag(SplittableRandom r, boolean arabic) {
        return pick(r, arabic ? AR_TAGS : EN_TAGS);
    }

    /** An article of about {@code words} words (claim sentences and filler). */
    static String article(SplittableRandom r, boolean arabic, int words) {
        StringBuilder b = new StringBuilder();
        int count = 0;
        while (count < words) {
            String s = r.nextInt(3) == 0 ? filler(r, arabic) : sentence(r, arabic)[1];
            b.append(s).append(r.nextInt(4) == 0 ? "\n" : " ");
            count += s.split(" ").length;
        }
        return b.toString().strip();
    }

    static <T> T pick(SplittableRandom r, List<T> items) {
        return items.get(r.nextInt(items.size()));
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
