package io.claimdesk.article.domain.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {

    private final LanguageDetector detector = new LanguageDetector();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "قال المتحدث باسم الوزارة إن المحطة ستعمل الشهر المقبل.|ar",
        "أعلنت شركة Apple عن هاتف iPhone 17 الجديد بسعر 999 دولارا في مؤتمر WWDC 2026.|ar",
        "The city council voted on Tuesday to approve the plan for the new bridge.|en",
        "Le conseil municipal a voté mardi pour le projet de la nouvelle passerelle.|fr",
        "El consejo de la ciudad aprobó el plan para el nuevo puente que se construirá.|es",
        "Der Stadtrat hat am Dienstag den Plan für die neue Brücke genehmigt und ist zufrieden.|de",
        "این یک گزارش کوتاه درباره پروژه آب در شهر است که چند روز پیش منتشر شد.|fa",
        "یہ پانی کے منصوبے کے بارے میں ایک مختصر رپورٹ ہے جو کل شائع ہوئی۔|ur",
        "מועצת העיר אישרה את התוכנית לגשר החדש.|he",
        "Городской совет одобрил планы строительства нового моста и выделил деньги.|ru",
        "Міська рада схвалила план будівництва нового мосту.|uk",
        "Το δημοτικό συμβούλιο ενέκρινε το σχέδιο.|el",
        "市议会批准了新桥的计划。|zh",
        "市議会は新しい橋の計画を承認しました。|ja",
        "12 34 56 !!|und",
        "xq zv brt plk|und"})
    void language_is_detected_by_script_and_letter_statistics(String text, String expected) {
        assertThat(detector.detect(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Δελφοί London|el", // 6 Greek, 6 Latin letters: Greek (14) before Latin (25)
        "мир 和平世|und", // 3 Cyrillic, 3 Han: Cyrillic (8) before Han (17), and no Ukrainian or Russian letter
        "мир 和平世界|zh"})
    void a_tie_between_scripts_goes_to_the_lower_icu_script_code(String text, String expected) {
        assertThat(detector.detect(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"ar,RTL", "fa,RTL", "ur,RTL", "he,RTL", "dv,RTL", "syr,RTL", "en,LTR", "fr,LTR", "zh,LTR", "und,LTR",
        "ar-EG,RTL"})
    void direction_comes_from_icu_script_data(String language, TextDirection expected) {
        assertThat(detector.direction(language)).isEqualTo(expected);
    }

    @Test
    void direction_code_is_the_html_dir_value() {
        assertThat(TextDirection.RTL.code()).isEqualTo("rtl");
        assertThat(TextDirection.LTR.code()).isEqualTo("ltr");
    }
}
