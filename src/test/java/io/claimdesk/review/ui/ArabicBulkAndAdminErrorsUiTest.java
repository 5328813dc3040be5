package io.claimdesk.review.ui;

import io.claimdesk.support.ShownErrors;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import io.claimdesk.claim.domain.workflow.ClaimWorkflowService;
import io.claimdesk.claim.domain.workflow.WorkflowAction;
import io.claimdesk.claim.domain.workflow.WorkflowStatus;
import io.claimdesk.claim.domain.worthiness.CheckWorthinessService;
import io.claimdesk.claim.ui.CheckWorthinessModelView;
import io.claimdesk.core.i18n.UiLanguage;
import io.claimdesk.evidence.domain.EvidenceService;
import io.claimdesk.evidence.domain.NewEvidence;
import io.claimdesk.evidence.domain.SourceSummary;
import io.claimdesk.evidence.domain.Stance;
import io.claimdesk.evidence.ui.SourcesView;
import io.claimdesk.review.ReviewFixtures;
import io.claimdesk.support.KaribuTest;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.Role;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static io.claimdesk.db.Tables.CHECKWORTHINESS_MODEL;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, acceptance 3, the paths {@link ArabicErrorPathsUiTest} does not walk: the bulk bar (tags on an APPROVED
 * claim, a tag over the limit, nothing selected, assign with nobody chosen), the source registry's merge (one
 * source chosen, a merge refused because a claim citing it is in review), the second-factor dialog (empty code,
 * wrong code) and the check-worthiness admin page (rollback with no earlier version). In the Arabic UI, no
 * notification, field error, error paragraph or open dialog shows an English sentence, a missing key, or the
 * general stand-in for an uncoded error.
 */
class ArabicBulkAndAdminErrorsUiTest extends KaribuTest {

    /** Three Latin words in a row: an English sentence (a lone URL, code or name is not one). */

    @Autowired
    ReviewFixtures fixtures;
    @Autowired
    ClaimWorkflowService workflow;
    @Autowired
    EvidenceService evidence;
    @Autowired
    CheckWorthinessService worthiness;
    @Autowired
    DSLContext dsl;

    private final ShownErrors shown = new ShownErrors();

    private void openInArabic(String username, Role role) {
        login(username, role);
        UiLanguage.apply(UI.getCurrent(), "ar");
    }

    private String bulkError() {
        Paragraph error = _get(Paragraph.class, s -> s.withId("bulk-error"));
        assertThat(error.isVisible()).as("the bulk dialog shows an error").isTrue();
        return error.getText();
    }

    /** A claim proposed by {@code checker} (its evidence linked), i.e. READY_FOR_REVIEW. */
    private long proposed(String checkerName, long claim) {
        runAs(checkerName, Role.CHECKER);
        workflow.transition(claim, WorkflowAction.START, null, null, null, 0);
        workflow.transition(claim, WorkflowAction.PROPOSE, "HALF_TRUE", "الزيادة 6 في المئة لا 12.", null, 1);
        return claim;
    }

    @Test
    void bulk_errors_in_the_arabic_ui_are_arabic() {
        AppUser checker = accounts.ensure("ar-bulk-checker", Role.CHECKER);
        accounts.ensure("ar-bulk-supervisor", Role.SUPERVISOR);
        long open = fixtures.claim(checker.id());
        long approved = fixtures.claim(checker.id());
        fixtures.evidence(approved, checker.id());
        proposed("ar-bulk-checker", approved);
        runAs("ar-bulk-supervisor", Role.SUPERVISOR);
        workflow.transition(approved, WorkflowAction.APPROVE, null, null, null, 2);
        assertThat(workflow.summary(approved).status()).isEqualTo(WorkflowStatus.APPROVED);

        openInArabic("ar-bulk-supervisor", Role.SUPERVISOR);
        BulkActionBar bar = context.getBean(BulkActionBar.class);
        UI.getCurrent().add(bar);

        // nothing selected: a notification, no dialog
        bar.bind(Set::of, () -> { });
        _click(_get(Button.class, s -> s.withId("bulk-add-tags")));
        assertThat(_find(Dialog.class)).noneMatch(Dialog::isOpened);
        assertThat(NotificationsKt.getNotifications()).hasSize(1);
        shown.collect();

        // tags on an APPROVED claim are refused, as PATCH refuses them
        bar.bind(() -> Set.of(approved), () -> { });
        _click(_get(Button.class, s -> s.withId("bulk-add-tags")));
        _setValue(_get(TextField.class, s -> s.withId("bulk-tags")), "زراعة");
        _click(_get(Button.class, s -> s.withId("bulk-confirm")));
        String locked = bulkError();
        assertThat(locked).contains("معتمد");
        shown.collect();
        ShownErrors.closeDialogs();

        // a tag of 50 characters is over the limit
        bar.bind(() -> Set.of(open), () -> { });
        _click(_get(Button.class, s -> s.withId("bulk-add-tags")));
        _setValue(_get(TextField.class, s -> s.withId("bulk-tags")), "و".repeat(50));
        _click(_get(Button.class, s -> s.withId("bulk-confirm")));
        bulkError();
        shown.collect();
        ShownErrors.closeDialogs();

        // assign with nobody chosen
        _click(_get(Button.class, s -> s.withId("bulk-assign")));
        _click(_get(Button.class, s -> s.withId("bulk-confirm")));
        bulkError();
        shown.collect();
        ShownErrors.closeDialogs();

        assertThat(workflow.summary(approved).status()).isEqualTo(WorkflowStatus.APPROVED);
        shown.assertAllArabic(4);
    }

