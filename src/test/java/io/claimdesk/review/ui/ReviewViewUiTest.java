package io.claimdesk.review.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.vaadin.flow.component.grid.Grid;
import io.claimdesk.notification.domain.Notification;
import io.claimdesk.notification.domain.NotificationKind;
import io.claimdesk.review.domain.ClaimListItem;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import io.claimdesk.claim.domain.ClaimFields;
import io.claimdesk.claim.domain.ClaimService;
import io.claimdesk.claim.domain.workflow.ClaimWorkflowService;
import io.claimdesk.claim.domain.workflow.WorkflowAction;
import io.claimdesk.claim.domain.workflow.WorkflowStatus;
import io.claimdesk.core.i18n.UiLanguage;
import io.claimdesk.evidence.domain.EvidenceService;
import io.claimdesk.evidence.domain.NewEvidence;
import io.claimdesk.evidence.domain.SourceType;
import io.claimdesk.evidence.domain.Stance;
import io.claimdesk.review.ReviewFixtures;
import io.claimdesk.support.KaribuTest;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.stream.Collectors;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16: the supervisor's review view: the quote in its paragraph, evidence cards, the word-level diff since
 * changes were requested, approve and request changes in place, the keyboard shortcuts, its errors in Arabic, the
 * ways in (queue row, claim page, notification) and the dashboard's "changes requested" tile.
 */
class ReviewViewUiTest extends KaribuTest {

    @Autowired
    ReviewFixtures fixtures;
    @Autowired
    ClaimWorkflowService workflow;
    @Autowired
    EvidenceService evidence;
    @Autowired
    ClaimService claims;

    private long sentBackAndProposedAgain;
    private long kept;
    private long added;

    /**
     * A claim proposed with one source, sent back, then edited (statement, one source removed and another added)
     * and proposed again with a new verdict and rationale.
     */
    private long reworkedClaim(String checkerName, String supervisorName) {
        AppUser checker = accounts.ensure(checkerName, Role.CHECKER);
        accounts.ensure(supervisorName, Role.SUPERVISOR);
        long claim = fixtures.claim(checker.id());
        long n = System.nanoTime();
        runAs(checkerName, Role.CHECKER);
        workflow.transition(claim, WorkflowAction.START, null, null, null, 0);
        long dropped = evidence.add(claim, new NewEvidence("https://blog.example.net/wheat-" + n, Stance.SUPPORTS,
                "Production up 12%", null, "A farming blog", null, SourceType.OTHER, null)).id();
        kept = evidence.add(claim, new NewEvidence("https://stats.example.gov.jo/bulletin-" + n, Stance.REFUTES,
                "ارتفع الإنتاج بنسبة 6 في المئة", null, "النشرة الإحصائية", "دائرة الإحصاءات",
                SourceType.OFFICIAL_DOCUMENT, "https://web.archive.org/web/2026/https://stats.example.gov.jo/bulletin-" + n))
                .id();
        workflow.transition(claim, WorkflowAction.PROPOSE, "TRUE", "The blog says 12 per cent.", null,
                workflow.summary(claim).version());
        runAs(supervisorName, Role.SUPERVISOR);
        workflow.transition(claim, WorkflowAction.REQUEST_CHANGES, null, null,
                "The official bulletin says 6 per cent; drop the blog.", workflow.summary(claim).version());
        runAs(checkerName, Role.CHECKER);
        claims.update(claim, claims.get(claim).version(),
                new ClaimFields("ارتفع إنتاج القمح بنسبة 6 في المئة", null, null, null));
        evidence.remove(dropped, evidence.get(dropped).version());
        added = evidence.add(claim, new NewEvidence("https://news.example.org/harvest-" + n, Stance.REFUTES,
                "Six per cent, the ministry said.", null, "Harvest report", null, SourceType.NEWS_REPORT, null)).id();
        workflow.transition(claim, WorkflowAction.PROPOSE, "HALF_TRUE", "The bulletin says 6 per cent, not 12.",
                null, workflow.summary(claim).version());
        SecurityContextHolder.clearContext();
        sentBackAndProposedAgain = claim;
        return claim;
    }

