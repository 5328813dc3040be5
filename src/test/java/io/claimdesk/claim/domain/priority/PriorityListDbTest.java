package io.claimdesk.claim.domain.priority;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimdesk.article.domain.ArticleService;
import io.claimdesk.claim.domain.Claim;
import io.claimdesk.claim.domain.ClaimService;
import io.claimdesk.claim.domain.worthiness.CheckWorthinessService;
import io.claimdesk.core.domain.ConflictException;
import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.support.Api;
import io.claimdesk.support.IntegrationTest;
import io.claimdesk.user.domain.TestAccounts;
import io.claimdesk.user.domain.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The desk-wide priority list (issue 17): stored suggestions of two articles in score order, filters, keyset pages,
 * one-click claims with the claimant, staleness after an edit and a model change, and refused input. Each test dates
 * its articles on a day of its own in 1998, so the shared test database's other articles stay out of its filter.
 */
public class PriorityListDbTest extends IntegrationTest {

    public static final String ARABIC = """
            أعلن وزير النقل قاسم الجبوري، الاثنين، افتتاح خط سكة حديد بطول 120 كيلومترا، فيما حذر نواب من تجاوز كلفة المشروع 900 مليون دولار.
            وقال الوزير إن القطارات ستنقل 15 ألف راكب يوميا اعتبارا من الشهر المقبل.
            صباح الخير ومرحبا بكم في تغطيتنا.""";
    public static final String ENGLISH = """
            The transport minister, Ali Hassan, said on Monday that the new line cost 900 million dollars.
            Unemployment fell to 5 percent last year, the statistics office reported.
            Thanks for reading and see you tomorrow.""";

    @Autowired
    PriorityList priority;
    @Autowired
    ClaimService claims;
    @Autowired
    ArticleService articles;
    @Autowired
    CheckWorthinessService worthiness;
    @Autowired
    SuggestionRepository store;

    private Api checker;

    @BeforeEach
    void signIn() {
        runAs("priority-checker", Role.CHECKER);
        checker = new Api(baseUrl(), "priority-checker", TestAccounts.PASSWORD);
    }