    @Test
    @SuppressWarnings("unchecked")
    void source_merge_errors_in_the_arabic_ui_are_arabic() {
        AppUser checker = accounts.ensure("ar-merge-checker", Role.CHECKER);
        accounts.ensure("ar-merge-supervisor", Role.SUPERVISOR);
        long first = fixtures.claim(checker.id());
        long second = fixtures.claim(checker.id());
        String tag = "armerge" + System.nanoTime();
        runAs("ar-merge-checker", Role.CHECKER);
        evidence.add(first, new NewEvidence("https://first.example/" + tag, Stance.SUPPORTS, null, null,
                "الأول " + tag, null, null, null));
        evidence.add(second, new NewEvidence("https://second.example/" + tag, Stance.REFUTES, null, null,
                "الثاني " + tag, null, null, null));
        // both claims wait for review: what they cite is locked, so the merge is refused whichever source is kept
        proposed("ar-merge-checker", first);
        proposed("ar-merge-checker", second);

        openInArabic("ar-merge-supervisor", Role.SUPERVISOR);
        UI.getCurrent().navigate(SourcesView.class);
        _setValue(_get(TextField.class, s -> s.withId("sources-filter")), tag);
        Grid<SourceSummary> grid = _get(Grid.class, s -> s.withId("sources-grid"));
        assertThat(_size(grid)).isEqualTo(2);

        // only one source chosen
        grid.asMultiSelect().select(_get(grid, 0));
        _click(_get(Button.class, s -> s.withId("sources-merge")));
        assertThat(_find(Dialog.class, s -> s.withId("merge-dialog"))).isEmpty();
        assertThat(NotificationsKt.getNotifications()).hasSize(1);
        shown.collect();

        // refused: a claim citing the merged source is in review
        grid.asMultiSelect().select(_get(grid, 0), _get(grid, 1));
        _click(_get(Button.class, s -> s.withId("sources-merge")));
        _click(_get(Button.class, s -> s.withId("merge-confirm")));
        assertThat(NotificationsKt.getNotifications()).as("the refusal is shown").isNotEmpty();
        shown.collect();
        ShownErrors.closeDialogs();
        assertThat(_size(grid)).as("nothing merged").isEqualTo(2);

        shown.assertAllArabic(2);
    }

    @Test
    void second_factor_and_model_page_errors_in_the_arabic_ui_are_arabic() {
        String name = "ar-totp-admin-" + System.nanoTime() % 100000;
        accounts.ensure(name, Role.ADMIN);
        openInArabic(name, Role.ADMIN);

        // the second-factor dialog: empty code, then a wrong code
        UI.getCurrent().navigate("profile");
        _click(_get(Button.class, s -> s.withId("totp-start")));
        _click(_get(Button.class, s -> s.withId("totp-confirm")));
        TextField code = _get(TextField.class, s -> s.withId("totp-code"));
        assertThat(code.isInvalid()).as("an empty code is refused on the field").isTrue();
        shown.add(code.getErrorMessage());
        shown.collectNotifications();
        _setValue(code, "000000");
        _click(_get(Button.class, s -> s.withId("totp-confirm")));
        assertThat(code.isInvalid()).as("a wrong code is refused on the field").isTrue();
        shown.add(code.getErrorMessage());
        shown.collectNotifications();
        ShownErrors.closeDialogs();

        // the check-worthiness page: rollback with no earlier version
        dsl.deleteFrom(CHECKWORTHINESS_MODEL).execute();
        worthiness.reload();
        try {
            UI.getCurrent().navigate(CheckWorthinessModelView.class);
            _click(_get(Button.class, s -> s.withId("rollback-checkworthiness")));
            assertThat(NotificationsKt.getNotifications()).as("the refusal is shown").isNotEmpty();
            shown.collect();
        } finally {
            dsl.deleteFrom(CHECKWORTHINESS_MODEL).execute();
            worthiness.reload();
        }
        shown.assertAllArabic(3);
    }

}