    private static String text(Element e) {
        return e.getTextRecursively();
    }

    private static List<String> tagged(Element root, String tag) {
        return root.getChildren().filter(c -> !c.isTextNode()).flatMap(c -> c.getTag().equals(tag) ? java.util.stream.Stream.of(c.getText())
                : tagged(c, tag).stream()).collect(Collectors.toList());
    }

    @Test
    void the_supervisor_sees_the_quote_the_cards_and_the_diff_and_approves() {
        long claim = reworkedClaim("rv-checker", "rv-supervisor");
        login("rv-supervisor", Role.SUPERVISOR);
        UI.getCurrent().navigate("review/" + claim);

        // the quote highlighted in its paragraph, in the article's direction
        Span context = _get(Span.class, s -> s.withId("review-context-text"));
        assertThat(context.getElement().getAttribute("dir")).isEqualTo("rtl");
        assertThat(tagged(context.getElement(), "span").stream().filter(t -> t.equals("ارتفع بنسبة 12 في المئة")))
                .hasSize(1);
        assertThat(context.getElement().getChildren().filter(c -> c.getClassList().contains("cd-hit")).count())
                .isEqualTo(1);
        assertThat(text(context.getElement()).length()).isGreaterThan("ارتفع بنسبة 12 في المئة".length());
        assertThat(_get(Paragraph.class, s -> s.withId("review-statement")).getText())
                .isEqualTo("ارتفع إنتاج القمح بنسبة 6 في المئة");
        assertThat(_get(Paragraph.class, s -> s.withId("review-statement")).getElement().getAttribute("dir"))
                .isEqualTo("rtl");
        assertThat(text(_get(Div.class, s -> s.withId("review-rationale")).getElement()))
                .isEqualTo("The bulletin says 6 per cent, not 12.");

        // every evidence link as a card: title, canonical URL, stance, excerpt, archive link, reliability
        Div card = _get(Div.class, s -> s.withId("evidence-" + kept));
        assertThat(text(card.getElement())).contains("النشرة الإحصائية").contains("stats.example.gov.jo/bulletin-")
                .contains("Refutes").contains("ارتفع الإنتاج بنسبة 6 في المئة").contains("Unrated");
        assertThat(_get(Anchor.class, s -> s.withId("evidence-archive-" + kept)).getHref())
                .startsWith("https://web.archive.org/");
        assertThat(_find(Div.class, s -> s.withId("evidence-" + added))).hasSize(1);
        assertThat(_get(Div.class, s -> s.withId("review-evidence")).getChildren()
                .filter(c -> c instanceof io.claimdesk.evidence.ui.EvidenceCard)).hasSize(2);

        // the diff since changes were requested: statement by word, verdict, rationale, evidence added and removed
        assertThat(_get(Paragraph.class, s -> s.withId("review-changes-reason")).getText())
                .isEqualTo("The official bulletin says 6 per cent; drop the blog.");
        Element statement = _get(Div.class, s -> s.withId("review-diff-statement")).getElement();
        assertThat(tagged(statement, "del")).containsExactly("12");
        assertThat(String.join("|", tagged(statement, "ins"))).contains("إنتاج القمح").contains("6");
        Element rationale = _get(Div.class, s -> s.withId("review-diff-rationale")).getElement();
        // "The blog says 12 per cent." -> "The bulletin says 6 per cent, not 12."
        assertThat(tagged(rationale, "del")).containsExactly("blog", "12", "cent.");
        assertThat(tagged(rationale, "ins")).containsExactly("bulletin", "6", "cent, not 12.");
        assertThat(String.join(" ", tagged(rationale, "span"))).contains("says");
        assertThat(text(_get(Div.class, s -> s.withId("review-diff-verdict")).getElement()))
                .contains("True").contains("Half true");
        assertThat(text(_get(Div.class, s -> s.withId("review-evidence-added")).getElement()))
                .contains("Harvest report").doesNotContain("النشرة");
        assertThat(text(_get(Div.class, s -> s.withId("review-evidence-removed")).getElement()))
                .contains("A farming blog");

        // shortcuts are registered and documented: Alt+A opens the approve dialog
        assertThat(_get(Paragraph.class, s -> s.withId("review-shortcuts")).getText())
                .contains("Alt+A").contains("Alt+R").contains("Alt+N");
        ShortcutsKt.fireShortcut(Key.KEY_A, Key.ALT);
        Dialog dialog = _get(Dialog.class, s -> s.withId("transition-dialog"));
        assertThat(dialog.getHeaderTitle()).isEqualTo("Approve");
        _click(_get(Button.class, s -> s.withId("transition-confirm")));
        assertThat(workflow.summary(claim).status()).isEqualTo(WorkflowStatus.APPROVED);
        assertThat(_get(Button.class, s -> s.withId("review-approve")).isEnabled()).isFalse();
        assertThat(text(_get(Span.class, s -> s.withId("review-status")).getElement())).contains("Approved");
    }

