package io.claimdesk.e2e;

import io.claimdesk.claim.domain.workflow.ClaimWorkflowService;
import io.claimdesk.claim.domain.workflow.WorkflowAction;
import io.claimdesk.review.ReviewFixtures;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.Role;
import io.claimdesk.user.domain.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every grid's header cells line up with its body cells (left and right edges within 1 px), in English and in
 * Arabic: the claims list, My claims, sources, the priority list and the review queue. A column width in {@code em}
 * drifted, since Lumo draws header cells smaller than body cells. Screenshots: {@code target/e2e-screenshots/grid-*.png}.
 */
class GridColumnsIT extends BrowserTest {

    @Autowired
    ReviewFixtures fixtures;
    @Autowired
    ClaimWorkflowService review;

    private void proposed(AppUser checker, String verdict, String rationale) {
        long claim = fixtures.claim(checker.id());
        fixtures.evidence(claim, checker.id());
        runAs(checker.username(), Role.CHECKER);
        review.transition(claim, WorkflowAction.START, null, null, null, 0);
        review.transition(claim, WorkflowAction.PROPOSE, verdict, rationale, null, 1);
        SecurityContextHolder.clearContext();
    }

    /** Opens each page in both languages, waits for its grid's rows and collects the drift lines. */
    private List<String> drift(List<String> paths, String shot) {
        List<String> out = new ArrayList<>();
        for (String language : List.of("en", "ar")) {
            switchLanguage(language);
            for (String path : paths) {
                open(path);
                page.waitForFunction("() => [...document.querySelectorAll('vaadin-grid')].some(g => g.shadowRoot"
                        + " && g.shadowRoot.querySelector('#items tr:not([hidden]) td'))");
                settle();
                System.out.println("grid widths " + path + " " + language + " (header/body px): " + gridColumnWidths());
                screenshot("grid-" + shot + path.replace('/', '-') + "-" + language);
                gridColumnDrift().forEach(line -> out.add(path + " " + language + ": " + line));
            }
        }
        switchLanguage("en");
        return out;
    }

    @Test
    void every_header_cell_lines_up_with_its_body_cells() {
        AppUser checker = accounts.ensure("browser-grid-checker", Role.CHECKER);
        AppUser supervisor = accounts.ensure("browser-grid-supervisor", Role.SUPERVISOR);
        proposed(checker, "MOSTLY_TRUE", "The ministry's bulletin gives 11.6 per cent.");
        proposed(checker, "MISLEADING", "The 40,000 tonnes were promised last year too; none were delivered.");

        signIn(checker.username(), TestAccounts.PASSWORD);
        List<String> drift = new ArrayList<>(drift(List.of("/claims", "/my-claims", "/sources"), "checker"));
        signOut();
        signIn(supervisor.username(), TestAccounts.PASSWORD);
        drift.addAll(drift(List.of("/review"), "supervisor"));

        assertThat(drift).isEmpty();
    }
}
