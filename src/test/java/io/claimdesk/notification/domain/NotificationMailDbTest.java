package io.claimdesk.notification.domain;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.claimdesk.review.ReviewFixtures;
import io.claimdesk.claim.domain.workflow.ClaimWorkflowService;
import io.claimdesk.support.IntegrationTest;
import io.claimdesk.support.TestSmtp;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.Role;
import io.claimdesk.user.domain.UserService;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Acceptance 2 of issue 16: "assigned to you" by e-mail, through a real SMTP conversation with GreenMail. */
class NotificationMailDbTest extends IntegrationTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(
            new ServerSetup(TestSmtp.port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired
    ReviewFixtures fixtures;
    @Autowired
    ClaimWorkflowService review;
    @Autowired
    NotificationService notifications;
    @Autowired
    UserService users;

    @Test
    void assigned_to_you_reaches_the_recipient_in_their_language_with_a_link_and_not_one_who_turned_it_off()
            throws Exception {
        AppUser off = accounts.ensure("mail-off", Role.CHECKER);
        runAs("mail-off", Role.CHECKER);
        notifications.saveSettings("off@example.org", Set.of(NotificationKind.APPROVED));
        AppUser on = accounts.ensure("mail-on", Role.CHECKER);
        runAs("mail-on", Role.CHECKER);
        users.setOwnLanguage("ar");
        notifications.saveSettings("mail-on@example.org", Set.of(NotificationKind.ASSIGNED));

        accounts.ensure("mail-assigner", Role.SUPERVISOR);
        long toOff = fixtures.claim(off.id());
        long toOn = fixtures.claim(on.id());
        runAs("mail-assigner", Role.SUPERVISOR);
        // the one who turned it off first: e-mails go out in order, so theirs would arrive before the other
        review.assign(List.of(toOff), off.id());
        review.assign(List.of(toOn), on.id());

        assertThat(smtp.waitForIncomingEmail(10_000, 1)).as("an e-mail arrived").isTrue();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(Arrays.stream(mail.getAllRecipients()).map(Object::toString)).containsExactly("mail-on@example.org");
        assertThat(mail.getHeader("Content-Language")).containsExactly("ar");
        assertThat(mail.getSubject()).contains("أُسند إليك الادعاء رقم " + toOn);
        String text = mail.getContent().toString();
        assertThat(text).contains("أسند").contains("https://desk.example.org/claims/" + toOn);
        assertThat(GreenMailUtil.getBody(mail)).isNotBlank();
        // nothing for the one who turned "assigned" off (theirs would have been sent first)
        assertThat(smtp.getReceivedMessagesForDomain("off@example.org")).isEmpty();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        // the one without e-mail still has the notification in the application
        runAs("mail-off", Role.CHECKER);
        assertThat(notifications.mine(false, 10)).anyMatch(n -> n.claimId() == toOff
                && n.kind() == NotificationKind.ASSIGNED);
    }
}