    @Test
    void request_changes_from_the_view_with_alt_r_and_next_in_queue_with_alt_n() {
        AppUser checker = accounts.ensure("rv-checker2", Role.CHECKER);
        accounts.ensure("rv-supervisor2", Role.SUPERVISOR);
        long first = fixtures.claim(checker.id());
        long second = fixtures.claim(checker.id());
        runAs("rv-checker2", Role.CHECKER);
        for (long c : List.of(first, second)) {
            fixtures.evidence(c, checker.id());
            workflow.transition(c, WorkflowAction.START, null, null, null, 0);
            workflow.transition(c, WorkflowAction.PROPOSE, "FALSE", "No such rise.", null, 1);
        }
        SecurityContextHolder.clearContext();
        login("rv-supervisor2", Role.SUPERVISOR);
        UI.getCurrent().navigate("review/" + first);
        assertThat(_get(Paragraph.class, s -> s.withId("review-changes-never")).getText())
                .contains("first review");

        ShortcutsKt.fireShortcut(Key.KEY_R, Key.ALT);
        _setValue(_get(TextArea.class, s -> s.withId("transition-reason")), "Name the second source.");
        _click(_get(Button.class, s -> s.withId("transition-confirm")));
        assertThat(workflow.summary(first).status()).isEqualTo(WorkflowStatus.IN_PROGRESS);
        assertThat(claims.get(first).changesRequested()).isNotNull();
        assertThat(_find(Span.class, s -> s.withId("review-changes-requested"))).hasSize(1);
        assertThat(_get(Paragraph.class, s -> s.withId("review-changes-reason")).getText())
                .isEqualTo("Name the second source.");
        assertThat(_get(Paragraph.class, s -> s.withId("review-changes-none")).isVisible()).isTrue();

        ShortcutsKt.fireShortcut(Key.KEY_N, Key.ALT);
        ReviewView view = _get(ReviewView.class);
        assertThat(view.claimId()).isNotEqualTo(first);
        assertThat(workflow.summary(view.claimId()).status()).isEqualTo(WorkflowStatus.READY_FOR_REVIEW);

        // the dashboard counts the claim sent back on a tile of its own
        UI.getCurrent().navigate("dashboard");
        String tile = _get(Span.class, s -> s.withId("dashboard-count-changes-requested")).getElement()
                .getTextRecursively();
        assertThat(tile).startsWith("Changes requested");
        assertThat(Integer.parseInt(tile.substring("Changes requested".length()).strip())).isPositive();

        // the ways in: a queue row, the claim page's "Review" (only while waiting for review), a notification
        UI.getCurrent().navigate("review");
        @SuppressWarnings("unchecked")
        Grid<ClaimListItem> queue = _get(Grid.class, s -> s.withId("review-queue"));
        int row = -1;
        for (int i = 0; i < GridKt._size(queue); i++) {
            if (GridKt._get(queue, i).id() == second) {
                row = i;
            }
        }
        assertThat(row).isNotNegative();
        GridKt._clickItem(queue, row);
        assertThat(_get(ReviewView.class).claimId()).isEqualTo(second);

        UI.getCurrent().navigate("claims/" + second);
        _click(_get(Button.class, s -> s.withId("claim-review-link")));
        assertThat(_get(ReviewView.class).claimId()).isEqualTo(second);
        UI.getCurrent().navigate("claims/" + first);
        assertThat(_find(Button.class, s -> s.withId("claim-review-link"))).as("shown only while in review").isEmpty();

        UI.getCurrent().navigate("notifications");
        @SuppressWarnings("unchecked")
        Grid<Notification> notifications = _get(Grid.class, s -> s.withId("notifications-grid"));
        int reviewRequested = -1;
        for (int i = 0; i < GridKt._size(notifications); i++) {
            Notification n = GridKt._get(notifications, i);
            if (n.kind() == NotificationKind.REVIEW_REQUESTED && n.claimId() == second) {
                reviewRequested = i;
            }
        }
        assertThat(reviewRequested).as("the supervisor was told").isNotNegative();
        GridKt._clickItem(notifications, reviewRequested);
        assertThat(_get(ReviewView.class).claimId()).isEqualTo(second);
    }

