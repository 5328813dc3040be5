package io.claimdesk.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.text.Normalizer2;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import io.claimdesk.support.Api;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main job of DESIGN.md in a real browser, through the UI only (the API and files are read only to check the
 * outcome): an admin creates a checker and a supervisor; the checker switches to Arabic, uploads an Arabic wire
 * story whose body a scraper repeated, imports it, creates three claims (one by dragging the mouse over part of a
 * sentence, two from suggestions), adds evidence with each stance and proposes verdicts; the supervisor approves
 * two and sends the third back with a reason, which the checker then sees; the supervisor downloads the PDF
 * report and the ClaimReview export, whose content is checked. Runs on our own fictional wire story
 * (src/test/resources/e2e/aqaba-port-ar.txt) and again on ../shared/samples/iraq-coalition-ar.txt when it exists.
 * Screenshots: target/e2e-screenshots/mainjob-{own,sample}-NN-*.png.
 */
class MainJobIT extends BrowserTest {

    private static final String ADMIN_PASSWORD = "admin-test-password-1";
    private static final String PASSWORD = "main-job-Password-7";
    private static final Path SAMPLE = Path.of("..", "shared", "samples", "iraq-coalition-ar.txt");
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ARTICLE_URL = Pattern.compile("/articles/(\\d+)$");

    /**
     * One article of the scenario and the three claims to make on it.
     *
     * @param dragged        the exact text to select with the mouse (part of a sentence)
     * @param sentenceKey    words identifying the sentence suggestion to turn into a claim
     * @param clauseStart    how the clause suggestion to turn into a claim begins
     * @param removedRepeats how many repeated paragraphs the importer must remove
     */
    record Story(String name, Path file, String dragged, String sentenceKey, String clauseStart, int removedRepeats) {
    }

    /** What the checker records for one claim. */
    record Plan(String claimant, String sourceUrl, String sourceTitle, int stance, String excerpt, int verdict,
                String verdictCode, String rationale) {
    }

    @Test
    void the_main_job_runs_on_our_own_arabic_wire_story() throws Exception {
        Path file = Path.of(MainJobIT.class.getResource("/e2e/aqaba-port-ar.txt").toURI());
        mainJob(new Story("own", file,
                "أعلنت سلطة منطقة العقبة الاقتصادية، الثلاثاء، انتهاء أعمال توسعة الميناء الجنوبي بشكل رسمي",
                "مليوني حاوية سنويا", "فيما هددت نقابة سائقي الشاحنات", 6), List.of(
                new Plan("سلطة منطقة العقبة الاقتصادية", "https://www.aqaba-news.example.org/ports/south-expansion",
                        "بيان سلطة العقبة عن توسعة الميناء", 0, "انتهت أعمال التوسعة وسُلّمت الأرصفة الجديدة.",
                        0, "TRUE", "بيان السلطة وصور الأرصفة الجديدة يؤكدان انتهاء الأعمال."),
                new Plan("وزير النقل", "https://www.transport-stats.example.org/aqaba/capacity-2024",
                        "إحصاءات الموانئ 2024", 2, "بلغت المناولة 1.1 مليون حاوية في 2024.",
                        2, "HALF_TRUE", "الهدف معلن، لكن الطاقة الحالية نصفه تقريبا ولا خطة تمويل منشورة."),
                new Plan("نقابة سائقي الشاحنات", "https://www.truckers-union.example.org/statements/march",
                        "بيان النقابة", 1, "لم تحدد النقابة أي موعد للإضراب في بيانها.",
                        3, "MISLEADING", "بيان النقابة لا يذكر موعدا ولا إضرابا شاملا.")));
    }

