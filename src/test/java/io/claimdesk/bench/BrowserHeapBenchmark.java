package io.claimdesk.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import io.claimdesk.e2e.BrowserTest;
import io.claimdesk.support.Fixtures;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.Role;
import io.claimdesk.user.domain.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.management.ObjectName;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Heap per logged-in UI measured with real browsers (issue 18, acceptance 2): {@code bench.sessions} (default 20)
 * headless Chromium contexts (Playwright, the system Chromium of {@link BrowserTest}), each signed in as its own
 * checker, open the claims list (first page of 50 claims); then as many new contexts open the reader of an article
 * with claims. The application runs in this JVM in production mode, as {@link BrowserTest} serves it. Used heap
 * after full GC ({@code System.gc()} four times, {@code MemoryMXBean}) is read before and after each group and the
 * growth divided by the number of sessions: the cost of one HTTP session with its security context and one Vaadin UI
 * with its view tree and data. The largest growing classes of the heap histogram (DiagnosticCommand
 * {@code gcClassHistogram}) are listed beside the figure. Writes section {@code heap-browser} of docs/benchmarks.md.
 * Not a test: it asserts only that the pages showed what they measure, and runs only when asked by name.
 */
class BrowserHeapBenchmark extends BrowserTest {

    private static final int SESSIONS = Integer.getInteger("bench.sessions", 20);
    private static final int CLAIMS = Integer.getInteger("bench.claims", 120);
    /** Claims of the article the reader shows (a news article of ~1,000 words has about ten). */
    private static final int READER_CLAIMS = Integer.getInteger("bench.readerClaims", 10);

    @Autowired
    Fixtures fixtures;

    @Test
    void heap_per_browser_session() throws Exception {
        AppUser owner = accounts.ensure("bench-heap-owner", Role.CHECKER);
        StringBuilder body = new StringBuilder();
        List<String> quotes = new ArrayList<>();
        for (int i = 0; i < CLAIMS; i++) {
            String q = i % 2 == 0
                    ? "قال وزير الزراعة إن إنتاج القمح بلغ " + (1000 + i) + " طن في المحافظة رقم " + i + "."
                    : "The ministry said wheat output reached " + (1000 + i) + " tonnes in district " + i + ".";
            quotes.add(q);
            body.append(q).append('\n');
        }
        long list = fixtures.article(owner.id(), "Bench heap list", body.toString(), "ar");
        for (String q : quotes) {
            fixtures.claim(list, q, owner.id());
        }
        // the reader's article: ~1,000 words, READER_CLAIMS of its sentences are claims
        StringBuilder story = new StringBuilder();
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String q = i % 2 == 0
                    ? "وقال المتحدث باسم وزارة الزراعة إن المحافظة رقم " + i + " سجلت إنتاجا من القمح بلغ " + (2000 + i) + " طن هذا الموسم."
                    : "The ministry spokesman said district " + i + " recorded a wheat harvest of " + (2000 + i) + " tonnes this season.";
            sentences.add(q);
            story.append(q).append(i % 5 == 4 ? "\n\n" : " ");
        }
        long article = fixtures.article(owner.id(), "Bench heap reader", story.toString(), "ar");
        for (int i = 0; i < READER_CLAIMS; i++) {
            fixtures.claim(article, sentences.get(i * (sentences.size() / READER_CLAIMS)), owner.id());
        }
        for (int i = 0; i < SESSIONS * 2 + 1; i++) {
            accounts.ensure("bench-heap-" + i, Role.CHECKER);
        }

        // warm-up: classes, caches and the first UI of the application are not per-session costs
        BrowserContext warm = session("bench-heap-" + (SESSIONS * 2), "/claims", "#claims-grid");
        warm.pages().get(0).navigate(baseUrl() + "/articles/" + article);
        settle(warm.pages().get(0));
        warm.close();

