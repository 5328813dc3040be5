package io.claimdesk.claim.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import io.claimdesk.search.domain.Highlight;
import io.claimdesk.search.ui.HighlightedText;
import io.claimdesk.support.Fixtures;
import io.claimdesk.support.KaribuTest;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.Role;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static io.claimdesk.db.Tables.CLAIM;
import static io.claimdesk.db.Tables.EVIDENCE;
import static io.claimdesk.db.Tables.SOURCE;
import static org.assertj.core.api.Assertions.assertThat;

class CheckedBeforePanelUiTest extends KaribuTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    DSLContext dsl;

    @Test
    void claim_detail_shows_the_similar_claim_of_another_article_and_marks_it_as_the_same_claim() {
        AppUser me = accounts.ensure("checked-before-checker", Role.CHECKER);
        long a1 = fixtures.article(me.id(), "القمح", Fixtures.ARABIC_STORY, "ar");
        long claim = fixtures.claim(a1, "أعلنت وزارة الزراعة الأردنية، الأحد، أن إنتاج القمح ارتفع بنسبة 12 في المئة هذا العام",
                me.id());
        String second = "قالت وزارة الزراعة الاردنية يوم الأحد إن إنتاج القمح ارتفع 12 في المئة هذا العام. "
                + UUID.randomUUID();
        long a2 = fixtures.article(me.id(), "متابعة", second, "ar");
        long other = fixtures.claim(a2, "قالت وزارة الزراعة الاردنية يوم الأحد إن إنتاج القمح ارتفع 12 في المئة هذا العام",
                me.id());
        dsl.update(CLAIM).set(CLAIM.STATUS, io.claimdesk.db.enums.ClaimStatus.APPROVED).set(CLAIM.VERDICT, "TRUE")
                .where(CLAIM.ID.eq(other)).execute();

        login("checked-before-checker", Role.CHECKER);
        UI.getCurrent().navigate("claims/" + claim);
        openCheckedBefore();
        Div row = _get(Div.class, s -> s.withId("similar-" + other));
        assertThat(row.getElement().getTextRecursively()).contains("إنتاج القمح").contains("Approved");
        _click(_get(Button.class, s -> s.withId("mark-same-" + other)));

        assertThat(_find(Span.class, s -> s.withId("same-group-" + other))).hasSize(1);
        assertThat(dsl.select(CLAIM.GROUP_ID).from(CLAIM).where(CLAIM.ID.eq(claim)).fetchSingle().value1())
                .isEqualTo(dsl.select(CLAIM.GROUP_ID).from(CLAIM).where(CLAIM.ID.eq(other)).fetchSingle().value1())
                .isNotNull();
        // the approved verdict of the group is offered; using it fills in a draft, it does not approve
        _click(_get(Button.class, s -> s.withId("reuse-verdict")));
        var row2 = dsl.selectFrom(CLAIM).where(CLAIM.ID.eq(claim)).fetchSingle();
        assertThat(row2.getVerdict()).isEqualTo("TRUE");
        assertThat(row2.getStatus().getLiteral()).isEqualTo("NEW");
    }

    @Test
    void the_english_claim_shows_the_arabic_claim_with_the_same_source_and_figure_first_with_why_and_the_dismissed_lookalike_last() {
        AppUser me = accounts.ensure("checked-before-reasons", Role.CHECKER);
        String tag = UUID.randomUUID().toString();
        long arabicArticle = fixtures.article(me.id(), "الصادرات", "بلغت الصادرات ١٬٢٥٠٬٠٠٠ طن. " + tag, "ar");
        long arabic = fixtures.claim(arabicArticle, "بلغت الصادرات ١٬٢٥٠٬٠٠٠ طن.", me.id());
        String lookalikeText = "Exports reached 1,250,000 tonnes, the ministry said in a statement.";
        long lookalikeArticle = fixtures.article(me.id(), "Wire", lookalikeText + " " + tag, "en");
        long lookalike = fixtures.claim(lookalikeArticle, lookalikeText, me.id());
        String englishText = "Exports reached 1,250,000 tonnes, the ministry said.";
        long englishArticle = fixtures.article(me.id(), "Exports", englishText + " " + tag, "en");
        long english = fixtures.claim(englishArticle, englishText, me.id());
        String url = "https://stats.example.org/exports/" + tag;
        long source = dsl.insertInto(SOURCE).set(SOURCE.URL, url).set(SOURCE.CANONICAL_URL, url)
                .returning(SOURCE.ID).fetchSingle(SOURCE.ID);
        for (long claim : List.of(arabic, lookalike, english)) {
            dsl.insertInto(EVIDENCE).set(EVIDENCE.CLAIM_ID, claim).set(EVIDENCE.SOURCE_ID, source)
                    .set(EVIDENCE.STANCE, io.claimdesk.db.enums.Stance.SUPPORTS).set(EVIDENCE.ADDED_BY, me.id())
                    .set(EVIDENCE.ENTERED_URL, url).execute();
        }
        dsl.update(CLAIM).set(CLAIM.STATUS, io.claimdesk.db.enums.ClaimStatus.DISMISSED)
                .where(CLAIM.ID.eq(lookalike)).execute();

        login("checked-before-reasons", Role.CHECKER);
        UI.getCurrent().navigate("claims/" + english);
        openCheckedBefore();
        List<Div> rows = _find(Div.class, s -> s.withClasses("cd-similar-claim"));
        assertThat(rows.get(0).getId()).hasValue("similar-" + arabic);
        assertThat(rows.get(rows.size() - 1).getId()).hasValue("similar-" + lookalike);
        assertThat(_get(Span.class, s -> s.withId("match-reasons-" + arabic)).getText())
                .isEqualTo("Matched by: \u2068the same cited source, the same figure (1250000)\u2069");
        assertThat(_get(Span.class, s -> s.withId("match-reasons-" + lookalike)).getText())
                .startsWith("Matched by: \u2068the same cited source, the same figure (1250000), similar wording (");
        assertThat(_get(Span.class, s -> s.withId("dismissed-" + lookalike)).getText())
                .isEqualTo("Dismissed before: listed last");
        assertThat(_find(Span.class, s -> s.withId("dismissed-" + arabic))).isEmpty();
    }

    @Test
    void claims_search_marks_matches_and_shows_html_literally() {
        AppUser me = accounts.ensure("search-ui-checker", Role.CHECKER);
        String token = "qx" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        long a = fixtures.article(me.id(), "html", "The <b>minister</b> announced " + token + ".", "en");
        fixtures.claim(a, "The <b>minister</b> announced " + token + ".", me.id());

        login("search-ui-checker", Role.CHECKER);
        UI.getCurrent().navigate("claims");
        _setValue(_get(TextField.class, s -> s.withId("filter-text")), "announce " + token);
        var grid = _get(com.vaadin.flow.component.grid.Grid.class, s -> s.withId("claims-grid"));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(grid)).isEqualTo(1);
        Span cell = (Span) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, 0, "statement");
        assertThat(cell.getElement().getTextRecursively()).isEqualTo("The <b>minister</b> announced " + token + ".");
        assertThat(cell.getChildren().map(c -> (Span) c).filter(s -> s.hasClassName("cd-hit"))
                .map(Span::getText).toList()).containsExactly("announced", token);

        String statement = "The <b>minister</b> announced " + token + ".";
        int at = statement.indexOf("announced");
        Span rendered = HighlightedText.of(statement, List.of(new Highlight(at, at + "announced".length())));
        assertThat(rendered.getElement().getTextRecursively()).isEqualTo("The <b>minister</b> announced " + token + ".");
        assertThat(rendered.getElement().getProperty("innerHTML")).isNull();
        assertThat(rendered.getChildren().map(c -> (Span) c).filter(s -> s.hasClassName("cd-hit"))
                .map(Span::getText).toList()).containsExactly("announced");
    }

    /** "Checked before" is a tab of the claim page (issue 16); a TabSheet attaches only the selected tab. */
    private static void openCheckedBefore() {
        com.vaadin.flow.component.tabs.TabSheet tabs = com.github.mvysny.kaributesting.v10.LocatorJ._get(
                com.vaadin.flow.component.tabs.TabSheet.class, s -> s.withId("claim-tabs"));
        tabs.setSelectedTab(com.github.mvysny.kaributesting.v10.LocatorJ._get(tabs,
                com.vaadin.flow.component.tabs.Tab.class, s -> s.withId("claim-tab-checked")));
    }
}
