package io.claimdesk.claim.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import io.claimdesk.claim.domain.Claim;
import io.claimdesk.support.Fixtures;
import io.claimdesk.support.KaribuTest;
import io.claimdesk.user.domain.Role;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static io.claimdesk.db.Tables.CLAIM;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: scrolling the lazy claims grid in any sort order shows every row exactly once, also when most rows tie
 * on the sorted column (same claimant, status, date and creation time; three statements in turn).
 */
class ClaimsGridStabilityUiTest extends KaribuTest {

    static final int CLAIMS = 113;

    @Autowired
    DSLContext dsl;

    @Test
    void every_sortable_column_in_both_directions_shows_113_distinct_rows() {
        var user = accounts.ensure("grid-checker", Role.CHECKER);
        String marker = "claimant-" + UUID.randomUUID();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < CLAIMS; i++) {
            body.append("الجملة رقم ").append(i).append(" في هذا الخبر. ");
        }
        Fixtures fixtures = new Fixtures(dsl);
        long article = fixtures.article(user.id(), "Grid " + marker, body.toString(), "ar");
        for (int i = 0; i < CLAIMS; i++) {
            fixtures.claim(article, "الجملة رقم " + i + " في", user.id());
        }
        OffsetDateTime sameTime = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        dsl.update(CLAIM).set(CLAIM.CLAIMANT, marker).set(CLAIM.CLAIM_DATE, LocalDate.of(2025, 12, 1))
                .set(CLAIM.CREATED_AT, sameTime)
                .set(CLAIM.STATEMENT, CLAIM.ID.mod(3L).cast(String.class).concat(" بيان"))
                .where(CLAIM.ARTICLE_ID.eq(article)).execute();

        login("grid-checker", Role.CHECKER);
        UI.getCurrent().navigate("claims");
        _setValue(_get(TextField.class, s -> s.withPlaceholder("Claimant")), marker);
        @SuppressWarnings("unchecked")
        Grid<Claim> grid = _get(Grid.class, s -> s.withId("claims-grid"));
        int pageSize = grid.getPageSize();
        assertThat(CLAIMS % pageSize).as("page size %d must not divide %d", pageSize, CLAIMS).isNotZero();

        List<String> keys = grid.getColumns().stream().filter(Grid.Column::isSortable).map(Grid.Column::getKey)
                .toList();
        assertThat(keys).containsExactlyInAnyOrder("statement", "claimant", "status", "claimDate", "createdAt");
        for (String key : keys) {
            for (SortDirection direction : SortDirection.values()) {
                grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey(key), direction)));
                List<Long> seen = new ArrayList<>();
                for (int offset = 0; offset < CLAIMS; offset += pageSize) {
                    GridKt._fetch(grid, offset, pageSize).forEach(c -> seen.add(c.id()));
                }
                assertThat(seen).as(key + " " + direction).hasSize(CLAIMS);
                assertThat(new HashSet<>(seen)).as(key + " " + direction + ": distinct rows").hasSize(CLAIMS);
            }
        }
    }

    /**
     * Issue 18: above 1,000 matching claims the grid shows an estimated total and has no fixed size; scrolling down
     * page by page (read by key after the first page) shows every row once, in the same order as offsets give.
     */
    @Test
    void a_large_list_shows_an_estimate_and_scrolls_by_key_through_every_row() {
        var user = accounts.ensure("grid-checker", Role.CHECKER);
        String marker = "many-" + UUID.randomUUID();
        long article = new Fixtures(dsl).article(user.id(), "Grid " + marker, "Wheat production rose.", "en");
        int many = io.claimdesk.claim.domain.ClaimRepository.EXACT_TOTAL_UP_TO + 113;
        dsl.execute("""
                insert into claim (article_id, quote, start_cp, end_cp, statement, claimant, language, created_by,
                                   created_at)
                select ?, 'Wheat production rose.', 0, 22, 'Statement ' || i, ?, 'en', ?,
                       timestamptz '2026-01-01 00:00:00+00' + ((i / 3) || ' seconds')::interval
                from generate_series(1, ?) as i""", article, marker, user.id(), many);
        dsl.execute("analyze claim");

        login("grid-checker", Role.CHECKER);
        UI.getCurrent().navigate("claims");
        _setValue(_get(TextField.class, s -> s.withPlaceholder("Claimant")), marker);
        String total = _get(com.vaadin.flow.component.html.Span.class, s -> s.withId("claims-total")).getText();
        assertThat(total).matches("(about [0-9,]+ claims \\(estimate\\)|more than 1,000 claims)");
        @SuppressWarnings("unchecked")
        Grid<Claim> grid = _get(Grid.class, s -> s.withId("claims-grid"));
        assertThat(grid.getDataCommunicator().isDefinedSize()).isFalse();
        int pageSize = grid.getPageSize();
        List<Long> seen = new ArrayList<>();
        for (int offset = 0; offset < many + pageSize; offset += pageSize) {
            GridKt._fetch(grid, offset, pageSize).forEach(c -> seen.add(c.id()));
        }
        List<Long> expected = dsl.select(CLAIM.ID).from(CLAIM).where(CLAIM.CLAIMANT.eq(marker))
                .orderBy(CLAIM.CREATED_AT.desc(), CLAIM.ID.desc()).fetch(CLAIM.ID);
        assertThat(seen).hasSize(many).isEqualTo(expected);

        // a small list: the exact number
        _setValue(_get(TextField.class, s -> s.withPlaceholder("Claimant")), "nobody-" + marker);
        assertThat(_get(com.vaadin.flow.component.html.Span.class, s -> s.withId("claims-total")).getText())
                .isEqualTo("0 claims");
    }
}
