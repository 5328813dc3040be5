package io.claimdesk.core.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import io.claimdesk.claim.domain.Claim;
import io.claimdesk.core.i18n.UiLanguage;
import io.claimdesk.support.Fixtures;
import io.claimdesk.support.KaribuTest;
import io.claimdesk.user.domain.Role;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static io.claimdesk.db.Tables.CLAIM;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, "direction follows the text": grid cells of claims take the direction of their text, so a claim that
 * starts with a Latin label ({@code UN:}) and goes on in Arabic is right to left, also in the English UI.
 */
class CellDirectionUiTest extends KaribuTest {

    static final String MIXED = "UN: ارتفع عدد اللاجئين إلى 3 ملايين";

    @Autowired
    DSLContext dsl;

    @Test
    void direction_counts_strong_characters() {
        assertThat(Cells.direction(MIXED)).isEqualTo("rtl");
        assertThat(Cells.direction("The minister said 3 million")).isEqualTo("ltr");
        assertThat(Cells.direction("Reuters quoted وزارة الصحة on Monday")).isEqualTo("ltr");
        assertThat(Cells.direction("قالت وكالة Reuters إن العدد 12")).isEqualTo("rtl");
        assertThat(Cells.direction("ab جد")).isEqualTo("ltr");
        assertThat(Cells.direction("جد ab")).isEqualTo("rtl");
        assertThat(Cells.direction("2026-03-05")).isEqualTo("auto");
        assertThat(Cells.direction(null)).isEqualTo("auto");
        assertThat(Cells.auto(null).getText()).isEmpty();
    }

    @Test
    void claims_grid_in_the_english_ui_shows_the_mixed_claim_right_to_left() {
        var user = accounts.ensure("dir-checker", Role.CHECKER);
        String marker = "claimant-" + UUID.randomUUID();
        Fixtures fixtures = new Fixtures(dsl);
        long article = fixtures.article(user.id(), "Direction " + marker, MIXED + ". " + "UN: the count rose.", "ar");
        fixtures.claim(article, MIXED, user.id());
        dsl.update(CLAIM).set(CLAIM.CLAIMANT, marker).where(CLAIM.ARTICLE_ID.eq(article)).execute();

        login("dir-checker", Role.CHECKER);
        UiLanguage.apply(UI.getCurrent(), "en");
        UI.getCurrent().navigate("claims");
        _setValue(_get(TextField.class, s -> s.withPlaceholder("Claimant")), marker);
        @SuppressWarnings("unchecked")
        Grid<Claim> grid = _get(Grid.class, s -> s.withId("claims-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).statement()).isEqualTo(MIXED);
        Component cell = GridKt._getCellComponent(grid, 0, "statement");
        assertThat(cell.getElement().getTextRecursively()).isEqualTo(MIXED);
        assertThat(cell.getElement().getAttribute("dir")).isEqualTo("rtl");
    }

    /** Text fields and areas follow their text the same way: the claim page's statement and claimant, both UIs. */
    @Test
    void claim_page_fields_follow_their_text_in_both_uis() {
        var user = accounts.ensure("dir-checker", Role.CHECKER);
        Fixtures fixtures = new Fixtures(dsl);
        long article = fixtures.article(user.id(), "Fields " + UUID.randomUUID(), MIXED + ". UN: the count rose.",
                "ar");
        long claim = fixtures.claim(article, MIXED, user.id());
        dsl.update(CLAIM).set(CLAIM.CLAIMANT, "Filippo Grandi").where(CLAIM.ID.eq(claim)).execute();

        login("dir-checker", Role.CHECKER);
        UiLanguage.apply(UI.getCurrent(), "en");
        UI.getCurrent().navigate("claims/" + claim);
        var statement = _get(com.vaadin.flow.component.textfield.TextArea.class, s -> s.withId("claim-statement"));
        TextField claimant = _get(TextField.class, s -> s.withId("claim-claimant"));
        assertThat(statement.getValue()).isEqualTo(MIXED);
        assertThat(statement.getElement().getAttribute("dir")).isEqualTo("rtl");
        assertThat(claimant.getElement().getAttribute("dir")).isEqualTo("ltr");

        UiLanguage.apply(UI.getCurrent(), "ar");
        UI.getCurrent().navigate("claims/" + claim);
        claimant = _get(TextField.class, s -> s.withId("claim-claimant"));
        assertThat(claimant.getElement().getAttribute("dir")).isEqualTo("ltr");
        _setValue(claimant, "فيليبو غراندي (UNHCR)");
        assertThat(claimant.getElement().getAttribute("dir")).isEqualTo("rtl");
        _setValue(claimant, "2026");
        assertThat(claimant.getElement().hasAttribute("dir")).isFalse();
    }

    /** An English rationale on the Arabic claim page keeps its full stop at its end (it reads left to right). */
    @Test
    void the_rationale_reads_in_its_own_direction_on_the_arabic_claim_page() {
        var user = accounts.ensure("dir-checker", Role.CHECKER);
        var f = new io.claimdesk.report.ReportFixtures(dsl);
        long article = new Fixtures(dsl).article(user.id(), "Rationale " + UUID.randomUUID(), MIXED + ".", "ar");
        long claim = new Fixtures(dsl).claim(article, MIXED, user.id());
        f.decide(claim, io.claimdesk.db.enums.ClaimStatus.READY_FOR_REVIEW, "FALSE", "6 per cent, not 12.",
                user.id(), user.id());

        login("dir-checker", Role.CHECKER);
        UiLanguage.apply(UI.getCurrent(), "ar");
        UI.getCurrent().navigate("claims/" + claim);
        var rationale = _get(com.vaadin.flow.component.html.Div.class, s -> s.withId("workflow-rationale"));
        assertThat(rationale.getText()).isEqualTo("6 per cent, not 12.");
        assertThat(rationale.getElement().getAttribute("dir")).isEqualTo("ltr");
    }
}
