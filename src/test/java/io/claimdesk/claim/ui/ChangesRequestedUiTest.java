package io.claimdesk.claim.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import io.claimdesk.claim.domain.Claim;
import io.claimdesk.claim.domain.ClaimService;
import io.claimdesk.claim.domain.workflow.ClaimWorkflowService;
import io.claimdesk.claim.domain.workflow.WorkflowAction;
import io.claimdesk.claim.domain.workflow.WorkflowStatus;
import io.claimdesk.core.i18n.UiLanguage;
import io.claimdesk.review.ReviewFixtures;
import io.claimdesk.support.Api;
import io.claimdesk.support.KaribuTest;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.Role;
import io.claimdesk.user.domain.TestAccounts;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static io.claimdesk.db.Tables.CLAIM;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, "changes requested" as a visible state: a claim sent back keeps status IN_PROGRESS (history, exports and
 * ClaimReview unchanged) and carries the supervisor's reason, who and when: in the API, as a badge in the claims
 * grid and the claim header, and pinned at the top of the claim page (in its own direction) until it is proposed
 * again.
 */
class ChangesRequestedUiTest extends KaribuTest {

    static final String REASON = "أضف رابط جدول الوزارة (Table 4) قبل الاقتراح.";

    @Autowired
    ReviewFixtures fixtures;
    @Autowired
    ClaimWorkflowService workflow;
    @Autowired
    ClaimService claims;
    @Autowired
    DSLContext dsl;

    @Test
    void a_claim_sent_back_shows_the_pinned_reason_until_it_is_proposed_again() {
        AppUser checker = accounts.ensure("cr-checker", Role.CHECKER);
        AppUser supervisor = accounts.ensure("cr-supervisor", Role.SUPERVISOR);
        long claim = fixtures.claim(checker.id());
        String marker = "cr-" + UUID.randomUUID();
        dsl.update(CLAIM).set(CLAIM.CLAIMANT, marker).set(CLAIM.ASSIGNEE_ID, checker.id())
                .where(CLAIM.ID.eq(claim)).execute();
        fixtures.evidence(claim, checker.id());
        runAs("cr-checker", Role.CHECKER);
        workflow.transition(claim, WorkflowAction.START, null, null, null, claims.get(claim).version());
        workflow.transition(claim, WorkflowAction.PROPOSE, "HALF_TRUE", "6 per cent, not 12.", null,
                claims.get(claim).version());
        runAs("cr-supervisor", Role.SUPERVISOR);
        workflow.transition(claim, WorkflowAction.REQUEST_CHANGES, null, null, REASON, claims.get(claim).version());

        Claim sentBack = claims.get(claim);
        assertThat(sentBack.status()).isEqualTo(WorkflowStatus.IN_PROGRESS);
        assertThat(sentBack.changesRequested()).isNotNull();
        assertThat(sentBack.changesRequested().reason()).isEqualTo(REASON);
        assertThat(sentBack.changesRequested().byName()).isEqualTo(supervisor.displayName());

        JsonNode json = new Api(baseUrl(), "cr-checker", TestAccounts.PASSWORD).get("/api/v1/claims/" + claim).json();
        assertThat(json.get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(json.get("changesRequested").get("reason").asText()).isEqualTo(REASON);

        login("cr-checker", Role.CHECKER);
        UiLanguage.apply(UI.getCurrent(), "en");
        UI.getCurrent().navigate("claims/" + claim);
        Div pinned = _get(Div.class, s -> s.withId("changes-requested"));
        assertThat(pinned.isVisible()).isTrue();
        Paragraph reason = _get(Paragraph.class, s -> s.withId("changes-requested-reason"));
        assertThat(reason.getText()).isEqualTo(REASON);
        assertThat(reason.getElement().getAttribute("dir")).isEqualTo("rtl");

        UI.getCurrent().navigate("claims");
        _setValue(_get(TextField.class, s -> s.withId("claims-claimant-filter")), marker);
        @SuppressWarnings("unchecked")
        Grid<Claim> grid = _get(Grid.class, s -> s.withId("claims-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        // the status cell is drawn in the browser from row properties (LitRenderer): the badge it draws
        @SuppressWarnings("unchecked")
        var statusRenderer = (com.vaadin.flow.data.renderer.LitRenderer<Claim>) grid.getColumnByKey("status")
                .getRenderer();
        org.jsoup.nodes.Element status = io.claimdesk.support.LitCells.render(statusRenderer, GridKt._get(grid, 0))
                .selectFirst(".cd-status");
        assertThat(status).isNotNull();
        assertThat(status.attr("data-status")).isEqualTo("CHANGES_REQUESTED");
        assertThat(status.hasClass("cd-changes-requested")).isTrue();
        assertThat(status.attr("title")).isEqualTo(REASON);
        assertThat(status.text()).isEqualTo(UI.getCurrent().getTranslation("status.CHANGES_REQUESTED"));

        // My claims shows it too, with the reason on hover
        UI.getCurrent().navigate("my-claims");
        @SuppressWarnings("unchecked")
        Grid<io.claimdesk.review.domain.ClaimListItem> mine = _get(Grid.class);
        int row = -1;
        for (int i = 0; i < GridKt._size(mine); i++) {
            if (GridKt._get(mine, i).id() == claim) {
                row = i;
            }
        }
        assertThat(row).as("the claim is in My claims").isNotNegative();
        io.claimdesk.review.domain.ClaimListItem item = GridKt._get(mine, row);
        assertThat(item.changesRequested()).isEqualTo(REASON);
        boolean badge = false;
        for (Grid.Column<io.claimdesk.review.domain.ClaimListItem> column : mine.getColumns()) {
            if (column.getRenderer() instanceof com.vaadin.flow.data.renderer.ComponentRenderer<?, ?> r) {
                @SuppressWarnings("unchecked")
                var renderer = (com.vaadin.flow.data.renderer.ComponentRenderer<Component,
                        io.claimdesk.review.domain.ClaimListItem>) r;
                Component cell = renderer.createComponent(item);
                badge |= "CHANGES_REQUESTED".equals(cell.getElement().getAttribute("data-status"))
                        && REASON.equals(cell.getElement().getAttribute("title"));
            }
        }
        assertThat(badge).as("a changes-requested badge in My claims").isTrue();

        runAs("cr-checker", Role.CHECKER);
        workflow.transition(claim, WorkflowAction.PROPOSE, "HALF_TRUE", "6 per cent, not 12; table 4.", null,
                claims.get(claim).version());
        assertThat(claims.get(claim).changesRequested()).isNull();
        login("cr-checker", Role.CHECKER);
        UI.getCurrent().navigate("claims/" + claim);
        // Karibu finds visible components only: the pinned notice is gone
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Div.class, s -> s.withId("changes-requested")))
                .isEmpty();
    }
}
