package io.claimdesk.evidence.ui;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.claimdesk.core.i18n.UiLanguage;
import io.claimdesk.evidence.domain.Evidence;
import io.claimdesk.evidence.domain.EvidenceService;
import io.claimdesk.evidence.domain.Stance;
import io.claimdesk.support.Fixtures;
import io.claimdesk.support.KaribuTest;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

class EvidencePanelUiTest extends KaribuTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    EvidenceService evidence;

    long claim;

    @BeforeEach
    void claim() {
        AppUser author = accounts.ensure("panel-checker", Role.CHECKER);
        long article = fixtures.article(author.id(), "القمح", Fixtures.ARABIC_STORY, "ar");
        claim = fixtures.claim(article, "إنتاج القمح ارتفع بنسبة 12 في المئة", author.id());
    }

    private final java.util.concurrent.atomic.AtomicInteger changes = new java.util.concurrent.atomic.AtomicInteger();

    private EvidencePanel openPanelInArabic() {
        login("panel-checker", Role.CHECKER);
        UiLanguage.apply(UI.getCurrent(), "ar");
        EvidencePanel panel = context.getBean(EvidencePanel.class);
        UI.getCurrent().add(panel);
        panel.show(claim);
        panel.addEvidenceChangedListener(e -> changes.incrementAndGet());
        return panel;
    }

    @SuppressWarnings("unchecked")
    private void addEvidence(String url, Stance stance, String excerpt, String title) {
        _click(_get(Button.class, s -> s.withId("evidence-add")));
        _setValue(_get(TextField.class, s -> s.withId("evidence-url")), url);
        _setValue(_get(RadioButtonGroup.class, s -> s.withId("evidence-stance")), stance);
        _setValue(_get(TextArea.class, s -> s.withId("evidence-excerpt")), excerpt);
        _setValue(_get(TextField.class, s -> s.withId("evidence-title")), title);
        _click(_get(Button.class, s -> s.withId("evidence-save")));
    }

    @Test
    void checker_adds_supporting_and_refuting_evidence_in_the_arabic_ui() {
        openPanelInArabic();
        assertThat(_get(Paragraph.class, s -> s.withId("evidence-empty")).getText()).startsWith("لا أدلة بعد");

        addEvidence("https://www.moa.example.jo/news/wheat-2024?utm_source=twitter", Stance.SUPPORTS,
                "ارتفع إنتاج القمح بنسبة 12 في المئة", "وزارة الزراعة: إنتاج القمح");
        addEvidence("https://stats.example.org/crops/jordan", Stance.REFUTES,
                "بقي الإنتاج دون تغيير يذكر", "Crop statistics 2024");

        List<Evidence> stored = evidence.forClaim(claim);
        assertThat(stored).extracting(Evidence::stance).containsExactly(Stance.SUPPORTS, Stance.REFUTES);
        assertThat(stored.get(0).source().canonicalUrl()).isEqualTo("https://moa.example.jo/news/wheat-2024");

        Evidence supporting = stored.get(0);
        Evidence refuting = stored.get(1);
        assertThat(_get(StanceBadge.class, s -> s.withId("evidence-stance-" + supporting.id())).getElement().getTextRecursively())
                .isEqualTo("يؤيد");
        assertThat(_get(StanceBadge.class, s -> s.withId("evidence-stance-" + supporting.id())).getClassNames())
                .contains("cd-stance-supports");
        assertThat(_get(StanceBadge.class, s -> s.withId("evidence-stance-" + refuting.id())).getElement().getTextRecursively())
                .isEqualTo("يدحض");
        Div card = _get(Div.class, s -> s.withId("evidence-" + supporting.id()));
        Anchor link = _get(card, Anchor.class, s -> s.withClasses("cd-evidence-title"));
        assertThat(link.getText()).isEqualTo("وزارة الزراعة: إنتاج القمح");
        assertThat(link.getHref()).isEqualTo("https://www.moa.example.jo/news/wheat-2024?utm_source=twitter");
        assertThat(link.getElement().getAttribute("target")).isEqualTo("_blank");
        assertThat(link.getElement().getAttribute("rel")).contains("noopener");
        assertThat(_find(Paragraph.class, s -> s.withId("evidence-empty"))).isEmpty();
        assertThat(_get(StanceCountsBadge.class, s -> s.withId("evidence-counts")).getTitle())
                .hasValueSatisfying(t -> assertThat(t).contains("مؤيد").contains("داحض"));
    }

    @Test
    void a_javascript_link_is_refused_in_the_form_with_a_translated_message() {
        openPanelInArabic();
        addEvidence("javascript:alert(document.cookie)", Stance.SUPPORTS, "", "");
        TextField url = _get(TextField.class, s -> s.withId("evidence-url"));
        assertThat(url.isInvalid()).isTrue();
        assertThat(url.getErrorMessage()).contains("javascript:").contains("http");
        assertThat(evidence.forClaim(claim)).isEmpty();
    }

    @Test
    void fetching_a_title_from_a_local_address_fails_gracefully() {
        openPanelInArabic();
        _click(_get(Button.class, s -> s.withId("evidence-add")));
        _setValue(_get(TextField.class, s -> s.withId("evidence-url")), "http://127.0.0.1:9/admin");
        _click(_get(Button.class, s -> s.withId("evidence-fetch-title")));
        assertThat(_get(TextField.class, s -> s.withId("evidence-title")).getValue()).isEmpty();
        assertThat(NotificationsKt.getNotifications()).anySatisfy(n ->
                assertThat(n.getElement().getProperty("text")).contains("عنوان شبكة محلية"));
    }

    @Test
    void evidence_is_edited_and_removed_after_confirmation() {
        openPanelInArabic();
        addEvidence("https://edit.example/report", Stance.SUPPORTS, "", "Report");
        Evidence e = evidence.forClaim(claim).get(0);

        _click(_get(Button.class, s -> s.withId("evidence-edit-" + e.id())));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Stance> stance = _get(RadioButtonGroup.class, s -> s.withId("evidence-stance"));
        _setValue(stance, Stance.CONTEXT);
        _setValue(_get(TextArea.class, s -> s.withId("evidence-note")), "سياق إضافي");
        _click(_get(Button.class, s -> s.withId("evidence-save")));
        assertThat(evidence.get(e.id()).stance()).isEqualTo(Stance.CONTEXT);
        assertThat(_get(StanceBadge.class, s -> s.withId("evidence-stance-" + e.id())).getElement().getTextRecursively()).isEqualTo("سياق");

        _click(_get(Button.class, s -> s.withId("evidence-remove-" + e.id())));
        _fireConfirm(_get(ConfirmDialog.class, s -> s.withId("evidence-remove-dialog")));
        assertThat(evidence.forClaim(claim)).isEmpty();
        assertThat(_find(Div.class, s -> s.withId("evidence-" + e.id()))).isEmpty();
        assertThat(changes.get()).as("add, edit, remove events").isEqualTo(3);
    }

    @Test
    void a_colleagues_link_shows_no_edit_or_remove_and_removing_it_anyway_is_refused_in_the_users_language() {
        runAs("panel-checker", Role.CHECKER);
        Evidence theirs = evidence.add(claim, io.claimdesk.evidence.domain.NewEvidence.of(
                "https://colleague.example/report", Stance.SUPPORTS));
        login("panel-colleague", Role.CHECKER);
        UiLanguage.apply(UI.getCurrent(), "ar");
        EvidencePanel panel = context.getBean(EvidencePanel.class);
        UI.getCurrent().add(panel);
        panel.show(claim);

        // the same rule as the service (ClaimOwnership): the buttons of a colleague's link are hidden
        assertThat(byId(panel, "evidence-remove-" + theirs.id()).orElseThrow().isVisible()).isFalse();
        assertThat(byId(panel, "evidence-edit-" + theirs.id()).orElseThrow().isVisible()).isFalse();
        // and the service still refuses (e.g. a page opened before the claim changed hands), in the UI's language
        RuntimeException refused = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                () -> evidence.remove(theirs.id(), theirs.version()));
        assertThat(io.claimdesk.core.ui.ErrorMessages.text(panel, refused)).isEqualTo("لا يحذف الدليل " + theirs.id() + " إلا المدقق الذي أضافه أو المدقق الذي أنشأ الادعاء "
                        + claim + " أو المكلَّف به، أو مشرف.");
        assertThat(evidence.forClaim(claim)).extracting(Evidence::id).containsExactly(theirs.id());
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
