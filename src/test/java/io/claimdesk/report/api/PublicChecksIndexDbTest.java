package io.claimdesk.report.api;

import static io.claimdesk.db.Tables.CLAIM;
import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.claimdesk.db.enums.ClaimStatus;
import io.claimdesk.db.enums.Stance;
import io.claimdesk.report.ReportFixtures;
import io.claimdesk.report.domain.PublisherSettingsService;
import io.claimdesk.support.Api;
import io.claimdesk.support.Fixtures;
import io.claimdesk.support.IntegrationTest;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.Role;
import io.claimdesk.user.domain.TestAccounts;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 15: the index {@code /checks} (newest first, paged, filters by claim language and verdict) and the Atom
 * feed {@code /checks/feed.atom}, read anonymously over HTTP; claims not approved appear in neither.
 */
class PublicChecksIndexDbTest extends IntegrationTest {

    private static final HttpClient ANONYMOUS = HttpClient.newHttpClient();

    @Autowired
    DSLContext dsl;

    @Autowired
    PublisherSettingsService publisher;

    private HttpResponse<String> get(String path) throws Exception {
        return ANONYMOUS.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private Document page(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(r.body());
    }

    private static List<Long> ids(Document index) {
        List<Long> ids = new ArrayList<>();
        for (Element item : index.select("li.check-item")) {
            ids.add(Long.parseLong(item.id().substring("check-".length())));
        }
        return ids;
    }

    private Api as(AppUser user) {
        return new Api(baseUrl(), user.username(), TestAccounts.PASSWORD);
    }

    private int version(long claim) {
        return dsl.select(CLAIM.VERSION).from(CLAIM).where(CLAIM.ID.eq(claim)).fetchSingle(CLAIM.VERSION);
    }

    private void step(AppUser user, long claim, Map<String, Object> body) {
        Api.Response r = as(user).post("/api/v1/claims/" + claim + "/transitions", body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private void approve(AppUser checker, AppUser supervisor, long claim, String verdict) {
        step(checker, claim, Map.of("action", "start", "version", 0));
        step(checker, claim, Map.of("action", "propose", "verdict", verdict, "rationale", "Checked.",
                "version", version(claim)));
        step(supervisor, claim, Map.of("action", "approve", "version", version(claim)));
    }

    @Test
    void index_and_feed_list_published_checks_newest_first_with_filters_and_pages() throws Exception {
        AppUser checker = accounts.ensure("index-checker", Role.CHECKER);
        AppUser supervisor = accounts.ensure("index-supervisor", Role.SUPERVISOR);
        ReportFixtures f = new ReportFixtures(dsl);
        long article = f.article(checker.id(), "تقرير القمح", "https://news.example/index-" + System.nanoTime(),
                Fixtures.ARABIC_STORY, "ar");
        long older = f.claim(article, "إنتاج القمح ارتفع", "ارتفع إنتاج القمح 12 في المئة", "وزارة الزراعة",
                checker.id());
        f.evidence(older, "https://moa.example.jo/index-1", "Stats", Stance.REFUTES, checker.id());
        approve(checker, supervisor, older, "FALSE");
        long newer = f.claim(article, "ستوزع 40 ألف طن من البذور", "The government will hand out 40,000 t of seed",
                "Minister of Agriculture", checker.id());
        dsl.update(CLAIM).set(CLAIM.LANGUAGE, "en").where(CLAIM.ID.eq(newer)).execute();
        f.evidence(newer, "https://moa.example.jo/index-2", "Seeds", Stance.CONTEXT, checker.id());
        approve(checker, supervisor, newer, "UNPROVEN");
        long inReview = f.claim(article, "وكانت الأمطار قد تراجعت", "Rain fell to a two-decade low", "x",
                checker.id());
        f.evidence(inReview, "https://moa.example.jo/index-3", "Rain", Stance.SUPPORTS, checker.id());
        step(checker, inReview, Map.of("action", "start", "version", 0));
        step(checker, inReview, Map.of("action", "propose", "verdict", "TRUE", "rationale", "r", "version",
                version(inReview)));

        // newest first; the claim in review is not there
        Document all = page("/checks?lang=en");
        List<Long> listed = ids(all);
        assertThat(listed).contains(newer, older).doesNotContain(inReview);
        assertThat(listed.indexOf(newer)).isLessThan(listed.indexOf(older));
        Element item = all.getElementById("check-" + newer);
        assertThat(item.selectFirst(".badge-label").text()).isEqualTo("Unproven");
        assertThat(item.selectFirst("h2 a").attr("href"))
                .isEqualTo("/checks/" + newer + "-the-government-will-hand-out-40-000-t-of-seed?lang=en");
        assertThat(page("/checks?lang=ar").getElementById("check-" + older).selectFirst(".badge-label").text())
                .isEqualTo("خاطئ");
        assertThat(all.body().text()).doesNotContain("Rain fell");

        // filters: verdict (any case) and the claim's language
        assertThat(ids(page("/checks?verdict=unproven"))).contains(newer).doesNotContain(older);
        assertThat(ids(page("/checks?verdict=FALSE"))).contains(older).doesNotContain(newer);
        Document english = page("/checks?lang=ar&language=en");
        assertThat(ids(english)).contains(newer).doesNotContain(older);
        assertThat(english.selectFirst("select[name=language] option[selected]").attr("value")).isEqualTo("en");
        assertThat(english.selectFirst("select[name=language] option[selected]").text()).isEqualTo("الإنجليزية");
        assertThat(ids(page("/checks?language=ar&verdict=UNPROVEN"))).doesNotContain(newer, older);
        assertThat(page("/checks?verdict=NO_SUCH").select("li.check-item")).isEmpty();

        // pages of 20: 21 approved claims in a language of their own
        List<Long> french = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            long c = f.claim(article, "إنتاج القمح ارتفع", "Le blé numéro " + i, "Ministère", checker.id());
            dsl.update(CLAIM).set(CLAIM.LANGUAGE, "fr-index").where(CLAIM.ID.eq(c)).execute();
            f.decide(c, ClaimStatus.APPROVED, "TRUE", "Vérifié.", checker.id(), supervisor.id());
            french.add(c);
        }
        Document first = page("/checks?lang=en&language=fr-index");
        assertThat(first.selectFirst(".count").text()).isEqualTo("Published fact checks: 21");
        // same approval time: the higher id first
        List<Long> newestFirst = new ArrayList<>(french);
        java.util.Collections.reverse(newestFirst);
        assertThat(ids(first)).isEqualTo(newestFirst.subList(0, 20));
        assertThat(first.selectFirst("a[rel=next]").attr("href")).isEqualTo("/checks?lang=en&language=fr-index&page=2");
        assertThat(first.select("a[rel=prev]")).isEmpty();
        assertThat(first.selectFirst(".pages span").text()).isEqualTo("Page 1 of 2");
        Document second = page("/checks?lang=en&language=fr-index&page=2");
        assertThat(ids(second)).containsExactly(french.get(0));
        assertThat(second.selectFirst("a[rel=prev]").attr("href")).isEqualTo("/checks?lang=en&language=fr-index");
        assertThat(second.select("a[rel=next]")).isEmpty();
        assertThat(page("/checks?language=fr-index&page=9").select("li.check-item")).isEmpty();
        assertThat(page("/checks?language=fr-index&page=-1").select("li.check-item")).hasSize(20);

        // the Atom feed: published checks only, newest first, absolute stable ids and readable links
        HttpResponse<String> atom = get("/checks/feed.atom?lang=ar");
        assertThat(atom.statusCode()).isEqualTo(200);
        assertThat(atom.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        assertThat(atom.body()).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"");
        SyndFeed feed = new SyndFeedInput().build(new StringReader(atom.body()));
        assertThat(feed.getTitle()).isEqualTo("تحقّقات " + publisher.current().name());
        List<String> uris = feed.getEntries().stream().map(SyndEntry::getUri).toList();
        String base = publisher.current().siteBaseUrl() + "checks/";
        assertThat(uris).contains(base + newer, base + older).doesNotContain(base + inReview);
        assertThat(uris.indexOf(base + newer)).isLessThan(uris.indexOf(base + older));
        SyndEntry entry = feed.getEntries().get(uris.indexOf(base + newer));
        assertThat(entry.getTitle()).isEqualTo("The government will hand out 40,000 t of seed");
        assertThat(entry.getLink()).isEqualTo(base + newer + "-the-government-will-hand-out-40-000-t-of-seed");
        assertThat(entry.getDescription().getValue()).isEqualTo("غير مثبت: Checked.");
        assertThat(entry.getCategories().get(0).getName()).isEqualTo("UNPROVEN");
        OffsetDateTime approvedAt = dsl.select(CLAIM.APPROVED_AT).from(CLAIM).where(CLAIM.ID.eq(newer))
                .fetchSingle(CLAIM.APPROVED_AT);
        assertThat(entry.getUpdatedDate().toInstant())
                .isEqualTo(approvedAt.toInstant().truncatedTo(ChronoUnit.SECONDS));
        assertThat(atom.body()).doesNotContain("Rain fell");
    }
}
