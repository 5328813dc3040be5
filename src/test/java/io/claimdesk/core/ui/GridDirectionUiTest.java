package io.claimdesk.core.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import io.claimdesk.support.LitCells;
import com.vaadin.flow.dom.Element;
import io.claimdesk.core.i18n.UiLanguage;
import io.claimdesk.db.enums.ClaimStatus;
import io.claimdesk.db.enums.Stance;
import io.claimdesk.db.enums.UserRole;
import io.claimdesk.report.ReportFixtures;
import io.claimdesk.support.KaribuTest;
import io.claimdesk.user.domain.Role;
import org.jooq.DSLContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static io.claimdesk.db.Tables.CLAIM;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, acceptance 5 (and issue 14, "direction follows the text"): over every grid of the workbench, text in the
 * other direction than the UI (Arabic in the English UI, English in the Arabic UI) is shown in its own direction
 * (a {@code dir} on the cell element or an ancestor inside the cell, by {@link Cells#direction}), so it starts at its
 * own beginning; plain-text columns never carry such text. The grids are filled with claims, articles, sources,
 * verdict proposals and people in both languages.
 */
class GridDirectionUiTest extends KaribuTest {

    static final String AR_STATEMENT = "UN: ارتفع عدد اللاجئين في المنطقة إلى 3 ملايين بحلول نهاية العام";
    static final String EN_STATEMENT = "The minister said unemployment fell to 7% in the third quarter of the year";

    /** Every route with a grid, and the role that sees it. */
    static final List<String> ROUTES = List.of("claims", "my-claims", "review", "dashboard", "articles", "sources",
            "admin/users", "admin/verdicts", "profile");

    @Autowired
    DSLContext dsl;

    private void data() {
        ReportFixtures f = new ReportFixtures(dsl);
        long checker = f.user("grid-dir-admin", "سارة الكبيسي", UserRole.ADMIN);
        long english = f.user("grid-dir-en", "Sarah Jones", UserRole.CHECKER);
        String marker = UUID.randomUUID().toString();
        long ar = f.article(checker, "اللاجئون في المنطقة " + marker, "https://news.example/ar/" + marker,
                AR_STATEMENT + ". " + EN_STATEMENT + ".", "ar");
        long en = f.article(english, "Refugees and jobs " + marker, "https://news.example/en/" + marker,
                EN_STATEMENT + ". " + AR_STATEMENT + ".", "en");
        for (long article : new long[]{ar, en}) {
            long a = f.claim(article, AR_STATEMENT, AR_STATEMENT, "المفوضية السامية", checker);
            long b = f.claim(article, EN_STATEMENT, EN_STATEMENT, "Labour Minister", checker);
            f.decide(a, ClaimStatus.READY_FOR_REVIEW, "FALSE", "لم يرتفع العدد إلى 3 ملايين", english, checker);
            f.decide(b, ClaimStatus.READY_FOR_REVIEW, "FALSE", "Unemployment rose, see the bulletin", english,
                    checker);
            dsl.update(CLAIM).set(CLAIM.ASSIGNEE_ID, checker).where(CLAIM.ID.in(a, b)).execute();
            f.evidence(a, "https://stats.example/ar/" + marker + article, "نشرة الإحصاء الفصلية", Stance.REFUTES,
                    checker);
            f.evidence(b, "https://stats.example/en/" + marker + article, "Quarterly labour bulletin",
                    Stance.REFUTES, checker);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void every_grid_shows_text_of_the_other_direction_in_its_own(String language) {
        data();
        login("grid-dir-admin", Role.ADMIN);
        UiLanguage.apply(UI.getCurrent(), language);
        String uiDirection = "ar".equals(language) ? "rtl" : "ltr";
        List<String> checked = new ArrayList<>();
        for (String route : ROUTES) {
            UI.getCurrent().navigate(route);
            @SuppressWarnings("rawtypes")
            List<Grid> grids = _find(Grid.class);
            for (Grid<?> grid : grids) {
                checked.addAll(check(route, grid, uiDirection));
            }
        }
        // statements, claimants, titles, names, sources and rationales of the other direction were met and checked
        if ("en".equals(language)) {
            assertThat(String.join("\n", checked)).contains(AR_STATEMENT, "سارة الكبيسي", "المفوضية السامية",
                    "اللاجئون في المنطقة", "نشرة الإحصاء الفصلية", "لم يرتفع العدد إلى 3 ملايين");
        } else {
            assertThat(String.join("\n", checked)).contains(EN_STATEMENT, "Sarah Jones", "Labour Minister",
                    "Refugees and jobs", "Quarterly labour bulletin", "Unemployment rose, see the bulletin");
        }
    }

    /** Checks the first rows of a grid; returns the texts of the other direction it met. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<String> check(String route, Grid grid, String uiDirection) {
        List<String> met = new ArrayList<>();
        int rows = Math.min(GridKt._size(grid), 25);
        List<Grid.Column> columns = grid.getColumns();
        for (int row = 0; row < rows; row++) {
            Object item = GridKt._get(grid, row);
            List<String> formatted = GridKt._getFormattedRow(grid, row);
            for (int c = 0; c < columns.size(); c++) {
                Grid.Column column = columns.get(c);
                String where = route + " row " + row + " column " + c;
                if (column.getRenderer() instanceof ComponentRenderer renderer) {
                    Component cell = renderer.createComponent(item);
                    walk(cell.getElement(), null, uiDirection, where, met);
                } else if (column.getRenderer() instanceof LitRenderer renderer) {
                    // drawn in the browser from row properties: the same check on the markup it draws
                    walk(LitCells.render(renderer, item), null, uiDirection, where, met);
                } else if (c < formatted.size()) {
                    String text = formatted.get(c);
                    if (!text.isEmpty() && text.charAt(0) >= '\u2066' && text.charAt(0) <= '\u2068') {
                        continue; // isolated by bidi controls (dates, times): reads in its own direction
                    }
                    assertThat(Cells.direction(text)).as(where + " is plain text: " + text)
                            .isNotEqualTo(opposite(uiDirection));
                }
            }
        }
        return met;
    }

    private static void walk(Element e, String inherited, String uiDirection, String where, List<String> met) {
        String dir = e.hasAttribute("dir") ? e.getAttribute("dir") : inherited;
        String own = e.getText();
        if (own != null && !own.isBlank() && Cells.direction(own).equals(opposite(uiDirection))) {
            met.add(own);
            assertThat(dir).as(where + ": " + own).isEqualTo(Cells.direction(own));
        }
        e.getChildren().forEach(child -> walk(child, dir, uiDirection, where, met));
    }

    private static void walk(org.jsoup.nodes.Element e, String inherited, String uiDirection, String where,
                             List<String> met) {
        String dir = e.hasAttr("dir") ? e.attr("dir") : inherited;
        String own = e.ownText();
        if (!own.isBlank() && Cells.direction(own).equals(opposite(uiDirection))) {
            met.add(own);
            assertThat(dir).as(where + ": " + own).isEqualTo(Cells.direction(own));
        }
        e.children().forEach(child -> walk(child, dir, uiDirection, where, met));
    }

    private static String opposite(String direction) {
        return "rtl".equals(direction) ? "ltr" : "rtl";
    }
}
