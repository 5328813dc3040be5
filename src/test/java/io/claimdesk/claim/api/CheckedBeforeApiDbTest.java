package io.claimdesk.claim.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimdesk.support.Api;
import io.claimdesk.support.IntegrationTest;
import io.claimdesk.user.domain.Role;
import io.claimdesk.user.domain.TestAccounts;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 18, acceptance 3: "checked before" across Arabic and English, with reasons, dismissed claims last. */
class CheckedBeforeApiDbTest extends IntegrationTest {

    @Autowired
    DSLContext dsl;

    private Api checker;
    private Api supervisor;

    @BeforeEach
    void accounts() {
        accounts.ensure("checked-before-api-checker", Role.CHECKER);
        accounts.ensure("checked-before-api-supervisor", Role.SUPERVISOR);
        checker = new Api(baseUrl(), "checked-before-api-checker", TestAccounts.PASSWORD);
        supervisor = new Api(baseUrl(), "checked-before-api-supervisor", TestAccounts.PASSWORD);
    }

    private long claimIn(String body) {
        Api.Response a = checker.post("/api/v1/articles", Map.of("body", body + "\n" + UUID.randomUUID(),
                "force", true));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        Api.Response c = checker.post("/api/v1/articles/" + a.json().get("id").asLong() + "/claims",
                Map.of("quote", body));
        assertThat(c.status()).as(c.body()).isEqualTo(201);
        return c.json().get("id").asLong();
    }

