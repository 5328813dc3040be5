package io.claimdesk.review.ui;

import io.claimdesk.claim.domain.workflow.BulkTagging;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.claimdesk.core.i18n.UiLanguage;
import io.claimdesk.evidence.domain.Stance;
import io.claimdesk.evidence.ui.EvidencePanel;
import io.claimdesk.review.ReviewFixtures;
import io.claimdesk.review.domain.Rating;
import io.claimdesk.review.domain.RatingService;
import io.claimdesk.claim.domain.workflow.WorkflowAction;
import io.claimdesk.support.KaribuTest;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, acceptance 3: the error paths of the workflow dialog and the evidence form in the Arabic UI (propose
 * without evidence, empty reason, stale version, duplicate URL, invalid URL) show no English sentence in any
 * notification, dialog message or field error.
 */
class ArabicErrorPathsTest extends KaribuTest {

    /** Three Latin words in a row: an English sentence (a lone URL, code or name is not one). */
    private static final Pattern LATIN_SENTENCE = Pattern.compile("\\b[A-Za-z]{2,}(\\s+[A-Za-z]{2,}){2,}");

    @Autowired
    ReviewFixtures fixtures;
    @Autowired
    BulkTagging review;
    @Autowired
    RatingService ratings;

    private final List<String> shown = new ArrayList<>();

    private void openInArabic(String username, Role role) {
        login(username, role);
        UiLanguage.apply(UI.getCurrent(), "ar");
    }

    /** The claim page, whose header holds the workflow actions (issue 16 workspace). */
    private void workflowPanel(long claimId) {
        UI.getCurrent().navigate("claims/" + claimId);
    }

    private void collectNotifications() {
        shown.addAll(NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text", "")).toList());
        NotificationsKt.clearNotifications();
    }

    private String dialogError() {
        Paragraph error = _get(Paragraph.class, s -> s.withId("transition-error"));
        assertThat(error.isVisible()).as("the dialog shows an error").isTrue();
        return error.getText();
    }

    @Test
    void workflow_errors_in_the_arabic_ui_are_arabic() {
        AppUser checker = accounts.ensure("noor", Role.CHECKER);
        long claim = fixtures.claim(checker.id());
        openInArabic("noor", Role.CHECKER);
        workflowPanel(claim);
        _click(_get(Button.class, s -> s.withId("workflow-take-start")));

        // propose without evidence
        _click(_get(Button.class, s -> s.withId("workflow-action-propose")));
        @SuppressWarnings("unchecked")
        Select<Rating> verdict = _get(Select.class, s -> s.withId("transition-verdict"));
        _setValue(verdict, ratings.get("FALSE"));
        _setValue(_get(TextArea.class, s -> s.withId("transition-rationale")), "الأرقام لا تطابق بيانات الوزارة.");
        _click(_get(Button.class, s -> s.withId("transition-confirm")));
        String noEvidence = dialogError();
        assertThat(noEvidence).isEqualTo("اربط دليلًا واحدًا على الأقل (مصدرًا مع موقفه) قبل اقتراح الحكم.");
        shown.add(noEvidence);
        _click(_get(Button.class, s -> s.withId("transition-cancel")));

        // dismiss with an empty reason
        _click(_get(Button.class, s -> s.withId("workflow-action-dismiss")));
        _click(_get(Button.class, s -> s.withId("transition-confirm")));
        String emptyReason = dialogError();
        assertThat(emptyReason).isEqualTo("اذكر سبب استبعاد هذا الادعاء.");
        shown.add(emptyReason);
        _click(_get(Button.class, s -> s.withId("transition-cancel")));

        // stale version: a colleague tags the claim while the dismiss dialog is open
        _click(_get(Button.class, s -> s.withId("workflow-action-dismiss")));
        _setValue(_get(TextArea.class, s -> s.withId("transition-reason")), "ليس ادعاءً قابلًا للتحقق.");
        accounts.ensure("sami", Role.SUPERVISOR);
        Authentication mine = SecurityContextHolder.getContext().getAuthentication();
        runAs("sami", Role.SUPERVISOR);
        try {
            review.addTags(List.of(claim), List.of("زراعة"));
        } finally {
            SecurityContextHolder.getContext().setAuthentication(mine);
        }
        _click(_get(Button.class, s -> s.withId("transition-confirm")));
        Div conflict = _get(Div.class, s -> s.withId("transition-conflict"));
        assertThat(conflict.isVisible()).isTrue();
        String stale = conflict.getElement().getTextRecursively();
        assertThat(stale).contains("Sami").contains("أعد التحميل");
        shown.add(stale);
        collectNotifications();

        assertThat(shown).allSatisfy(text -> assertThat(LATIN_SENTENCE.matcher(text).find())
                .as("no English sentence in: %s", text).isFalse());
    }

    @SuppressWarnings("unchecked")
    private void addEvidence(String url) {
        _click(_get(Button.class, s -> s.withId("evidence-add")));
        _setValue(_get(TextField.class, s -> s.withId("evidence-url")), url);
        _setValue(_get(RadioButtonGroup.class, s -> s.withId("evidence-stance")), Stance.SUPPORTS);
        _click(_get(Button.class, s -> s.withId("evidence-save")));
    }

    @Test
    void evidence_errors_in_the_arabic_ui_are_arabic() {
        AppUser checker = accounts.ensure("huda", Role.CHECKER);
        long claim = fixtures.claim(checker.id());
        openInArabic("huda", Role.CHECKER);
        EvidencePanel panel = context.getBean(EvidencePanel.class);
        UI.getCurrent().add(panel);
        panel.show(claim);

        // invalid URL: the field says why, in Arabic
        addEvidence("javascript:alert(1)");
        TextField url = _get(TextField.class, s -> s.withId("evidence-url"));
        assertThat(url.isInvalid()).isTrue();
        shown.add(url.getErrorMessage());
        collectNotifications();
        _click(_get(Button.class, s -> s.withId("evidence-cancel")));

        // duplicate URL: the same source twice
        String source = "https://errors.example.jo/wheat-" + System.nanoTime();
        addEvidence(source);
        collectNotifications();
        addEvidence(source + "?utm_source=x");
        collectNotifications();
        assertThat(shown).anySatisfy(text -> assertThat(text).contains("يستشهد بهذا المصدر"));

        assertThat(shown).isNotEmpty().allSatisfy(text -> assertThat(LATIN_SENTENCE.matcher(text).find())
                .as("no English sentence in: %s", text).isFalse());
    }
}
