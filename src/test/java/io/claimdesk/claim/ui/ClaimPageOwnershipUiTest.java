package io.claimdesk.claim.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.claimdesk.evidence.domain.Evidence;
import io.claimdesk.evidence.domain.EvidenceService;
import io.claimdesk.evidence.domain.NewEvidence;
import io.claimdesk.evidence.domain.Stance;
import io.claimdesk.support.Fixtures;
import io.claimdesk.support.KaribuTest;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The claim page hides or disables what the ownership rule refuses (issue 12): the same rule as the services
 * ({@code ClaimOwnership}).
 */
class ClaimPageOwnershipUiTest extends KaribuTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    EvidenceService evidence;

    private long claim;
    private Evidence link;

    @BeforeEach
    void colleaguesClaim() {
        AppUser owner = accounts.ensure("page-owner", Role.CHECKER);
        long article = fixtures.article(owner.id(), "Wheat", Fixtures.ARABIC_STORY, "ar");
        claim = fixtures.claim(article, "إنتاج القمح ارتفع بنسبة 12 في المئة", owner.id());
        runAs("page-owner", Role.CHECKER);
        link = evidence.add(claim, NewEvidence.of("https://stats.example/wheat-" + System.nanoTime(),
                Stance.SUPPORTS));
    }

    private void open() {
        UI.getCurrent().navigate("claims/" + claim);
    }

    private boolean formEditable() {
        return _get(TextArea.class, s -> s.withId("claim-statement")).isEnabled()
                && _get(TextField.class, s -> s.withId("claim-claimant")).isEnabled();
    }

    private boolean visible(String buttonId) {
        return _find(Button.class, s -> s.withId(buttonId)).stream().anyMatch(Button::isVisible);
    }

    @Test
    void a_checker_sees_a_colleagues_claim_read_only_without_edit_dismiss_or_remove() {
        login("page-colleague", Role.CHECKER);
        open();
        assertThat(formEditable()).isFalse();
        assertThat(_get(Paragraph.class, s -> s.withId("claim-locked")).getText())
                .isEqualTo("Created by \u2068Page owner\u2069: only its creator, its assignee or a supervisor may change this claim.");
        assertThat(visible("evidence-edit-" + link.id())).isFalse();
        assertThat(visible("evidence-remove-" + link.id())).isFalse();
        assertThat(visible("workflow-action-dismiss")).isFalse();
        // contributions stay open to every checker
        assertThat(visible("evidence-add")).isTrue();
    }

    @Test
    void the_owner_and_a_supervisor_may_edit_dismiss_and_remove() {
        for (var who : new String[][] {{"page-owner", "CHECKER"}, {"page-supervisor", "SUPERVISOR"}}) {
            login(who[0], Role.valueOf(who[1]));
            open();
            assertThat(formEditable()).as(who[0]).isTrue();
            assertThat(byId(UI.getCurrent(), "claim-locked").orElseThrow().isVisible()).as(who[0]).isFalse();
            assertThat(visible("evidence-edit-" + link.id())).as(who[0]).isTrue();
            assertThat(visible("evidence-remove-" + link.id())).as(who[0]).isTrue();
            assertThat(visible("workflow-action-dismiss")).as(who[0]).isTrue();
            logout();
        }
    }

    /** The component with {@code id} anywhere under the UI, visible or not (Karibu's lookups see visible ones only). */
    private static java.util.Optional<com.vaadin.flow.component.Component> byId(com.vaadin.flow.component.Component root,
                                                                                String id) {
        if (root.getId().filter(id::equals).isPresent()) {
            return java.util.Optional.of(root);
        }
        return root.getChildren().map(c -> byId(c, id)).flatMap(java.util.Optional::stream).findFirst();
    }
}
