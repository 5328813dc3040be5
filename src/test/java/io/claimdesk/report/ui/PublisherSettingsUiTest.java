package io.claimdesk.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static io.claimdesk.db.Tables.PUBLISHER_SETTINGS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.claimdesk.core.domain.ConflictException;
import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.db.enums.ClaimStatus;
import io.claimdesk.db.enums.UserRole;
import io.claimdesk.report.ReportFixtures;
import io.claimdesk.report.domain.ClaimExportService;
import io.claimdesk.report.domain.ClaimFilter;
import io.claimdesk.report.domain.Publisher;
import io.claimdesk.report.domain.PublisherSettingsService;
import io.claimdesk.support.Fixtures;
import io.claimdesk.support.KaribuTest;
import io.claimdesk.user.domain.Role;
import java.io.ByteArrayOutputStream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Issue 15: publisher settings edited by an ADMIN, stored in the database, seeded by the environment. */
class PublisherSettingsUiTest extends KaribuTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    DSLContext dsl;
    @Autowired
    PublisherSettingsService settings;
    @Autowired
    ClaimExportService exports;

    @AfterEach
    void backToTheSeeds() {
        // other test classes share the database and expect the seeded publisher
        dsl.deleteFrom(PUBLISHER_SETTINGS).execute();
    }

    @Test
    void admin_saves_the_settings_in_the_ui_and_claimreview_names_the_organisation() throws Exception {
        login("ui-publisher-admin", Role.ADMIN);
        UI.getCurrent().navigate(PublisherSettingsView.class);
        // the environment's seeds (application defaults in tests) until saved
        assertThat(_get(TextField.class, s -> s.withId("publisher-name")).getValue()).isEqualTo("Claimdesk newsroom");
        assertThat(_get(TextField.class, s -> s.withId("publisher-site")).getValue())
                .isEqualTo("https://factcheck.example.org/");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("publisher-seeded"))
                .isVisible()).isTrue();

        _setValue(_get(TextField.class, s -> s.withId("publisher-name")), "  مرصد التحقق  ");
        _setValue(_get(TextField.class, s -> s.withId("publisher-logo")), "https://marsad.example/logo.png");
        _setValue(_get(TextField.class, s -> s.withId("publisher-site")), "https://marsad.example/ar");
        @SuppressWarnings("unchecked")
        Select<String> language = _get(Select.class, s -> s.withId("publisher-language"));
        _setValue(language, "ar");
        _click(_get(Button.class, s -> s.withId("publisher-save")));

        assertThat(settings.current()).isEqualTo(new Publisher("مرصد التحقق", "https://marsad.example/logo.png",
                "https://marsad.example/ar/", "ar"));
        assertThat(settings.settings().version()).isZero();
        // stored now: the note about the environment's seeds is gone
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("publisher-seeded"))).isEmpty();

        ReportFixtures f = new ReportFixtures(dsl);
        long checker = f.user("publisher-checker", "Checker", UserRole.CHECKER);
        long supervisor = f.user("publisher-supervisor", "Supervisor", UserRole.SUPERVISOR);
        long article = f.article(checker, "t", "https://news.example/ar/publisher-" + System.nanoTime(),
                Fixtures.ARABIC_STORY, "ar");
        long claim = f.claim(article, "إنتاج القمح ارتفع", "s", "c", checker);
        f.decide(claim, ClaimStatus.APPROVED, "TRUE", "r", checker, supervisor);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.writeClaimReviews(new ClaimFilter(article, null, null, null, null, null), out);
        JsonNode review = JSON.readTree(out.toByteArray()).get(0);
        assertThat(review.at("/author/@type").asText()).isEqualTo("Organization");
        assertThat(review.at("/author/name").asText()).isEqualTo("مرصد التحقق");
        assertThat(review.at("/author/url").asText()).isEqualTo("https://marsad.example/ar/");
        assertThat(review.at("/author/logo").asText()).isEqualTo("https://marsad.example/logo.png");
        assertThat(review.get("url").asText()).isEqualTo("https://marsad.example/ar/checks/" + claim);
    }

    @Test
    void a_broken_rule_shows_on_its_field_in_the_ui_language_and_nothing_is_stored() {
        login("ui-publisher-admin", Role.ADMIN);
        UI.getCurrent().navigate(PublisherSettingsView.class);
        TextField site = _get(TextField.class, s -> s.withId("publisher-site"));
        _setValue(site, "javascript:alert(1)");
        _click(_get(Button.class, s -> s.withId("publisher-save")));
        assertThat(site.isInvalid()).isTrue();
        assertThat(site.getErrorMessage()).isEqualTo(
                "Give an absolute http or https address without a query, such as https://factcheck.example.org/.");
        assertThat(settings.settings().version()).isEqualTo(-1);
    }

    @Test
    void rules_rights_and_concurrent_saves() {
        login("ui-publisher-admin", Role.ADMIN);
        Publisher ok = new Publisher("Desk", "", "http://desk.example", "EN");
        assertThat(settings.save(ok, -1).publisher()).isEqualTo(new Publisher("Desk", null, "http://desk.example/",
                "en"));
        assertThatThrownBy(() -> settings.save(ok, -1)).isInstanceOf(ConflictException.class);
        assertThat(settings.save(new Publisher("Desk 2", null, "https://desk.example/", "ar"), 0).version())
                .isEqualTo(1);
        assertThatThrownBy(() -> settings.save(ok, 0)).isInstanceOf(ConflictException.class);

        assertThatThrownBy(() -> settings.save(new Publisher(" ", null, "https://d.example/", "en"), 1))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("organisationName:");
        assertThatThrownBy(() -> settings.save(new Publisher("D", "ftp://d.example/l.png", "https://d.example/",
                "en"), 1)).isInstanceOf(ValidationException.class).hasMessageStartingWith("logoUrl:");
        assertThatThrownBy(() -> settings.save(new Publisher("D", null, "https://d.example/?x=1", "en"), 1))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("siteBaseUrl:");
        assertThatThrownBy(() -> settings.save(new Publisher("D", null, "https://d.example/", "fr"), 1))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("defaultLanguage:");
        assertThat(settings.current().name()).isEqualTo("Desk 2");

        login("ui-publisher-checker", Role.CHECKER);
        assertThatThrownBy(() -> settings.save(ok, 1)).isInstanceOf(AccessDeniedException.class);
    }
}