        long base = usedAfterGc();
        Map<String, long[]> h0 = histogram();
        List<BrowserContext> claimsList = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            claimsList.add(session("bench-heap-" + i, "/claims", "#claims-grid"));
        }
        long afterClaims = usedAfterGc();
        Map<String, long[]> h1 = histogram();
        List<BrowserContext> reader = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            reader.add(session("bench-heap-" + (SESSIONS + i), "/articles/" + article, "#reader-side"));
        }
        long afterReader = usedAfterGc();
        Map<String, long[]> h2 = histogram();

        double claimsKb = (afterClaims - base) / (double) SESSIONS / 1024.0;
        double readerKb = (afterReader - afterClaims) / (double) SESSIONS / 1024.0;
        String text = String.format(Locale.ROOT, """
                        ### Heap per browser session (issue 18, acceptance 2)

                        %d headless Chromium sessions (Playwright, system Chromium), each signed in as its own checker, \
                        kept open on the page; the application in the benchmark's JVM in production mode (no development \
                        tooling), data: one article with %d claims (half Arabic, half English), the claims list showing its \
                        first page of 50; the reader shows an article of ~1,300 words (60 sentences, Arabic and English) \
                        with %d claims and its claim suggestions. Used heap after full GC (`System.gc()` x4, `MemoryMXBean`), before and after each \
                        group, divided by the sessions. One warm-up session ran first.

                        | page | heap growth | per session | target |
                        |---|---|---|---|
                        | claims list (`/claims`) | %.1f MB | **%.0f KB** | <= 1 MB |
                        | reader (`/articles/{id}`) | %.1f MB | **%.0f KB** | <= 1 MB |

                        Largest growth by class, claims list (heap histogram after GC, bytes per session):

                        %s
                        Largest growth by class, reader:

                        %s
                        ```
                        ./mvnw -B test -Dtest=BrowserHeapBenchmark -Dsurefire.failIfNoSpecifiedTests=false [-Dbench.sessions=20] [-Dbench.readerClaims=10]
                        ```
                        """, SESSIONS, CLAIMS, READER_CLAIMS, (afterClaims - base) / 1048576.0, claimsKb,
                (afterReader - afterClaims) / 1048576.0, readerKb, top(h0, h1), top(h1, h2));
        BenchDoc.section("heap-browser", text);
        for (BrowserContext c : claimsList) {
            c.close();
        }
        for (BrowserContext c : reader) {
            c.close();
        }
    }

    /** A new browser context signed in as {@code user}, showing {@code path} until {@code selector} is visible. */
    private BrowserContext session(String user, String path, String selector) {
        Browser browser = browser();
        BrowserContext c = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900)
                .setLocale("en-US"));
        c.setDefaultTimeout(60_000);
        Page p = c.newPage();
        p.navigate(baseUrl() + "/login");
        settle(p);
        p.locator("input[name='username']").fill(user);
        p.locator("input[name='password']").fill(TestAccounts.PASSWORD);
        p.locator("vaadin-button[slot='submit'], button[type='submit']").first().click();
        p.waitForURL(url -> !url.contains("/login"));
        settle(p);
        p.navigate(baseUrl() + path);
        settle(p);
        p.locator(selector).waitFor();
        if (selector.equals("#claims-grid")) {
            // the first page of rows has arrived (a row cell shows a statement)
            p.waitForFunction("() => document.querySelector('#claims-grid') && "
                    + "document.querySelector('#claims-grid').innerText.includes('wheat')");
        }
        if (selector.equals("#reader-side")) {
            // the suggestions are drawn (in the browser, from the list's JSON)
            p.locator("#suggestions .cd-suggestion").first().waitFor();
        }
        return c;
    }

    private static void settle(Page p) {
        p.waitForLoadState(LoadState.NETWORKIDLE);
        p.waitForFunction("() => !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients"
                + " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }

    private static long usedAfterGc() throws InterruptedException {
        for (int k = 0; k < 4; k++) {
            System.gc();
            Thread.sleep(300);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Class name to {instances, bytes} from the JVM's class histogram (jcmd GC.class_histogram, after a GC). */
    private static Map<String, long[]> histogram() throws Exception {
        String out = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[]{new String[0]}, new String[]{String[].class.getName()});
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "heap-histogram-" + System.nanoTime() + ".txt"), out,
                StandardCharsets.UTF_8);
        Map<String, long[]> m = new HashMap<>();
        for (String line : out.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 4 && f[0].endsWith(":")) {
                m.put(f[3], new long[]{Long.parseLong(f[1]), Long.parseLong(f[2])});
            }
        }
        return m;
    }

    private static String top(Map<String, long[]> before, Map<String, long[]> after) throws IOException {
        record Delta(String name, long instances, long bytes) {
        }
        List<Delta> d = new ArrayList<>();
        after.forEach((k, v) -> {
            long[] b = before.getOrDefault(k, new long[2]);
            d.add(new Delta(k, v[0] - b[0], v[1] - b[1]));
        });
        d.sort(Comparator.comparingLong(Delta::bytes).reversed());
        // the measuring side: Playwright's Java client lives in this JVM too (its JSON is Gson)
        long client = d.stream().filter(x -> x.name().startsWith("com.microsoft.playwright")
                || x.name().startsWith("com.google.gson")).mapToLong(Delta::bytes).sum();
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "Of which Playwright's own client objects "
                + "in this JVM (`com.microsoft.playwright.*`, `com.google.gson.*`, not counting their strings): "
                + "%.1f KB per session.%n%n", client / (double) SESSIONS / 1024.0));
        sb.append("| class | instances per session | KB per session |\n|---|---|---|\n");
        d.stream().limit(8).forEach(x -> sb.append(String.format(Locale.ROOT, "| `%s` | %.0f | %.1f |%n", x.name(),
                x.instances() / (double) SESSIONS, x.bytes() / (double) SESSIONS / 1024.0)));
        return sb.toString();
    }
}
