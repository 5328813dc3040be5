package io.claimdesk.article.domain.intake;

import static io.claimdesk.article.domain.intake.Fixtures.bytes;
import static io.claimdesk.article.domain.intake.Fixtures.concat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CharsetSnifferTest {

    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    private static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");

    private final CharsetSniffer sniffer = new CharsetSniffer();
    private final ArticleIntake intake = new ArticleIntake();
    private final String arabic = Fixtures.resource("basra-water-ar.txt");

    private Map<String, byte[]> arabicEncodings() {
        Map<String, byte[]> encodings = new LinkedHashMap<>();
        encodings.put("windows-1256", arabic.getBytes(WINDOWS_1256));
        encodings.put("ISO-8859-6", arabic.getBytes(ISO_8859_6));
        encodings.put("UTF-16LE+BOM", concat(bytes(0xFF, 0xFE), arabic.getBytes(StandardCharsets.UTF_16LE)));
        encodings.put("UTF-16BE+BOM", concat(bytes(0xFE, 0xFF), arabic.getBytes(StandardCharsets.UTF_16BE)));
        encodings.put("UTF-8+BOM", concat(bytes(0xEF, 0xBB, 0xBF), arabic.getBytes(StandardCharsets.UTF_8)));
        encodings.put("UTF-8+CRLF", arabic.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        return encodings;
    }

    @Test
    void same_arabic_text_in_six_encodings_gives_byte_identical_canonical_body() {
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        Map<String, String> charsets = new LinkedHashMap<>();
        arabicEncodings().forEach((name, encoded) -> {
            IntakeResult result = intake.fromDocument(new RawDocument(encoded, "basra.txt", "text/plain"),
                    IntakeOptions.defaults());
            bodies.put(name, result.body().getBytes(StandardCharsets.UTF_8));
            charsets.put(name, result.charset());
        });
        byte[] reference = bodies.get("UTF-8+BOM");
        assertThat(new String(reference, StandardCharsets.UTF_8)).contains("تحلية المياه في مدينة البصرة");
        bodies.forEach((name, body) -> assertThat(body).as(name).isEqualTo(reference));
        assertThat(charsets).containsExactly(
                Map.entry("windows-1256", "windows-1256"),
                Map.entry("ISO-8859-6", "ISO-8859-6"),
                Map.entry("UTF-16LE+BOM", "UTF-16LE"),
                Map.entry("UTF-16BE+BOM", "UTF-16BE"),
                Map.entry("UTF-8+BOM", "UTF-8"),
                Map.entry("UTF-8+CRLF", "UTF-8"));
    }

    @Test
    void windows_1256_and_iso_8859_6_are_told_apart_and_marked_as_guesses() {
        CharsetDetection w = sniffer.sniff(arabic.getBytes(WINDOWS_1256), null, null, false);
        CharsetDetection iso = sniffer.sniff(arabic.getBytes(ISO_8859_6), null, null, false);
        assertThat(w.charset()).isEqualTo(WINDOWS_1256);
        assertThat(iso.charset()).isEqualTo(ISO_8859_6);
        assertThat(w.guessed()).isTrue();
        assertThat(w.basis()).isEqualTo(CharsetDetection.Basis.DETECTED);
        assertThat(iso.guessed()).isTrue();
    }

    @Test
    void short_arabic_line_is_decoded_right_in_both_arabic_codepages() {
        String line = "قال الوزير إن المحطة ستعمل قريبا، وإن الكلفة معقولة.";
        assertThat(sniffer.decode(line.getBytes(WINDOWS_1256), null, null, false).text()).isEqualTo(line);
        assertThat(sniffer.decode(line.getBytes(ISO_8859_6), null, null, false).text()).isEqualTo(line);
    }

    @Test
    void english_windows_1252_with_curly_quotes_decodes_right() {
        String english = Fixtures.resource("green-corridor-en.txt");
        DecodedText decoded = sniffer.decode(english.getBytes(Charset.forName("windows-1252")), null, null, false);
        assertThat(decoded.text()).isEqualTo(english);
        assertThat(decoded.text()).contains("“green corridor”", "mayor’s", "7–2", "— about $4 million —");
        assertThat(decoded.detection().charset().name()).isEqualTo("windows-1252");
        assertThat(decoded.warnings()).extracting(IntakeWarning::code).contains(IntakeWarning.Code.CHARSET_GUESSED);
    }

    @Test
    void byte_order_marks_are_recognised_and_skipped() {
        byte[] utf16le = concat(bytes(0xFF, 0xFE), "مرحبا".getBytes(StandardCharsets.UTF_16LE));
        DecodedText decoded = sniffer.decode(utf16le, null, null, false);
        assertThat(decoded.text()).isEqualTo("مرحبا");
        assertThat(decoded.detection().basis()).isEqualTo(CharsetDetection.Basis.BOM);
        assertThat(decoded.detection().guessed()).isFalse();
        assertThat(decoded.detection().bomLength()).isEqualTo(2);
    }

    @Test
    void valid_utf8_is_taken_as_utf8_without_guessing() {
        CharsetDetection d = sniffer.sniff("Café – naïve".getBytes(StandardCharsets.UTF_8), null, null, false);
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.basis()).isEqualTo(CharsetDetection.Basis.VALID_UTF8);
        assertThat(d.confidence()).isEqualTo(100);
    }

    @Test
    void user_override_always_wins() {
        byte[] iso = arabic.getBytes(ISO_8859_6);
        DecodedText decoded = sniffer.decode(iso, "windows-1256", null, false);
        assertThat(decoded.detection().charset()).isEqualTo(WINDOWS_1256);
        assertThat(decoded.detection().basis()).isEqualTo(CharsetDetection.Basis.OVERRIDE);
        assertThat(decoded.detection().guessed()).isFalse();
        assertThat(decoded.text()).isNotEqualTo(arabic).contains("ç");
        byte[] utf8Bom = concat(bytes(0xEF, 0xBB, 0xBF), "abc".getBytes(StandardCharsets.UTF_8));
        assertThat(sniffer.sniff(utf8Bom, "windows-1252", null, false).charset().name()).isEqualTo("windows-1252");
        assertThat(sniffer.sniff("abc".getBytes(StandardCharsets.UTF_8), "windows-1256", StandardCharsets.UTF_8, false)
                .charset()).isEqualTo(WINDOWS_1256);
    }

    @Test
    void declared_charset_beats_detection_but_not_a_bom() {
        byte[] plain = "<p>caf\u00e9</p>".getBytes(Charset.forName("windows-1252"));
        assertThat(sniffer.sniff(plain, null, Charset.forName("windows-1252"), true).basis())
                .isEqualTo(CharsetDetection.Basis.DECLARED);
        byte[] bom = concat(bytes(0xEF, 0xBB, 0xBF), "<p>x</p>".getBytes(StandardCharsets.UTF_8));
        assertThat(sniffer.sniff(bom, null, Charset.forName("windows-1252"), true).basis())
                .isEqualTo(CharsetDetection.Basis.BOM);
    }

    @Test
    void utf16_without_bom_is_recognised_for_arabic_and_english() {
        DecodedText ar = sniffer.decode(arabic.getBytes(StandardCharsets.UTF_16LE), null, null, false);
        assertThat(ar.text()).isEqualTo(arabic);
        assertThat(ar.detection().charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(ar.detection().guessed()).isTrue();
        String english = Fixtures.resource("green-corridor-en.txt");
        assertThat(sniffer.decode(english.getBytes(StandardCharsets.UTF_16BE), null, null, false).text())
                .isEqualTo(english);
    }

    @Test
    void nul_bytes_in_non_unicode_data_are_binary() {
        byte[] data = concat("hello world, this is text".getBytes(StandardCharsets.US_ASCII), bytes(0, 0, 1, 2, 0));
        assertThatThrownBy(() -> sniffer.decode(data, null, null, false))
                .isInstanceOfSatisfying(IntakeException.class,
                        e -> assertThat(e.code()).isEqualTo(IntakeException.Code.BINARY));
    }

    @Test
    void random_bytes_are_binary() {
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        assertThatThrownBy(() -> sniffer.decode(random, null, null, false))
                .isInstanceOfSatisfying(IntakeException.class,
                        e -> assertThat(e.code()).isEqualTo(IntakeException.Code.BINARY));
    }

    @Test
    void many_control_characters_without_nul_are_binary() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            sb.append("ab").append((char) (1 + i % 8));
        }
        assertThatThrownBy(() -> sniffer.decode(sb.toString().getBytes(StandardCharsets.US_ASCII), null, null, false))
                .isInstanceOfSatisfying(IntakeException.class, e -> {
                    assertThat(e.code()).isEqualTo(IntakeException.Code.BINARY);
                    assertThat(e.getMessage()).contains("33.3%");
                });
    }

    @Test
    void text_mostly_invalid_in_the_chosen_charset_is_unreadable() {
        byte[] w1256 = arabic.getBytes(WINDOWS_1256);
        assertThatThrownBy(() -> sniffer.decode(w1256, "UTF-8", null, false))
                .isInstanceOfSatisfying(IntakeException.class, e -> {
                    assertThat(e.code()).isEqualTo(IntakeException.Code.UNREADABLE);
                    assertThat(e.getMessage()).startsWith("The file cannot be read as UTF-8:");
                });
    }

    @Test
    void a_few_invalid_bytes_become_replacement_characters_with_a_warning() {
        String text = "The quick brown fox jumps over the lazy dog. ".repeat(10);
        byte[] data = concat(text.getBytes(StandardCharsets.UTF_8), bytes(0xC3));
        DecodedText decoded = sniffer.decode(data, "UTF-8", null, false);
        assertThat(decoded.text()).endsWith("\uFFFD");
        assertThat(decoded.warnings()).extracting(IntakeWarning::code)
                .containsExactly(IntakeWarning.Code.DECODING_ERRORS_REPLACED);
    }

    @Test
    void arabic_tie_break_overrules_a_wrong_icu_ranking_in_both_directions() {
        assertThat(CharsetSniffer.arabicTieBreak(arabic.getBytes(WINDOWS_1256), ISO_8859_6)).isEqualTo(WINDOWS_1256);
        assertThat(CharsetSniffer.arabicTieBreak(arabic.getBytes(ISO_8859_6), WINDOWS_1256)).isEqualTo(ISO_8859_6);
        assertThat(CharsetSniffer.arabicTieBreak(arabic.getBytes(ISO_8859_6), ISO_8859_6)).isEqualTo(ISO_8859_6);
    }

    @Test
    void arabic_tie_break_prefers_the_decoding_with_arabic_letters() {
        String text = "هو وي";
        assertThat(CharsetSniffer.arabicPlausibility(new String(text.getBytes(ISO_8859_6), ISO_8859_6)))
                .isGreaterThan(CharsetSniffer.arabicPlausibility(new String(text.getBytes(ISO_8859_6), WINDOWS_1256)));
    }
}
