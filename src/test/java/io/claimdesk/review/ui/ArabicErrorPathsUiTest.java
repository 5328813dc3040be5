package io.claimdesk.review.ui;

import io.claimdesk.support.ShownErrors;
import io.claimdesk.claim.domain.workflow.BulkTagging;
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
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, acceptance 3: the views and dialogs of the Arabic UI, walked through their error paths (the workflow
 * dialog: propose without evidence, empty reason, stale version; the evidence form: invalid and duplicate URL; the
 * import form: empty paste, invalid article URL, unreadable date; the claim page: empty statement, future date, stale
 * version; the verdict scale, users, profile, publisher settings, export filters and notification settings), show no
 * English sentence in any notification, open dialog, error paragraph or field error, and never the general
 * fallback that stands in for an error raised without a code. What the user typed (a URL, a code) may appear.
 */
class ArabicErrorPathsUiTest extends KaribuTest {

    /** Three Latin words in a row: an English sentence (a lone URL, code or name is not one). */

    @Autowired
    ReviewFixtures fixtures;
    @Autowired
    BulkTagging review;
    @Autowired
    RatingService ratings;

    private final ShownErrors shown = new ShownErrors();

    private void openInArabic(String username, Role role) {
        login(username, role);
        UiLanguage.apply(UI.getCurrent(), "ar");
    }

    /** The claim page, whose header holds the workflow actions (issue 16 workspace). */
    private void workflowPanel(long claimId) {
        UI.getCurrent().navigate("claims/" + claimId);
    }

    /** Nothing shown is an English sentence, a missing key, or the general stand-in for an uncoded error. */
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
        // who, what (the kind of the newer change, in Arabic) and when
        assertThat(stale).contains("Sami").contains("عُدّل الادعاء").contains("UTC").contains("أعد التحميل");
        shown.add(stale);
        shown.collect();
        assertThat(shown).hasSizeGreaterThanOrEqualTo(3);
        shown.assertAllArabic(1);
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
        shown.collectNotifications();
        _click(_get(Button.class, s -> s.withId("evidence-cancel")));

