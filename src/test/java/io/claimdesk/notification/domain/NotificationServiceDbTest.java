package io.claimdesk.notification.domain;

import io.claimdesk.core.domain.NotFoundException;
import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.review.ReviewFixtures;
import io.claimdesk.review.domain.CommentService;
import io.claimdesk.claim.domain.workflow.ClaimWorkflowService;
import io.claimdesk.claim.domain.workflow.WorkflowAction;
import io.claimdesk.support.IntegrationTest;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NotificationServiceDbTest extends IntegrationTest {

    @Autowired
    ReviewFixtures fixtures;
    @Autowired
    ClaimWorkflowService review;
    @Autowired
    CommentService comments;
    @Autowired
    NotificationService notifications;

    private List<Notification> inboxOf(String username, Role role) {
        runAs(username, role);
        return notifications.mine(false, 50);
    }

    @Test
    void the_assignee_is_told_and_the_assigner_is_not() {
        AppUser checker = accounts.ensure("nt-assignee", Role.CHECKER);
        accounts.ensure("nt-assigner", Role.SUPERVISOR);
        long claim = fixtures.claim(checker.id());
        runAs("nt-assigner", Role.SUPERVISOR);
        int before = notifications.unreadCount();
        review.assign(List.of(claim), checker.id());

        assertThat(notifications.unreadCount()).isEqualTo(before);
        List<Notification> inbox = inboxOf("nt-assignee", Role.CHECKER);
        assertThat(inbox).filteredOn(n -> n.claimId() == claim).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.ASSIGNED);
            assertThat(n.actorName()).isEqualTo(accounts.ensure("nt-assigner", Role.SUPERVISOR).displayName());
            assertThat(n.read()).isFalse();
        });
    }

    @Test
    void propose_request_changes_and_approve_reach_the_right_people_with_the_reason() {
        AppUser checker = accounts.ensure("nt-checker", Role.CHECKER);
        accounts.ensure("nt-supervisor", Role.SUPERVISOR);
        long claim = fixtures.claim(checker.id());
        fixtures.evidence(claim, checker.id());
        runAs("nt-checker", Role.CHECKER);
        review.transition(claim, WorkflowAction.START, null, null, null, 0);
        review.transition(claim, WorkflowAction.PROPOSE, "HALF_TRUE", "6 per cent, not 12.", null, 1);

        assertThat(inboxOf("nt-supervisor", Role.SUPERVISOR)).filteredOn(n -> n.claimId() == claim)
                .extracting(Notification::kind).containsExactly(NotificationKind.REVIEW_REQUESTED);
        review.transition(claim, WorkflowAction.REQUEST_CHANGES, null, null, "Cite the ministry's table.", 2);

        assertThat(inboxOf("nt-checker", Role.CHECKER)).filteredOn(n -> n.claimId() == claim).first()
                .satisfies(n -> {
                    assertThat(n.kind()).isEqualTo(NotificationKind.CHANGES_REQUESTED);
                    assertThat(n.note()).isEqualTo("Cite the ministry's table.");
                });
        review.transition(claim, WorkflowAction.PROPOSE, "HALF_TRUE", "6 per cent (table 3).", null, 3);
        runAs("nt-supervisor", Role.SUPERVISOR);
        review.transition(claim, WorkflowAction.APPROVE, null, null, null, 4);

        assertThat(inboxOf("nt-checker", Role.CHECKER)).filteredOn(n -> n.claimId() == claim)
                .extracting(Notification::kind)
                .containsExactly(NotificationKind.APPROVED, NotificationKind.CHANGES_REQUESTED);
        // the supervisor's own approval is not notified to them
        assertThat(inboxOf("nt-supervisor", Role.SUPERVISOR)).filteredOn(n -> n.claimId() == claim)
                .extracting(Notification::kind)
                .containsExactly(NotificationKind.REVIEW_REQUESTED, NotificationKind.REVIEW_REQUESTED);
    }

    @Test
    void a_mention_in_a_comment_tells_the_user_named() {
        AppUser author = accounts.ensure("nt-writer", Role.CHECKER);
        accounts.ensure("nt-mentioned", Role.CHECKER);
        long claim = fixtures.claim(author.id());
        runAs("nt-writer", Role.CHECKER);
        comments.add(claim, "@nt-mentioned هل راجعت المصدر؟ (cc @nobody-here, @nt-writer)");

        assertThat(inboxOf("nt-mentioned", Role.CHECKER)).filteredOn(n -> n.claimId() == claim).singleElement()
                .satisfies(n -> {
                    assertThat(n.kind()).isEqualTo(NotificationKind.MENTIONED);
                    assertThat(n.note()).startsWith("@nt-mentioned");
                });
        assertThat(inboxOf("nt-writer", Role.CHECKER)).filteredOn(n -> n.claimId() == claim).isEmpty();
    }

    @Test
    void mark_read_and_mark_all_read_change_the_unread_count_of_the_owner_only() {
        AppUser checker = accounts.ensure("nt-reader", Role.CHECKER);
        accounts.ensure("nt-boss", Role.SUPERVISOR);
        long a = fixtures.claim(checker.id());
        long b = fixtures.claim(checker.id());
        runAs("nt-boss", Role.SUPERVISOR);
        review.assign(List.of(a, b), checker.id());

        runAs("nt-reader", Role.CHECKER);
        int unread = notifications.unreadCount();
        assertThat(unread).isGreaterThanOrEqualTo(2);
        long first = notifications.mine(true, 50).get(0).id();
        notifications.markRead(first);
        assertThat(notifications.unreadCount()).isEqualTo(unread - 1);
        assertThat(notifications.mine(true, 50)).extracting(Notification::id).doesNotContain(first);

        runAs("nt-boss", Role.SUPERVISOR);
        assertThatThrownBy(() -> notifications.markRead(first)).isInstanceOf(NotFoundException.class);

        runAs("nt-reader", Role.CHECKER);
        assertThat(notifications.markAllRead()).isEqualTo(unread - 1);
        assertThat(notifications.unreadCount()).isZero();
    }

    @Test
    void an_email_address_is_checked() {
        accounts.ensure("nt-settings", Role.CHECKER);
        runAs("nt-settings", Role.CHECKER);
        assertThatThrownBy(() -> notifications.saveSettings("not an address", Set.of()))
                .isInstanceOf(ValidationException.class);
        NotificationSettings saved = notifications.saveSettings(" sara@example.org ",
                Set.of(NotificationKind.ASSIGNED));
        assertThat(saved.email()).isEqualTo("sara@example.org");
        assertThat(notifications.settings().emailKinds()).containsExactly(NotificationKind.ASSIGNED);
        assertThat(notifications.saveSettings("", Set.of(NotificationKind.ASSIGNED)).email()).isNull();
    }
}
