package io.claimdesk.search.api;

import io.claimdesk.support.Api;
import io.claimdesk.support.IntegrationTest;
import io.claimdesk.user.domain.Role;
import io.claimdesk.user.domain.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: search folds what Persian, Urdu and Kurdish writers type into the Arabic letters, in both directions,
 * ignores ZWNJ, and finds NFC text from a decomposed (NFD) query; the stored text keeps what the author wrote.
 */
class SearchFoldingApiDbTest extends IntegrationTest {

    static final String ARABIC = "أعلنت شركة النفط في كركوك زيادة الإنتاج";
    static final String PERSIAN = "شرکت ملی نفت ایران می\u200Cخواهد صادرات را افزایش دهد";
    static final String KURDISH = "پارێزگای هەولێر ڕایگەیاند";

    private Api checker;
    private long article;
    private long arabic;
    private long persian;
    private long kurdish;

    @BeforeEach
    void claims() {
        accounts.ensure("folding-checker", Role.CHECKER);
        checker = new Api(baseUrl(), "folding-checker", TestAccounts.PASSWORD);
        String marker = UUID.randomUUID().toString();
        Api.Response a = checker.post("/api/v1/articles", Map.of("title", "خبر " + marker,
                "body", ARABIC + ".\n" + PERSIAN + ".\n" + KURDISH + ".\n" + marker, "force", true));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        article = a.json().get("id").asLong();
        arabic = claim(ARABIC);
        persian = claim(PERSIAN);
        kurdish = claim(KURDISH);
    }

    private long claim(String text) {
        Api.Response r = checker.post("/api/v1/articles/" + article + "/claims", Map.of("quote", text));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private List<Long> search(String q) {
        Api.Response r = checker.get("/api/v1/claims?articleId=" + article + "&q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("items").findValues("id").stream().map(n -> n.asLong()).toList();
    }

    @Test
    void persian_letters_in_the_query_find_arabic_text() {
        assertThat(search("کرکوک")).containsExactly(arabic);          // keheh for kaf
        assertThat(search("شرکة")).containsExactly(arabic);           // keheh, teh marbuta
        assertThat(search("زیادة الإنتاج")).containsExactly(arabic);  // Farsi yeh for yeh
    }

    @Test
    void arabic_letters_in_the_query_find_persian_and_kurdish_text() {
        assertThat(search("شركت ملي")).containsExactly(persian);
        assertThat(search("ايران")).containsExactly(persian);
        assertThat(search("ههولير")).containsExactly(kurdish);        // Kurdish ae and yeh with small v
    }

    @Test
    void zwnj_is_ignored_on_both_sides() {
        assertThat(search("میخواهد")).containsExactly(persian);
        assertThat(search("مي\u200Cخواهد")).containsExactly(persian);
        assertThat(search("کرک\u200Cوک")).containsExactly(arabic);
    }

    @Test
    void a_quote_sent_decomposed_finds_its_composed_text_and_stored_text_is_unchanged() {
        String nfd = "\u0627\u0654\u0639\u0644\u0646\u062A \u0634\u0631\u0643\u0629"; // أعلنت شركة with alef + U+0654
        assertThat(nfd).isNotEqualTo("أعلنت شركة");
        assertThat(search("\"" + nfd + "\"")).containsExactly(arabic);
        assertThat(checker.get("/api/v1/claims/" + persian).json().get("statement").asText()).isEqualTo(PERSIAN);
        assertThat(checker.get("/api/v1/claims/" + kurdish).json().get("quote").asText()).isEqualTo(KURDISH);
    }

    @Test
    void articles_are_found_the_same_way() {
        Api.Response r = checker.get("/api/v1/articles?q=" + URLEncoder.encode("کرکوک", StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("items").findValues("id").stream().map(n -> n.asLong()).toList()).contains(article);
    }
}