    @Test
    void the_main_job_runs_on_the_iraq_coalition_sample() throws Exception {
        if (!Files.exists(SAMPLE)) {
            System.out.println("skipped: ../shared/samples/iraq-coalition-ar.txt not found");
        }
        Assumptions.assumeTrue(Files.exists(SAMPLE), "skipped: ../shared/samples/iraq-coalition-ar.txt not found");
        mainJob(new Story("sample", SAMPLE,
                "أعلن مستشار الأمن القومي العراقي قاسم الأعرجي، الخميس، انتهاء المهام القتالية لقوات التحالف الدولي"
                        + " في البلاد بشكل رسمي",
                "جو بايدن", "فيما هددت ميليشيات", 7), List.of(
                new Plan("قاسم الأعرجي", "https://www.example.org/iraq/coalition-combat-mission-ends",
                        "بيان مستشارية الأمن القومي", 0, "انتهاء المهام القتالية لقوات التحالف.",
                        0, "TRUE", "البيان الرسمي وتصريحات التحالف تؤكد انتهاء المهام القتالية."),
                new Plan("جو بايدن", "https://www.example.org/us/troops-iraq-2021",
                        "بيان البيت الأبيض", 2, "يبقى نحو 2500 جندي في أدوار استشارية وتدريبية.",
                        2, "HALF_TRUE", "لا مهام قتالية، لكن القوات باقية بأدوار أخرى."),
                new Plan("ميليشيات موالية لإيران", "https://www.example.org/iraq/militia-statements",
                        "تصريحات فصائل مسلحة", 1, "لم تعلن الفصائل موعدا محددا لأي عملية.",
                        3, "MISLEADING", "التهديد موثق، لكن صيغة المعركة الكبرى غير واردة في البيانات.")));
    }

