package io.claimdesk.notification.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import io.claimdesk.review.ReviewFixtures;
import io.claimdesk.claim.domain.workflow.ClaimWorkflowService;
import io.claimdesk.support.KaribuTest;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The bell counts up by itself when someone else's action makes a notification (pushed, no reload). */
class NotificationBellUiTest extends KaribuTest {

    @Autowired
    ReviewFixtures fixtures;
    @Autowired
    ClaimWorkflowService review;

    /** Runs the UI's pending pushes until the bell shows {@code expected}, at most 5 s. */
    private int awaitBell(NotificationBell bell, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            MockVaadin.clientRoundtrip();
            if (bell.shownCount() == expected) {
                return expected;
            }
            Thread.sleep(20);
        }
        return bell.shownCount();
    }

    @Test
    void the_bell_count_goes_up_when_a_claim_is_assigned_to_you_elsewhere() throws InterruptedException {
        AppUser checker = accounts.ensure("bell-checker", Role.CHECKER);
        accounts.ensure("bell-supervisor", Role.SUPERVISOR);
        login("bell-checker", Role.CHECKER);
        UI.getCurrent().navigate("notifications");
        NotificationBell bell = _get(NotificationBell.class, spec -> spec.withId("notification-bell"));
        int before = bell.shownCount();

        Authentication checkerSignIn = SecurityContextHolder.getContext().getAuthentication();
        long claim = fixtures.claim(checker.id());
        runAs("bell-supervisor", Role.SUPERVISOR);
        review.assign(List.of(claim), checker.id());
        SecurityContextHolder.getContext().setAuthentication(checkerSignIn);

        assertThat(awaitBell(bell, before + 1)).isEqualTo(before + 1);
        // the list on the page refreshed too; mark all read brings the bell to zero
        _click(_get(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withId("notifications-mark-all-read")));
        assertThat(awaitBell(bell, 0)).isZero();
    }
}
