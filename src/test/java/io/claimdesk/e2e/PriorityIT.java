package io.claimdesk.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import io.claimdesk.claim.domain.priority.PriorityFilter;
import io.claimdesk.claim.domain.priority.PriorityItem;
import io.claimdesk.claim.domain.priority.PriorityList;
import io.claimdesk.claim.domain.priority.PriorityListDbTest;
import io.claimdesk.support.Fixtures;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.Role;
import io.claimdesk.user.domain.TestAccounts;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static io.claimdesk.db.Tables.ARTICLE;
import static io.claimdesk.db.Tables.CLAIM;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, acceptance 4 in Chromium: "Worth checking now" shows the suggestions of two articles (Arabic and English)
 * by score; one click on "Claim" creates the claim with its claimant filled from the suggestion. Screenshots:
 * {@code target/e2e-screenshots/priority-*.png} (English and Arabic UI).
 */
class PriorityIT extends BrowserTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    PriorityList priority;

    @Test
    void the_list_ranks_two_articles_by_score_and_one_click_claims_with_the_claimant() {
        AppUser checker = accounts.ensure("priority-browser-checker", Role.CHECKER);
        LocalDate day = LocalDate.of(1997, 5, 5);
        Fixtures fixtures = new Fixtures(dsl);
        long ar = fixtures.article(checker.id(), "سكة حديد جديدة", PriorityListDbTest.ARABIC, "ar");
        long en = fixtures.article(checker.id(), "A new rail line", PriorityListDbTest.ENGLISH, "en");
        dsl.update(ARTICLE).set(ARTICLE.PUBLISHED_AT, day.atTime(9, 0).atOffset(ZoneOffset.UTC))
                .where(ARTICLE.ID.in(ar, en)).execute();
        priority.refresh(ar);
        priority.refresh(en);
        runAs(checker.username(), Role.CHECKER);
        List<PriorityItem> expected = priority.page(new PriorityFilter(null, day, day), 0, 100);
        SecurityContextHolder.clearContext();
        assertThat(expected).extracting(PriorityItem::articleId).contains(ar, en);

        signIn(checker.username(), TestAccounts.PASSWORD);
        open("/priority");
        setDate("#priority-from", day);
        setDate("#priority-to", day);
        Locator texts = page.locator("#priority-grid .cd-priority-text");
        texts.first().waitFor();
        page.waitForFunction("n => document.querySelectorAll('#priority-grid .cd-priority-text').length >= n",
                Math.min(expected.size(), 8));
        assertThat(shownInOrder(texts)).startsWith(expected.stream().limit(8).map(PriorityItem::text)
                .toArray(String[]::new));
        // each text cell reads in its own direction
        assertThat(page.locator("#priority-grid .cd-priority-text[dir='rtl']").count()).isPositive();
        assertThat(page.locator("#priority-grid .cd-priority-text[dir='ltr']").count()).isPositive();
        screenshot("priority-01-list-en");
        System.out.println("priority grid widths en (header/body px): " + gridColumnWidths());
        assertThat(gridColumnDrift()).as("header cells over body cells, English").isEmpty();

        PriorityItem target = expected.stream().filter(s -> "قاسم الجبوري".equals(s.claimant())).findFirst()
                .orElseThrow();
        assertThat(page.locator("#priority-claimant-" + target.id() + " input").inputValue())
                .isEqualTo("قاسم الجبوري");
        page.locator("#priority-claim-" + target.id()).click();
        settle();
        page.locator("#priority-claim-" + target.id()).waitFor(new Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
        var claim = dsl.selectFrom(CLAIM).where(CLAIM.ARTICLE_ID.eq(ar), CLAIM.START_CP.eq(target.start()),
                CLAIM.END_CP.eq(target.end())).fetchSingle();
        assertThat(claim.getClaimant()).isEqualTo("قاسم الجبوري");
        assertThat(claim.getCreatedBy()).isEqualTo(checker.id());
        assertThat(shownInOrder(texts)).doesNotContain(target.text());
        screenshot("priority-02-claimed-en");

        switchLanguage("ar");
        setDate("#priority-from", day);
        setDate("#priority-to", day);
        texts.first().waitFor();
        assertThat(page.locator("h2").first().textContent()).isEqualTo("الأجدر بالتحقق الآن");
        screenshot("priority-03-list-ar");
        System.out.println("priority grid widths ar (header/body px): " + gridColumnWidths());
        assertThat(gridColumnDrift()).as("header cells over body cells, Arabic").isEmpty();
    }

    private void setDate(String picker, LocalDate day) {
        Locator input = page.locator(picker + " input");
        input.fill(day.toString());
        input.press("Enter");
        settle();
    }

    /** The suggestion texts on screen, top to bottom. */
    private static List<String> shownInOrder(Locator texts) {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < texts.count(); i++) {
            Locator t = texts.nth(i);
            BoundingBox box = t.boundingBox();
            if (box != null && box.height > 0) {
                rows.add(new String[]{String.valueOf(box.y), t.textContent()});
            }
        }
        rows.sort(Comparator.comparingDouble(r -> Double.parseDouble(r[0])));
        return rows.stream().map(r -> r[1]).toList();
    }
}