    private void cite(long claim, String url) {
        Api.Response r = checker.post("/api/v1/claims/" + claim + "/evidence",
                Map.of("url", url, "stance", "supports"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    private int version(long claim) {
        return checker.get("/api/v1/claims/" + claim).json().get("version").asInt();
    }

    private void step(Api api, long claim, Map<String, Object> body) {
        Map<String, Object> withVersion = new java.util.HashMap<>(body);
        withVersion.put("version", version(claim));
        Api.Response r = api.post("/api/v1/claims/" + claim + "/transitions", withVersion);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    @Test
    void the_english_claim_lists_the_approved_arabic_claim_with_the_same_source_and_figure_first_and_the_dismissed_lookalike_last() {
        String report = "https://stats.example.org/trade/" + UUID.randomUUID() + "?year=2025";
        long arabic = claimIn("قال وزير التجارة إن الصادرات بلغت ١٢٬٥٠٠ طن العام الماضي.");
        cite(arabic, report);
        step(checker, arabic, Map.of("action", "start"));
        step(checker, arabic, Map.of("action", "propose", "verdict", "TRUE",
                "rationale", "The statistics office's trade report gives 12,500 tonnes."));
        step(supervisor, arabic, Map.of("action", "approve"));

        // the lookalike repeats the English claim almost word for word, cites the same report and figure, and was
        // dismissed: on score alone it would come first
        long lookalike = claimIn("The trade minister said exports reached 12,500 tonnes last year, officials say.");
        cite(lookalike, report);
        step(checker, lookalike, Map.of("action", "dismiss", "reason", "Not check-worthy: a repeat of a wire story."));

        long english = claimIn("The trade minister said exports reached 12,500 tonnes last year.");
        // the same canonical source, written as an http link with a tracking parameter
        cite(english, report.replace("https://", "http://") + "&utm_source=newsletter");

        Api.Response r = checker.get("/api/v1/claims/" + english + "/similar");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode matches = r.json();
        List<Long> ids = new ArrayList<>();
        matches.forEach(m -> ids.add(m.get("claim").get("id").asLong()));
        assertThat(ids).contains(arabic, lookalike);

        JsonNode first = matches.get(0);
        assertThat(first.get("claim").get("id").asLong()).isEqualTo(arabic);
        assertThat(first.get("claim").get("status").asText()).isEqualTo("APPROVED");
        assertThat(first.get("claim").get("verdict").asText()).isEqualTo("TRUE");
        assertThat(first.get("reasons")).extracting(JsonNode::asText).containsExactly("SAME_SOURCE", "SAME_FIGURE");
        assertThat(first.get("sharedFigures")).extracting(JsonNode::asText).containsExactly("12500");
        assertThat(first.get("reasonTexts")).extracting(JsonNode::asText)
                .containsExactly("the same cited source", "the same figure (12500)");
        assertThat(first.get("dismissed").asBoolean()).isFalse();
        // the reasons in the user's language
        JsonNode arabicReasons = checker.send(checker.request("/api/v1/claims/" + english + "/similar")
                .header("Accept-Language", "ar").GET()).json().get(0);
        assertThat(arabicReasons.get("claim").get("id").asLong()).isEqualTo(arabic);
        assertThat(arabicReasons.get("reasonTexts")).extracting(JsonNode::asText)
                .containsExactly("المصدر المستشهد به نفسه", "الرقم نفسه (12500)");

        JsonNode dismissed = matches.get(ids.indexOf(lookalike));
        // dismissed matches come after every other one (other tests' dismissed claims may share the database)
        int firstDismissed = -1;
        for (int i = 0; i < matches.size(); i++) {
            if (matches.get(i).get("dismissed").asBoolean()) {
                firstDismissed = firstDismissed < 0 ? i : firstDismissed;
            } else {
                assertThat(firstDismissed).as("a live match after a dismissed one at %d", i).isNegative();
            }
        }
        assertThat(ids.indexOf(lookalike)).isGreaterThanOrEqualTo(firstDismissed).isPositive();
        assertThat(dismissed.get("dismissed").asBoolean()).isTrue();
        assertThat(dismissed.get("claim").get("status").asText()).isEqualTo("DISMISSED");
        assertThat(dismissed.get("reasons")).extracting(JsonNode::asText)
                .containsExactly("SAME_SOURCE", "SAME_FIGURE", "SIMILAR_WORDS");
        assertThat(dismissed.get("similarity").asDouble()).isGreaterThan(0.6);

        // and the other way round: the Arabic claim finds the English one through the same source and figure
        JsonNode back = checker.get("/api/v1/claims/" + arabic + "/similar").json();
        assertThat(back.get(0).get("claim").get("id").asLong()).isEqualTo(english);
        assertThat(back.get(0).get("reasons")).extracting(JsonNode::asText)
                .containsExactly("SAME_SOURCE", "SAME_FIGURE");
    }

    @Test
    void a_figure_in_any_script_is_found_without_a_shared_source() {
        String tag = String.valueOf(100_000 + (int) (Math.random() * 800_000));
        String arabicDigits = tag.chars().mapToObj(c -> String.valueOf((char) ('٠' + (c - '0'))))
                .reduce("", String::concat);
        long arabic = claimIn("قالت وزارة الصحة إن " + arabicDigits.substring(0, 3) + "٬" + arabicDigits.substring(3)
                + " شخص تلقوا اللقاح.");
        long english = claimIn("The health ministry said " + tag.substring(0, 3) + "," + tag.substring(3)
                + " people were vaccinated.");

        JsonNode matches = checker.get("/api/v1/claims/" + english + "/similar").json();
        List<Long> ids = new ArrayList<>();
        matches.forEach(m -> ids.add(m.get("claim").get("id").asLong()));
        assertThat(ids).contains(arabic);
        JsonNode match = matches.get(ids.indexOf(arabic));
        assertThat(match.get("reasons")).extracting(JsonNode::asText).containsExactly("SAME_FIGURE");
        assertThat(match.get("sharedFigures")).extracting(JsonNode::asText).containsExactly(tag);
    }

    @Test
    void the_same_name_in_two_scripts_with_the_same_figure_matches_and_says_so_but_another_speaker_or_figure_does_not() {
        String tag = String.valueOf(100_000 + (int) (Math.random() * 800_000));
        String arabicDigits = tag.chars().mapToObj(c -> String.valueOf((char) ('٠' + (c - '0'))))
                .reduce("", String::concat);
        long arabic = claimIn("قال الرئيس الأمريكي دونالد ترامب إن " + arabicDigits + " وظيفة أضيفت في المصانع.");
        // the same figure said by someone else, and the same speaker with another figure: other claims
        long otherSpeaker = claimIn("قال ماكرون إن " + arabicDigits + " طالبا يدرسون في الخارج.");
        long otherFigure = claimIn("US President Donald Trump said " + (Integer.parseInt(tag) + 1)
                + " factory jobs were added.");
        long english = claimIn("US President Donald Trump said " + tag + " factory jobs were added.");

        JsonNode matches = checker.get("/api/v1/claims/" + english + "/similar").json();
        List<Long> ids = new ArrayList<>();
        matches.forEach(m -> ids.add(m.get("claim").get("id").asLong()));
        assertThat(ids).contains(arabic).doesNotContain(otherSpeaker, otherFigure);
        JsonNode match = matches.get(ids.indexOf(arabic));
        assertThat(match.get("reasons")).extracting(JsonNode::asText).containsExactly("SAME_FIGURE", "SAME_NAME");
        assertThat(match.get("sharedNames")).extracting(JsonNode::asText).containsExactly("ترامب", "دونالد");
        assertThat(match.get("reasonTexts")).extracting(JsonNode::asText)
                .containsExactly("the same figure (" + tag + ")", "the same name (ترامب, دونالد)");
    }

    @Test
    void claim_figures_reads_digits_in_any_script_without_thousands_separators() {
        assertThat(figures("Exports reached 1,200,000 tonnes, up 12.50 % from 2024")).containsExactly(
                "12.5", "1200000", "2024");
        assertThat(figures("بلغت الصادرات ١٬٢٠٠٬٠٠٠ طن بزيادة ١٢٫٥٠ في المئة عن ٢٠٢٤")).containsExactly(
                "12.5", "1200000", "2024");
        assertThat(figures("۰۷ و 07 و 7.0")).containsExactly("7");
        assertThat(figures("in 2019, 2020 and 2021")).containsExactly("2019", "2020", "2021");
        assertThat(figures("no numbers")).isEmpty();
    }

    private List<String> figures(String text) {
        return List.of(dsl.fetchSingle("select claim_figures(?)", text).get(0, String[].class));
    }
}
