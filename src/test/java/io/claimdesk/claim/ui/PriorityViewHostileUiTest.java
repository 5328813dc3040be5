package io.claimdesk.claim.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import io.claimdesk.article.domain.ArticleService;
import io.claimdesk.claim.domain.Claim;
import io.claimdesk.claim.domain.ClaimFilter;
import io.claimdesk.claim.domain.ClaimService;
import io.claimdesk.article.domain.ImportRequest;
import io.claimdesk.claim.domain.priority.PriorityItem;
import io.claimdesk.claim.domain.priority.PriorityList;
import io.claimdesk.claim.domain.priority.PriorityListDbTest;
import io.claimdesk.support.KaribuTest;
import io.claimdesk.user.domain.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input on "Worth checking now" (issue 17) in the UI: a reversed or out-of-calendar date range never reaches
 * the list's service (which refuses it) from the grid's lazy fetch, and a claimant typed with control characters
 * makes a claim with them removed, as the API does.
 */
class PriorityViewHostileUiTest extends KaribuTest {

    @Autowired
    ArticleService articles;
    @Autowired
    PriorityList priority;
    @Autowired
    ClaimService claims;

    @SuppressWarnings("unchecked")
    private static Grid<PriorityItem> grid() {
        return _get(Grid.class, spec -> spec.withId("priority-grid"));
    }

    private static DatePicker picker(String id) {
        return _get(DatePicker.class, spec -> spec.withId(id));
    }

    @Test
    void a_reversed_or_far_date_range_shows_an_empty_list_with_the_field_marked_never_a_failed_fetch() {
        login("hostile-priority-ui", Role.CHECKER);
        UI.getCurrent().navigate("priority");
        _setValue(picker("priority-from"), LocalDate.of(2020, 2, 2));
        _setValue(picker("priority-to"), LocalDate.of(2020, 2, 1));
        assertThat(picker("priority-to").isInvalid()).isTrue();
        assertThat(GridKt._fetch(grid(), 0, 50)).isEmpty();
        assertThat(GridKt._size(grid())).isZero();

        _setValue(picker("priority-from"), null);
        _setValue(picker("priority-to"), LocalDate.MAX);
        assertThat(GridKt._fetch(grid(), 0, 50)).isEmpty();
        assertThat(picker("priority-to").isInvalid()).isTrue();
        _setValue(picker("priority-to"), LocalDate.of(2020, 2, 1));
        assertThat(picker("priority-to").isInvalid()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_claimant_typed_with_controls_and_bidi_marks_makes_a_claim_without_the_controls() {
        login("hostile-priority-ui-claim", Role.CHECKER);
        LocalDate day = LocalDate.of(1998, 6, 9);
        long article = articles.importArticle(new ImportRequest(PriorityListDbTest.ENGLISH, null,
                "Hostile claimant", null, null, null, day.atStartOfDay().atOffset(java.time.ZoneOffset.UTC), null,
                null, null, true, false)).id();
        priority.refresh(article);
        UI.getCurrent().navigate("priority");
        _setValue(picker("priority-from"), day);
        _setValue(picker("priority-to"), day);
        List<PriorityItem> rows = GridKt._fetch(grid(), 0, 50);
        PriorityItem first = rows.stream().filter(s -> s.articleId() == article).findFirst().orElseThrow();
        // the claimant field and the claim button are cells of the lazy grid: made by their columns' renderers
        TextField claimant = (TextField) ((ComponentRenderer<?, PriorityItem>) grid().getColumns().get(6)
                .getRenderer()).createComponent(first);
        _setValue(claimant, "\u0000\u202BAli\u0007 Hassan\u202C");
        Button claim = (Button) ((ComponentRenderer<?, PriorityItem>) grid().getColumns().get(7).getRenderer())
                .createComponent(first);
        ComponentUtil.fireEvent(claim, new ClickEvent<>(claim));
        Claim made = claims.find(ClaimFilter.ofArticle(article), 0, 10, List.of()).get(0);
        assertThat(made.claimant()).isEqualTo("\u202BAli Hassan\u202C");
    }
}
