package io.claimdesk.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;
import io.claimdesk.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Base of browser tests: the whole application on a random port with its own fresh database, driven through a
 * real Chromium by Playwright. Uses the system Chromium ({@code CLAIMDESK_CHROMIUM}, else /usr/bin/chromium)
 * without any download when it exists, and Playwright's own browser otherwise. Screenshots go to
 * {@code target/e2e-screenshots/}. The application runs as the default build serves it (production mode, no
 * development tooling), which is what a desk sees.
 */
public abstract class BrowserTest extends IntegrationTest {

    static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots");
    private static final List<String> CHROMIUM_FLAGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-quic", "--lang=en-US");

    private static Playwright playwright;
    private static Browser browser;
    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launch() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Path system = systemChromium();
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(CHROMIUM_FLAGS);
        if (system != null) {
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            options.setExecutablePath(system);
        } else {
            playwright = Playwright.create();
        }
        browser = playwright.chromium().launch(options);
    }

    /** The shared browser, for tests that need a second context (two users at once). */
    protected static Browser browser() {
        return browser;
    }

    static Path systemChromium() {
        String configured = System.getenv("CLAIMDESK_CHROMIUM");
        for (String candidate : new String[]{configured, "/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
            if (candidate != null && !candidate.isBlank() && Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        return null;
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900)
                .setLocale("en-US").setAcceptDownloads(true));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
    }

    /** Opens {@code path} and waits for Vaadin to settle. */
    protected void open(String path) {
        page.navigate(baseUrl() + path);
        settle();
    }

    /** Waits until the network is idle and Vaadin has no pending server round trip. */
    protected void settle() {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.waitForFunction("() => !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients"
                + " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }

    protected void signIn(String username, String password) {
        open("/login");
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(password);
        page.locator("vaadin-button[slot='submit'], button[type='submit']").first().click();
        page.waitForURL(url -> !url.contains("/login"));
        settle();
    }

    /**
     * Switches the UI language from the shell's menu and waits for the reloaded page in that direction (the
     * switch reloads the page; a marker on the old window tells the two documents apart).
     */
    protected void switchLanguage(String language) {
        page.evaluate("() => { window.__cdBeforeSwitch = true; }");
        page.locator("#language-menu").click();
        page.locator("#language-" + language).click();
        String dir = "ar".equals(language) ? "rtl" : "ltr";
        page.waitForFunction("d => !window.__cdBeforeSwitch && document.readyState === 'complete'"
                + " && (document.dir || 'ltr') === d", dir);
        settle();
    }

    protected void signOut() {
        page.locator("#account-menu").click();
        page.locator("#logout").click();
        page.waitForURL(url -> url.contains("/login"));
        settle();
    }

    protected Locator byId(String id) {
        return page.locator("#" + id);
    }

    /** Saves a full-page screenshot as target/e2e-screenshots/{name}.png. */
    protected void screenshot(String name) {
        settle();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /**
     * For every {@code vaadin-grid} on the page, each visible header cell ({@code th} in the shadow root) against the
     * body cells of the same column in the rendered rows: one line per cell whose left or right edge is more than
     * 1 px off, with both boxes; an empty list when every column lines up (or a grid has no rows yet).
     */
    private static final String GRID_COLUMN_DRIFT = """
            () => {
              const out = [];
              document.querySelectorAll('vaadin-grid').forEach((grid, g) => {
                const root = grid.shadowRoot;
                if (!root) return;
                const heads = [...root.querySelectorAll('#header tr th')].filter(th => th._column && !th.hidden
                    && th.getBoundingClientRect().width > 0);
                const rows = [...root.querySelectorAll('#items tr')].filter(tr => !tr.hidden
                    && tr.getBoundingClientRect().height > 0);
                heads.forEach((th, i) => {
                  const h = th.getBoundingClientRect();
                  const name = (th._column.header || th._column.path || th.textContent || ('#' + i)).toString().trim();
                  rows.forEach((tr, r) => {
                    const td = [...tr.querySelectorAll('td')].find(c => c._column === th._column);
                    if (!td) return;
                    const b = td.getBoundingClientRect();
                    if (Math.abs(b.left - h.left) > 1 || Math.abs(b.right - h.right) > 1) {
                      out.push((grid.id || ('grid' + g)) + ' col ' + i + ' "' + name + '" row ' + r
                          + ': header ' + h.left.toFixed(1) + '..' + h.right.toFixed(1) + ' (' + h.width.toFixed(1)
                          + ') body ' + b.left.toFixed(1) + '..' + b.right.toFixed(1) + ' (' + b.width.toFixed(1) + ')');
                    }
                  });
                });
              });
              return out;
            }""";

    /** Lines of header cells that do not line up with their body cells, for every grid on the page (see above). */
    @SuppressWarnings("unchecked")
    protected List<String> gridColumnDrift() {
        settle();
        return (List<String>) page.evaluate(GRID_COLUMN_DRIFT);
    }

    /** Header and body cell widths of every column of every grid, for a report ("header/body" per column). */
    protected String gridColumnWidths() {
        return String.valueOf(page.evaluate("""
                () => [...document.querySelectorAll('vaadin-grid')].map((grid, g) => {
                  const root = grid.shadowRoot;
                  const tr = root.querySelector('#items tr:not([hidden])');
                  return (grid.id || ('grid' + g)) + ': ' + [...root.querySelectorAll('#header tr th')]
                      .filter(th => th._column && th.getBoundingClientRect().width > 0).map(th => {
                        const td = tr ? [...tr.querySelectorAll('td')].find(c => c._column === th._column) : null;
                        return th.getBoundingClientRect().width.toFixed(1) + '/'
                            + (td ? td.getBoundingClientRect().width.toFixed(1) : '-');
                      }).join(' ');
                }).join('; ')"""));
    }
}