    @Test
    void errors_in_the_arabic_review_view_are_arabic() {
        AppUser checker = accounts.ensure("rv-checker3", Role.CHECKER);
        accounts.ensure("rv-supervisor3", Role.SUPERVISOR);
        long claim = fixtures.claim(checker.id());
        fixtures.evidence(claim, checker.id());
        runAs("rv-checker3", Role.CHECKER);
        workflow.transition(claim, WorkflowAction.START, null, null, null, 0);
        workflow.transition(claim, WorkflowAction.PROPOSE, "FALSE", "لا يوجد ارتفاع.", null, 1);
        SecurityContextHolder.clearContext();
        login("rv-supervisor3", Role.SUPERVISOR);
        UiLanguage.apply(UI.getCurrent(), "ar");
        UI.getCurrent().navigate("review/" + claim);
        assertThat(_get(Paragraph.class, s -> s.withId("review-shortcuts")).getText()).contains("للاعتماد");
        assertThat(_get(com.vaadin.flow.component.html.H2.class, s -> s.withId("review-heading")).getText())
                .isEqualTo("مراجعة الادعاء رقم " + claim);

        // request changes without a reason: the dialog says so in Arabic
        _click(_get(Button.class, s -> s.withId("review-request-changes")));
        _click(_get(Button.class, s -> s.withId("transition-confirm")));
        Paragraph error = _get(Paragraph.class, s -> s.withId("transition-error"));
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).matches(".*[\\u0600-\\u06FF].*").doesNotContainPattern("[A-Za-z]{3,}");
        _click(_get(Button.class, s -> s.withId("transition-cancel")));

        // another supervisor sends the claim back while the approve dialog is open: the conflict is told in Arabic
        _click(_get(Button.class, s -> s.withId("review-approve")));
        var mine = SecurityContextHolder.getContext().getAuthentication();
        runAs("rv-other-supervisor3", Role.SUPERVISOR);
        workflow.transition(claim, WorkflowAction.REQUEST_CHANGES, null, null, "أعد التحقق من الرقم.",
                workflow.summary(claim).version());
        SecurityContextHolder.getContext().setAuthentication(mine);
        _click(_get(Button.class, s -> s.withId("transition-confirm")));
        Div conflict = _get(Div.class, s -> s.withId("transition-conflict"));
        assertThat(conflict.isVisible()).isTrue();
        assertThat(conflict.getElement().getTextRecursively()).contains("أعد التحميل")
                .doesNotContainPattern("[A-Za-z]{3,}\\s+[A-Za-z]{3,}\\s+[A-Za-z]{3,}");
    }
}