    private long article(String body, String title, LocalDate day) {
        Api.Response r = checker.post("/api/v1/articles", Map.of("body", body, "title", title, "force", true,
                "publishedAt", day + "T09:00:00Z"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        long id = r.json().get("id").asLong();
        priority.refresh(id);
        return id;
    }

    private static PriorityFilter day(LocalDate day) {
        return new PriorityFilter(null, day, day);
    }

    @Test
    void suggestions_of_two_articles_are_listed_by_score_and_filtered_by_language_and_date() {
        LocalDate day = LocalDate.of(1998, 4, 1);
        long ar = article(ARABIC, "سكة حديد", day);
        long en = article(ENGLISH, "Rail line", day);
        article(ENGLISH, "Another day", day.plusDays(1));

        List<PriorityItem> all = priority.page(day(day), 0, PriorityList.MAX_LIMIT);
        assertThat(all).extracting(PriorityItem::articleId).contains(ar, en).containsOnly(ar, en);
        assertThat(all).isSortedAccordingTo(Comparator.comparingDouble(PriorityItem::score).reversed()
                .thenComparing(Comparator.comparingLong(PriorityItem::id).reversed()));
        assertThat(priority.count(day(day))).isEqualTo(all.size());
        // the statistics rank above the greeting and the sign-off of each article
        PriorityItem greeting = all.stream().filter(s -> s.text().startsWith("صباح الخير")).findFirst().orElseThrow();
        all.stream().filter(s -> s.text().contains("120 كيلومترا") || s.text().contains("5 percent"))
                .forEach(s -> assertThat(s.score()).as(s.text()).isGreaterThan(greeting.score()));
        assertThat(all).anyMatch(s -> s.articleId() == ar && "قاسم الجبوري".equals(s.claimant()));
        assertThat(all).anyMatch(s -> s.articleId() == en && "Ali Hassan".equals(s.claimant()));

        assertThat(priority.page(new PriorityFilter("ar", day, day), 0, 100)).isNotEmpty()
                .allMatch(s -> s.articleId() == ar && s.language().equals("ar"));
        assertThat(priority.page(new PriorityFilter("en", day, day), 0, 100)).isNotEmpty()
                .allMatch(s -> s.articleId() == en);
        assertThat(priority.page(new PriorityFilter(null, day.plusDays(1), null), 0, 100))
                .noneMatch(s -> s.articleId() == ar || s.articleId() == en);

        // keyset pages of two give the same order as one page
        List<PriorityItem> paged = new ArrayList<>();
        PriorityCursor cursor = null;
        do {
            PriorityList.Page page = priority.after(day(day), cursor, 2);
            paged.addAll(page.items());
            cursor = page.next();
        } while (cursor != null);
        assertThat(paged).extracting(PriorityItem::id).containsExactlyElementsOf(
                all.stream().map(PriorityItem::id).toList());
    }

    @Test
    void one_claim_takes_the_suggestion_and_the_spans_it_overlaps_out_of_the_list() {
        LocalDate day = LocalDate.of(1998, 4, 2);
        long ar = article(ARABIC, "سكة حديد", day);
        PriorityItem sentence = priority.page(day(day), 0, 100).stream()
                .filter(s -> s.kind() == io.claimdesk.claim.domain.segment.Segment.Kind.SENTENCE
                        && s.text().startsWith("أعلن وزير النقل")).findFirst().orElseThrow();
        int before = priority.count(day(day));

        Claim claim = priority.claim(sentence.id(), null).claim();
        assertThat(claim.claimant()).isEqualTo("قاسم الجبوري");
        assertThat(claim.articleId()).isEqualTo(ar);
        assertThat(claim.start()).isEqualTo(sentence.start());
        List<PriorityItem> after = priority.page(day(day), 0, 100);
        // the sentence and both of its clauses leave the list
        assertThat(after).noneMatch(s -> s.start() < sentence.end() && sentence.start() < s.end());
        assertThat(after).hasSize(before - 3);
        assertThatThrownBy(() -> priority.claim(sentence.id(), null)).isInstanceOf(ConflictException.class)
                .extracting(e -> ((io.claimdesk.core.domain.CodedError) e).code()).isEqualTo("suggestion.gone");

        // an edited claimant wins; a blank one leaves it empty
        PriorityItem second = after.stream().filter(s -> s.text().startsWith("وقال الوزير")).findFirst()
                .orElseThrow();
        assertThat(priority.claim(second.id(), "  ").claim().claimant()).isNull();
    }

    @Test
    void an_edited_text_hides_its_suggestions_until_they_are_computed_again_and_a_new_model_makes_them_stale() {
        LocalDate day = LocalDate.of(1998, 4, 3);
        long en = article(ENGLISH, "Rail line", day);
        assertThat(priority.count(day(day))).isPositive();
        assertThat(store.stale(worthiness.modelKey(), Integer.MAX_VALUE)).doesNotContain(en);
        assertThat(store.stale("v-another-model", Integer.MAX_VALUE)).contains(en);

        var current = articles.get(en);
        articles.editBody(en, current.version(), ENGLISH.replace("5 percent", "7 percent"), null);
        assertThat(priority.count(day(day))).isZero();
        assertThat(store.stale(worthiness.modelKey(), Integer.MAX_VALUE)).contains(en);
        priority.refresh(en);
        assertThat(priority.page(day(day), 0, 100)).anyMatch(s -> s.text().contains("7 percent"))
                .noneMatch(s -> s.text().contains("5 percent"));
    }

    @Test
    void bad_input_is_refused_with_codes() {
        assertThatThrownBy(() -> PriorityCursor.parse("abc")).isInstanceOf(ValidationException.class)
                .extracting(e -> ((io.claimdesk.core.domain.CodedError) e).code()).isEqualTo("suggestion.cursor.invalid");
        assertThatThrownBy(() -> PriorityCursor.parse("1.5:3")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> PriorityCursor.parse("0.5:-3")).isInstanceOf(ValidationException.class);
        assertThat(PriorityCursor.parse(new PriorityCursor(0.812, 1043).toString()))
                .isEqualTo(new PriorityCursor(0.812, 1043));
        assertThatThrownBy(() -> priority.after(PriorityFilter.ALL, null, 0))
                .extracting(e -> ((io.claimdesk.core.domain.CodedError) e).code()).isEqualTo("suggestion.limit.invalid");
        assertThatThrownBy(() -> priority.after(PriorityFilter.ALL, null, PriorityList.MAX_LIMIT + 1))
                .extracting(e -> ((io.claimdesk.core.domain.CodedError) e).code()).isEqualTo("suggestion.limit.invalid");
        assertThatThrownBy(() -> priority.page(new PriorityFilter(null, LocalDate.of(2020, 2, 2),
                LocalDate.of(2020, 2, 1)), 0, 10)).extracting(e -> ((io.claimdesk.core.domain.CodedError) e).code()).isEqualTo("suggestion.dates.invalid");
        assertThatThrownBy(() -> priority.claim(Long.MAX_VALUE, null)).isInstanceOf(ConflictException.class);
    }

    @Test
    void the_api_pages_with_a_cursor_and_claims_with_the_claimant() {
        LocalDate day = LocalDate.of(1998, 4, 4);
        article(ARABIC, "سكة حديد", day);
        article(ENGLISH, "Rail line", day);
        String query = "/api/v1/priority?limit=3&from=" + day + "&to=" + day;
        Api.Response first = checker.get(query);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        JsonNode items = first.json().get("items");
        assertThat(items).hasSize(3);
        String next = first.json().get("nextCursor").asText();
        JsonNode second = checker.get(query + "&cursor=" + next).json().get("items");
        assertThat(second.get(0).get("score").asDouble()).isLessThanOrEqualTo(items.get(2).get("score").asDouble());
        assertThat(second.get(0).get("id").asLong()).isNotEqualTo(items.get(2).get("id").asLong());

        Api.Response bad = checker.get(query + "&cursor=nonsense");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("code").asText()).isEqualTo("suggestion.cursor.invalid");
        assertThat(checker.get("/api/v1/priority?limit=0").status()).isEqualTo(422);
        assertThat(checker.get("/api/v1/priority?from=yesterday").status()).isEqualTo(422);

        JsonNode withClaimant = null;
        for (JsonNode n : checker.get(query + "&limit=50").json().get("items")) {
            if ("Ali Hassan".equals(n.path("claimant").asText(null))) {
                withClaimant = n;
                break;
            }
        }
        assertThat(withClaimant).isNotNull();
        Api.Response created = checker.post("/api/v1/priority/" + withClaimant.get("id").asLong() + "/claim", Map.of());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("claimant").asText()).isEqualTo("Ali Hassan");
        Api.Response again = checker.post("/api/v1/priority/" + withClaimant.get("id").asLong() + "/claim",
                Map.of("claimant", "Someone"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asText()).isEqualTo("suggestion.gone");
    }
}