    private void mainJob(Story story, List<Plan> plans) throws Exception {
        try {
            scenario(story, plans);
        } catch (Exception | AssertionError e) {
            page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions().setFullPage(true)
                    .setPath(SCREENSHOTS.resolve("mainjob-" + story.name() + "-failed.png")));
            throw e;
        }
    }

    private void scenario(Story story, List<Plan> plans) throws Exception {
        String run = story.name() + "-" + Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
        String checker = "checker-" + run;
        String supervisor = "supervisor-" + run;
        String shot = "mainjob-" + story.name() + "-";

        // 1. the admin creates a checker and a supervisor
        signIn("admin", ADMIN_PASSWORD);
        open("/admin/users");
        createUser(checker, "مدققة " + story.name(), 0);
        createUser(supervisor, "Supervisor " + story.name(), 1);
        byId("users-grid").getByText(supervisor).first().waitFor();
        screenshot(shot + "01-users");
        signOut();

        // 2. the checker switches to Arabic and uploads the article
        signIn(checker, PASSWORD);
        switchLanguage("ar");
        assertThat(page.evaluate("() => document.dir")).isEqualTo("rtl");
        screenshot(shot + "02-home-ar");

        open("/articles/import");
        byId("import-tab-upload").click();
        settle();
        byId("upload").locator("input[type=file]").setInputFiles(story.file());
        byId("import-facts").waitFor();
        settle();
        byId("preview").click();
        settle();
        byId("import-facts").waitFor();
        assertThat(byId("import-facts").textContent()).contains("وكالات");
        String warnings = byId("import-warnings").textContent();
        // the Arabic UI writes numbers in Latin digits, as the articles do
        assertThat(warnings).contains("حُذفت " + story.removedRepeats() + " فقرة مكررة");
        screenshot(shot + "03-import-preview");
        if (byId("import-anyway").isVisible()) {
            byId("import-anyway").click();
        }
        byId("save-article").click();
        page.waitForURL(ARTICLE_URL);
        settle();
        Matcher m = ARTICLE_URL.matcher(page.url());
        assertThat(m.find()).isTrue();
        long articleId = Long.parseLong(m.group(1));

        // the reader: cleaned text (no repeated paragraphs, no credit line) right-to-left, with suggestions
        Locator text = byId("span-selector");
        text.waitFor();
        assertThat(text.getAttribute("dir")).isEqualTo("rtl");
        assertThat(text.evaluate("e => getComputedStyle(e).direction")).isEqualTo("rtl");
        List<String> paragraphs = page.locator("#span-selector p.cd-para").allTextContents();
        assertThat(new LinkedHashSet<>(paragraphs)).hasSize(paragraphs.size());
        assertThat(paragraphs).noneMatch(p -> p.strip().equals("وكالات"));
        assertThat(paragraphs).hasSize(expectedParagraphs(story.file()));
        assertThat(page.locator("#suggestions .cd-suggestion").count()).isGreaterThan(2);
        screenshot(shot + "04-reader");

        // claim 1: drag the mouse over the first clause of the first sentence
        drag(story.dragged());
        page.waitForFunction("() => !document.querySelector('#create-from-selection').hasAttribute('disabled')");
        settle();
        assertThat(byId("selection-preview").textContent()).contains(story.dragged());
        screenshot(shot + "05-mouse-selection");
        byId("create-from-selection").click();
        settle();

        // claims 2 and 3: a sentence suggestion and a clause suggestion
        String sentence = fromSuggestion("SENTENCE", story.sentenceKey(), false);
        String clause = fromSuggestion("CLAUSE", story.clauseStart(), true);
        assertThat(page.locator("#span-selector .cd-claim[data-no]").count()).isEqualTo(3);
        screenshot(shot + "06-reader-three-claims");

        Api checkerApi = new Api(baseUrl(), checker, PASSWORD);
        JsonNode items = checkerApi.get("/api/v1/claims?articleId=" + articleId).json().path("items");
        Map<String, Long> byQuote = new HashMap<>();
        items.forEach(c -> byQuote.put(c.path("quote").asText(), c.path("id").asLong()));
        assertThat(byQuote.keySet()).containsExactlyInAnyOrder(story.dragged(), sentence, clause);
        assertThat(sentence).contains(story.sentenceKey());
        assertThat(clause).startsWith(story.clauseStart());
        List<Long> claims = List.of(byQuote.get(story.dragged()), byQuote.get(sentence), byQuote.get(clause));
        List<String> quotes = List.of(story.dragged(), sentence, clause);

        page.locator("#reader-side vaadin-tab").nth(1).click();
        settle();
        screenshot(shot + "07-reader-claims-tab");

        // 3. evidence with each stance, and a proposed verdict with rationale for each claim
        for (int i = 0; i < 3; i++) {
            Plan plan = plans.get(i);
            long claim = claims.get(i);
            open("/articles/" + articleId);
            page.locator("#reader-side vaadin-tab").nth(1).click();
            byId("claim-link-" + claim).click();
            page.waitForURL(url -> url.endsWith("/claims/" + claim));
            settle();
            assertThat(byId("claim-quote-exact").textContent()).isEqualTo(quotes.get(i));
            fill("claim-claimant", plan.claimant());
            byId("save-claim").click();
            settle();

            byId("evidence-add").click();
            byId("evidence-url").waitFor();
            fill("evidence-url", plan.sourceUrl());
            fill("evidence-title", plan.sourceTitle());
            page.locator("#evidence-stance vaadin-radio-button").nth(plan.stance()).click();
            fill("evidence-excerpt", plan.excerpt());
            if (i == 0) {
                screenshot(shot + "08-evidence-dialog");
            }
            byId("evidence-save").click();
            settle();
            assertThat(page.locator("#evidence-list .cd-evidence").count()).isEqualTo(1);

            byId("workflow-take-start").click();
            settle();
            byId("workflow-action-propose").click();
            choose("transition-verdict", plan.verdict());
            fill("transition-rationale", plan.rationale());
            if (i == 0) {
                screenshot(shot + "09-propose-dialog");
            }
            byId("transition-confirm").click();
            settle();
            assertThat(byId("workflow-status").textContent()).contains("جاهز للمراجعة");
            screenshot(shot + String.format("%02d-claim-%d-proposed", 10 + i, i + 1));

            JsonNode stored = checkerApi.get("/api/v1/claims/" + claims.get(i)).json();
            assertThat(stored.path("status").asText()).isEqualTo("READY_FOR_REVIEW");
            assertThat(stored.path("verdict").asText()).isEqualTo(plan.verdictCode());
            assertThat(stored.path("rationale").asText()).isEqualTo(plan.rationale());
            assertThat(stored.path("claimant").asText()).isEqualTo(plan.claimant());
            JsonNode evidence = checkerApi.get("/api/v1/claims/" + claims.get(i) + "/evidence").json();
            assertThat(evidence).hasSize(1);
            assertThat(evidence.get(0).path("stance").asText())
                    .isEqualTo(List.of("supports", "refutes", "context").get(plan.stance()));
        }
        signOut();

        // 4. the supervisor approves two and requests changes on the third
        String reason = "أضف مصدرا ثانيا مستقلا عن النقابة قبل الحكم.";
        signIn(supervisor, PASSWORD);
        open("/review");
        byId("review-queue").waitFor();
        screenshot(shot + "13-review-queue");
        byId("queue-approve-" + claims.get(0)).click();
        byId("transition-confirm").click();
        settle();
        open("/claims/" + claims.get(1));
        byId("workflow-action-approve").click();
        byId("transition-confirm").click();
        settle();
        assertThat(byId("workflow-status").textContent()).contains("Approved");
        screenshot(shot + "14-claim-2-approved");
        open("/claims/" + claims.get(2));
        byId("workflow-action-request-changes").click();
        fill("transition-reason", reason);
        screenshot(shot + "15-request-changes-dialog");
        byId("transition-confirm").click();
        settle();
        Api supervisorApi = new Api(baseUrl(), supervisor, PASSWORD);
        assertThat(status(supervisorApi, claims.get(0))).isEqualTo("APPROVED");
        assertThat(status(supervisorApi, claims.get(1))).isEqualTo("APPROVED");
        assertThat(status(supervisorApi, claims.get(2))).isEqualTo("IN_PROGRESS");
        signOut();

        // the checker sees the request: back in progress, the reason in the claim's history
        signIn(checker, PASSWORD);
        page.waitForFunction("() => document.dir === 'rtl'");
        open("/my-claims");
        byId("my-claims-grid").waitFor();
        screenshot(shot + "16-my-claims");
        open("/claims/" + claims.get(2));
        assertThat(byId("workflow-status").textContent()).contains("قيد التحقق");
        byId("claim-tab-review-history").click();
        settle();
        assertThat(byId("workflow-history").textContent()).contains(reason);
        byId("workflow-history").scrollIntoViewIfNeeded();
        screenshot(shot + "17-checker-sees-request");
        signOut();

        // 5. the supervisor downloads the PDF report and the ClaimReview export
        signIn(supervisor, PASSWORD);
        open("/articles/" + articleId);
        Download pdfDownload = page.waitForDownload(() -> byId("report-pdf").click());
        byte[] pdf = Files.readAllBytes(pdfDownload.path());
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String pdfText = pdfText(pdf, shot + "18-report-pdf-page1.png");
        for (int i = 0; i < 2; i++) {
            for (String word : words(quotes.get(i))) {
                assertThat(pdfText).as("PDF text has the word «%s» of claim %d", word, i + 1).contains(word);
            }
        }

        open("/export");
        JsonNode article = checkerApi.get("/api/v1/articles/" + articleId).json();
        String title = article.path("title").isTextual() && !article.path("title").asText().isBlank()
                ? article.path("title").asText() : "Article " + articleId;
        byId("export-article").locator("input").click();
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(title)).first().click();
        settle();
        assertThat(byId("export-count").textContent()).contains("3");
        screenshot(shot + "19-export");
        Download jsonDownload = page.waitForDownload(() -> byId("export-claimreview").click());
        JsonNode reviews = JSON.readTree(Files.readAllBytes(jsonDownload.path()));
        assertThat(reviews.isArray()).isTrue();
        assertThat(reviews).hasSize(2);
        Set<String> urls = new LinkedHashSet<>();
        List<String> reviewed = new ArrayList<>();
        for (JsonNode review : reviews) {
            assertThat(review.path("@type").asText()).isEqualTo("ClaimReview");
            // Arabic claims: the textual rating in Arabic (issue 15)
            assertThat(review.path("reviewRating").path("alternateName").asText()).isIn("صحيح", "نصف صحيح");
            assertThat(review.path("itemReviewed").path("@type").asText()).isEqualTo("Claim");
            assertThat(review.path("itemReviewed").path("author").path("name").asText()).isNotBlank();
            assertThat(review.path("author").path("name").asText()).isNotBlank();
            assertThat(review.path("datePublished").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
            urls.add(review.path("url").asText().replaceAll(".*/", ""));
            reviewed.add(review.path("claimReviewed").asText());
        }
        assertThat(urls).containsExactlyInAnyOrder(claims.get(0).toString(), claims.get(1).toString());
        assertThat(reviewed).containsExactlyInAnyOrder(quotes.get(0), quotes.get(1));
        signOut();
    }

    private void createUser(String username, String displayName, int role) {
        byId("create-user").click();
        fill("new-username", username);
        fill("new-display-name", displayName);
        choose("new-role", role);
        fill("new-password", PASSWORD);
        byId("save-user").click();
        settle();
    }

    /**
     * A screenshot of the whole view: the app layout scrolls inside the viewport, so a full-page shot would stop
     * at the viewport's height; the viewport is made as tall as the view for the shot (at most 4000 px).
     */
    @Override
    protected void screenshot(String name) {
        settle();
        page.evaluate("() => document.querySelectorAll('vaadin-app-layout, vaadin-app-layout *')"
                + ".forEach(e => { if (e.scrollTop > 0) e.scrollTop = 0; })");
        Number height = (Number) page.evaluate("() => Math.max(...Array.from(document.querySelectorAll("
                + "'vaadin-app-layout > *, vaadin-app-layout > * *')).map(e => e.getBoundingClientRect().top"
                + " + e.scrollHeight))");
        int tall = Math.min(4000, Math.max(900, height.intValue() + 40));
        if (tall > 900) {
            page.setViewportSize(1400, tall);
        }
        // notifications would cover the view's text; they are checked by the steps, not by looking
        page.evaluate("() => document.querySelectorAll('vaadin-notification-card')"
                + ".forEach(c => c.style.visibility = 'hidden')");
        super.screenshot(name);
        if (tall > 900) {
            page.setViewportSize(1400, 900);
        }
    }

    /** Opens the Vaadin select {@code id} and picks its item number {@code index} (0-based). */
    private void choose(String id, int index) {
        byId(id).click();
        page.locator("vaadin-select-item[role=option]:visible").nth(index).click();
        settle();
    }

    /** Types into a Vaadin text field or text area. */
    private void fill(String id, String value) {
        page.locator("#" + id + " input, #" + id + " textarea").first().fill(value);
    }

    /**
     * Selects {@code wanted} in the article text with the mouse: presses at the start of its first character and
     * releases at the end of its last, using the characters' boxes from {@code Range.getClientRects()}.
     */
    private void drag(String wanted) {
        @SuppressWarnings("unchecked")
        Map<String, Object> points = (Map<String, Object>) page.evaluate("""
                wanted => {
                  for (const p of document.querySelectorAll('#span-selector p.cd-para')) {
                    const at = p.textContent.indexOf(wanted);
                    if (at < 0) continue;
                    p.scrollIntoView({block: 'center'});
                    const box = unit => {
                      let seen = 0;
                      for (const piece of p.querySelectorAll('.cd-piece')) {
                        const node = piece.firstChild;
                        if (unit < seen + node.data.length) {
                          const range = document.createRange();
                          range.setStart(node, unit - seen);
                          range.setEnd(node, unit - seen + 1);
                          return range.getClientRects()[0];
                        }
                        seen += node.data.length;
                      }
                      return null;
                    };
                    const first = box(at);
                    const last = box(at + wanted.length - 1);
                    const rtl = getComputedStyle(p).direction === 'rtl';
                    return {
                      sx: rtl ? first.right - 1 : first.left + 1, sy: (first.top + first.bottom) / 2,
                      ex: rtl ? last.left + 1 : last.right - 1, ey: (last.top + last.bottom) / 2
                    };
                  }
                  return null;
                }""", wanted);
        assertThat(points).as("the text «%s» is in the reader", wanted).isNotNull();
        double sx = ((Number) points.get("sx")).doubleValue();
        double sy = ((Number) points.get("sy")).doubleValue();
        double ex = ((Number) points.get("ex")).doubleValue();
        double ey = ((Number) points.get("ey")).doubleValue();
        page.mouse().move(sx, sy);
        page.mouse().down();
        page.mouse().move((sx + ex) / 2, (sy + ey) / 2, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
        page.mouse().move(ex, ey, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
        page.mouse().up();
    }

    /** Creates a claim from the first suggestion of {@code kind} whose text has {@code key}; returns its text. */
    private String fromSuggestion(String kind, String key, boolean atStart) {
        Locator card = page.locator("#suggestions .cd-suggestion[data-kind=" + kind + "]")
                .filter(new Locator.FilterOptions().setHas(page.locator(".cd-suggestion-text")
                        .filter(new Locator.FilterOptions().setHasText(key)))).first();
        String suggestion = card.locator(".cd-suggestion-text").textContent();
        if (atStart) {
            assertThat(suggestion).startsWith(key);
        }
        String index = card.getAttribute("id").substring("suggestion-".length());
        card.scrollIntoViewIfNeeded();
        byId("suggestion-create-" + index).click();
        settle();
        return suggestion;
    }

    private static String status(Api api, long claim) {
        return api.get("/api/v1/claims/" + claim).json().path("status").asText();
    }

    /** Paragraphs the cleaned article must have: the distinct lines of the file without the credit line. */
    private static int expectedParagraphs(Path file) throws IOException {
        return (int) Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.equals("وكالات")).distinct().count();
    }

    /** The words of a quote, NFKC-normalised, without punctuation. */
    private static List<String> words(String quote) {
        List<String> words = new ArrayList<>();
        for (String w : NFKC.normalize(quote).split("\\s+")) {
            String word = w.replaceAll("[\\p{P}\\p{S}]", "");
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** The PDF's text (sorted by position, NFKC); its first page is also saved as a screenshot. */
    private static String pdfText(byte[] pdf, String pageImage) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 110), "png",
                    SCREENSHOTS.resolve(pageImage).toFile());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return NFKC.normalize(stripper.getText(document));
        }
    }
}