        // duplicate URL: the same source twice
        String source = "https://errors.example.jo/wheat-" + System.nanoTime();
        addEvidence(source);
        shown.collectNotifications();
        addEvidence(source + "?utm_source=x");
        shown.collectNotifications();
        assertThat(shown).anySatisfy(text -> assertThat(text).contains("يستشهد بهذا المصدر"));
        shown.assertAllArabic(1);
    }

    @Autowired
    io.claimdesk.claim.domain.ClaimService claims;
    @Autowired
    io.claimdesk.support.Fixtures baseFixtures;

    @Test
    void import_errors_in_the_arabic_ui_are_arabic() {
        openInArabic("rana", Role.CHECKER);
        UI.getCurrent().navigate("articles/import");
        // empty paste
        _click(_get(Button.class, s -> s.withId("preview")));
        shown.collect();
        int afterEmpty = shown.size();
        assertThat(afterEmpty).as("the empty paste is refused").isPositive();
        // an article URL that is no web link
        _setValue(_get(TextArea.class, s -> s.withId("paste-text")),
                "قالت الوزارة إن الأسعار لن ترتفع هذا العام. " + System.nanoTime());
        TextField url = _get(TextField.class, s -> s.withLabel(UI.getCurrent().getTranslation("article.url")));
        _setValue(url, "javascript:alert(1)");
        _click(_get(Button.class, s -> s.withId("preview")));
        shown.collect();
        assertThat(shown).anySatisfy(text -> assertThat(text).contains("رابط المقال"));
        _setValue(url, "");
        // a publication date the picker could not read
        var date = _get(com.vaadin.flow.component.datetimepicker.DateTimePicker.class);
        date.setInvalid(true);
        _click(_get(Button.class, s -> s.withId("preview")));
        shown.collect();
        assertThat(shown.size()).isGreaterThan(afterEmpty + 1);
        shown.assertAllArabic(1);
    }

    @Test
    void claim_page_errors_in_the_arabic_ui_are_arabic() {
        AppUser checker = accounts.ensure("lina", Role.CHECKER);
        long claim = fixtures.claim(checker.id());
        openInArabic("lina", Role.CHECKER);
        UI.getCurrent().navigate("claims/" + claim);
        TextArea statement = _get(TextArea.class, s -> s.withId("claim-statement"));
        String before = statement.getValue();
        // empty statement
        _setValue(statement, "");
        _click(_get(Button.class, s -> s.withId("save-claim")));
        shown.collect();
        // a claim date in the future
        _setValue(statement, before);
        var date = _get(com.vaadin.flow.component.datepicker.DatePicker.class, s -> s.withId("claim-date"));
        _setValue(date, java.time.LocalDate.now().plusYears(2));
        _click(_get(Button.class, s -> s.withId("save-claim")));
        shown.collect();
        _setValue(date, null);
        // stale version: a supervisor edits the claim meanwhile
        Authentication mine = SecurityContextHolder.getContext().getAuthentication();
        runAs("sami", Role.SUPERVISOR);
        try {
            var now = claims.get(claim);
            claims.update(claim, now.version(), new io.claimdesk.claim.domain.ClaimFields(now.statement() + " ",
                    "وزير الزراعة", now.claimDate(), now.tags()));
        } finally {
            SecurityContextHolder.getContext().setAuthentication(mine);
        }
        _setValue(statement, before + " (مراجعة)");
        _click(_get(Button.class, s -> s.withId("save-claim")));
        shown.collect();
        assertThat(shown).hasSizeGreaterThanOrEqualTo(3)
                .anySatisfy(text -> assertThat(text).contains("Sami").contains("أعد التحميل"));
        shown.assertAllArabic(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void admin_and_settings_errors_in_the_arabic_ui_are_arabic() {
        openInArabic("arabic-admin", Role.ADMIN);
        // verdict scale: a code that breaks the rule
        UI.getCurrent().navigate(VerdictScaleView.class);
        _click(_get(Button.class, s -> s.withId("create-verdict")));
        _setValue(_get(TextField.class, s -> s.withId("verdict-code")), "bad code");
        _click(_get(Button.class, s -> s.withId("save-verdict")));
        shown.collect();
        ShownErrors.closeDialogs();
        // users: a username that breaks the rule, a short password
        UI.getCurrent().navigate(io.claimdesk.user.ui.UsersView.class);
        _click(_get(Button.class, s -> s.withId("create-user")));
        _setValue(_get(TextField.class, s -> s.withId("new-username")), "a b");
        _setValue(_get(TextField.class, s -> s.withId("new-display-name")), "هدى");
        _setValue(_get(com.vaadin.flow.component.textfield.PasswordField.class, s -> s.withId("new-password")), "short");
        _click(_get(Button.class, s -> s.withId("save-user")));
        shown.collect();
        ShownErrors.closeDialogs();
        // publisher settings: a site that is no web address
        UI.getCurrent().navigate(io.claimdesk.report.ui.PublisherSettingsView.class);
        _setValue(_get(TextField.class, s -> s.withId("publisher-site")), "javascript:alert(1)");
        _click(_get(Button.class, s -> s.withId("publisher-save")));
        shown.collect();
        // export: a date range that ends before it starts
        UI.getCurrent().navigate(io.claimdesk.report.ui.ExportView.class);
        _setValue(_get(com.vaadin.flow.component.datepicker.DatePicker.class, s -> s.withId("export-from")),
                java.time.LocalDate.of(2026, 3, 1));
        _setValue(_get(com.vaadin.flow.component.datepicker.DatePicker.class, s -> s.withId("export-to")),
                java.time.LocalDate.of(2026, 1, 1));
        String count = _get(Paragraph.class, s -> s.withId("export-count")).getText();
        assertThat(count).contains("2026-03-01");
        shown.add(count);
        // profile: a wrong current password, a new one too short
        UI.getCurrent().navigate(io.claimdesk.user.ui.ProfileView.class);
        _setValue(_get(com.vaadin.flow.component.textfield.PasswordField.class, s -> s.withId("current-password")),
                "not-my-password-1");
        _setValue(_get(com.vaadin.flow.component.textfield.PasswordField.class, s -> s.withId("new-password")),
                "changed-in-the-ui-1");
        _setValue(_get(com.vaadin.flow.component.textfield.PasswordField.class, s -> s.withId("repeat-password")),
                "changed-in-the-ui-1");
        _click(_get(Button.class, s -> s.withId("change-password")));
        shown.collect();
        // notification settings: an e-mail address that is none
        UI.getCurrent().navigate(io.claimdesk.notification.ui.NotificationsView.class);
        _setValue(_get(com.vaadin.flow.component.textfield.EmailField.class, s -> s.withId("notification-email")),
                "no-address");
        _click(_get(Button.class, s -> s.withId("notification-settings-save")));
        shown.collect();
        assertThat(shown).hasSizeGreaterThanOrEqualTo(6);
        shown.assertAllArabic(1);
    }

    /** The Arabic texts themselves: no Arabic string of any bundle is an English sentence. */
    @Test
    void no_arabic_text_of_the_bundles_is_an_english_sentence() throws java.io.IOException {
        for (String bundle : List.of("messages", "article", "claim", "evidence", "review", "report", "search",
                "notification", "errors")) {
            java.util.Properties ar = new java.util.Properties();
            try (var in = getClass().getResourceAsStream("/i18n/" + bundle + "_ar.properties")) {
                ar.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            ar.forEach((key, text) -> assertThat(ShownErrors.LATIN_SENTENCE.matcher((String) text).find())
                    .as("%s_ar: %s=%s", bundle, key, text).isFalse());
        }
    }
}
