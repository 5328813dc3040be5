package io.claimdesk.e2e;

import io.claimdesk.support.Fixtures;
import io.claimdesk.user.domain.TestAccounts;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.Role;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.UUID;

import static io.claimdesk.db.Tables.CLAIM;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, acceptance 2 in Chromium: a mixed claim ({@code UN:} followed by Arabic) reads right to left in the
 * claims grid and in its statement field of the English UI, the field turns while the user types, and the Arabic UI's
 * date picker takes a date typed with Arabic-Indic digits as d/M/yyyy. Screenshots:
 * {@code target/e2e-screenshots/fields-*.png}.
 */
class ArabicFieldsIT extends BrowserTest {

    static final String MIXED = "UN: ارتفع عدد اللاجئين في المنطقة إلى 3 ملايين بحلول نهاية العام، بحسب مسؤولين في المفوضية";
    static final String ENGLISH = "UN: the number of refugees in the region rose to three million by the end of the "
            + "year, officials of the agency said";

    /**
     * Whether the first {@code n} characters of the grid cell showing {@code text} are inside the cell's visible box
     * (the cell starts at its own beginning, cut at its end).
     */
    private static final String BEGINNING_VISIBLE = """
            ([text, n]) => {
              const spans = [...document.querySelectorAll('vaadin-grid-cell-content .cd-cell')];
              const span = spans.find(s => (s.textContent || '').trim() === text);
              if (!span) return 'no cell';
              const node = [...span.childNodes].find(c => c.nodeType === Node.TEXT_NODE) || span.firstChild;
              const r = document.createRange();
              r.setStart(node, 0); r.setEnd(node, n);
              const b = r.getBoundingClientRect();
              const box = span.getBoundingClientRect();
              const clipped = span.scrollWidth > span.clientWidth;
              return clipped && b.left >= box.left - 1 && b.right <= box.right + 1 ? 'visible'
                  : 'clipped=' + clipped + ' run=' + b.left + '..' + b.right + ' box=' + box.left + '..' + box.right;
            }""";

    /** The computed CSS direction of the grid cell content that shows {@code text}. */
    private static final String CELL_DIRECTION = """
            text => {
              const cells = [...document.querySelectorAll('vaadin-grid-cell-content')];
              const cell = cells.find(c => (c.textContent || '').trim() === text);
              if (!cell) return null;
              const span = cell.querySelector('[dir]') || cell;
              return getComputedStyle(span).direction;
            }""";

    @Autowired
    DSLContext dsl;

    @Test
    void a_mixed_claim_reads_right_to_left_and_an_arabic_date_is_understood() {
        AppUser checker = accounts.ensure("browser-fields-checker", Role.CHECKER);
        Fixtures fixtures = new Fixtures(dsl);
        String marker = "fields-" + UUID.randomUUID();
        long article = fixtures.article(checker.id(), "UN " + marker, MIXED + ". " + ENGLISH + ".", "ar");
        long claim = fixtures.claim(article, MIXED, checker.id());
        long english = fixtures.claim(article, ENGLISH, checker.id());
        dsl.update(CLAIM).set(CLAIM.CLAIMANT, marker).where(CLAIM.ID.in(claim, english)).execute();

        signIn(checker.username(), TestAccounts.PASSWORD);
        switchLanguage("en");
        open("/claims");
        page.locator("vaadin-text-field[placeholder='Claimant'] input").fill(marker);
        page.keyboard().press("Enter");
        settle();
        page.waitForFunction("t => [...document.querySelectorAll('vaadin-grid-cell-content')]"
                + ".some(c => (c.textContent || '').trim() === t)", MIXED);
        assertThat(page.evaluate(CELL_DIRECTION, MIXED)).isEqualTo("rtl");
        assertThat(page.evaluate(BEGINNING_VISIBLE, java.util.List.of(MIXED, 10))).isEqualTo("visible");
        assertThat(page.evaluate(BEGINNING_VISIBLE, java.util.List.of(ENGLISH, 10))).isEqualTo("visible");
        screenshot("fields-01-grid-en");
        // every header cell lines up with its body cells (a header 308 px over a 352 px statement column drifted)
        System.out.println("claims grid widths en (header/body px): " + gridColumnWidths());
        java.util.List<String> driftEn = gridColumnDrift();
        switchLanguage("ar");
        open("/claims");
        page.locator("vaadin-text-field#claims-claimant-filter input, vaadin-text-field[placeholder='صاحب الادعاء'] input")
                .first().fill(marker);
        page.keyboard().press("Enter");
        settle();
        page.waitForFunction("t => [...document.querySelectorAll('vaadin-grid-cell-content')]"
                + ".some(c => (c.textContent || '').trim() === t)", ENGLISH);
        assertThat(page.evaluate(CELL_DIRECTION, ENGLISH)).isEqualTo("ltr");
        assertThat(page.evaluate(BEGINNING_VISIBLE, java.util.List.of(ENGLISH, 10))).isEqualTo("visible");
        assertThat(page.evaluate(BEGINNING_VISIBLE, java.util.List.of(MIXED, 10))).isEqualTo("visible");
        screenshot("fields-01-grid-ar");
        System.out.println("claims grid widths ar (header/body px): " + gridColumnWidths());
        java.util.List<String> driftAr = gridColumnDrift();
        assertThat(driftEn).as("claims grid, English").isEmpty();
        assertThat(driftAr).as("claims grid, Arabic").isEmpty();
        switchLanguage("en");

        open("/claims/" + claim);
        assertThat(byId("claim-statement").getAttribute("dir")).isEqualTo("rtl");
        // while typing, before any round trip: an English statement turns the field left to right
        byId("claim-statement").locator("textarea").fill("UN: the number of refugees rose to 3 million");
        assertThat(byId("claim-statement").getAttribute("dir")).isEqualTo("ltr");
        byId("claim-statement").locator("textarea").fill(MIXED);
        assertThat(byId("claim-statement").getAttribute("dir")).isEqualTo("rtl");
        screenshot("fields-02-claim-en");

        switchLanguage("ar");
        open("/claims/" + claim);
        byId("claim-date").locator("input").fill("٥/٣/٢٠٢٦");
        byId("claim-date").locator("input").press("Enter");
        byId("claim-date").locator("input").press("Tab");
        settle();
        assertThat(byId("claim-date").getAttribute("invalid")).isNull();
        byId("save-claim").click();
        settle();
        assertThat(dsl.select(CLAIM.CLAIM_DATE).from(CLAIM).where(CLAIM.ID.eq(claim)).fetchSingle(CLAIM.CLAIM_DATE))
                .isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(byId("claim-statement").getAttribute("dir")).isEqualTo("rtl");
        assertThat(byId("claim-claimant").getAttribute("dir")).isEqualTo("ltr");
        screenshot("fields-03-claim-ar");
    }
}
