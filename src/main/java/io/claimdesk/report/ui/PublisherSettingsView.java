package io.claimdesk.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.claimdesk.core.domain.ConflictException;
import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.core.ui.Notifications;
import io.claimdesk.report.domain.Publisher;
import io.claimdesk.report.domain.PublisherSettingsService;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;

/**
 * ADMIN: the publisher settings that published outputs use (ClaimReview {@code author} and check URLs):
 * organisation name, logo URL, site base URL, default language. Until saved here, the
 * {@code CLAIMDESK_ORGANISATION_*} settings apply (a note says so). A rule broken shows on its field, in the UI
 * language. Ids: {@code publisher-name}, {@code publisher-logo}, {@code publisher-site}, {@code publisher-language},
 * {@code publisher-save}, {@code publisher-seeded}.
 */
@Route("admin/publisher")
@RolesAllowed("ADMIN")
public class PublisherSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final PublisherSettingsService settings;
    private final TextField name = new TextField();
    private final TextField logo = new TextField();
    private final TextField site = new TextField();
    private final Select<String> language = new Select<>();
    private final Paragraph seeded = new Paragraph();
    private int version;

    public PublisherSettingsView(PublisherSettingsService settings) {
        this.settings = settings;
        setMaxWidth("720px");
        name.setLabel(getTranslation("publisher.name"));
        name.setId("publisher-name");
        name.setMaxLength(PublisherSettingsService.MAX_NAME);
        name.setRequired(true);
        logo.setLabel(getTranslation("publisher.logo"));
        logo.setId("publisher-logo");
        logo.getElement().setAttribute("dir", "ltr");
        logo.setHelperText(getTranslation("publisher.logo.help"));
        site.setLabel(getTranslation("publisher.site"));
        site.setId("publisher-site");
        site.getElement().setAttribute("dir", "ltr");
        site.setRequired(true);
        site.setHelperText(getTranslation("publisher.site.help"));
        language.setLabel(getTranslation("publisher.language"));
        language.setId("publisher-language");
        language.setItems(List.of("ar", "en"));
        language.setItemLabelGenerator(l -> getTranslation("publisher.language." + l));
        seeded.setId("publisher-seeded");
        seeded.setText(getTranslation("publisher.seeded"));
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("publisher-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(name, logo, site, language);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new H2(getTranslation("publisher.title")), new Paragraph(getTranslation("publisher.intro")), seeded,
                form, save);
        load();
    }

    private void load() {
        PublisherSettingsService.Settings s = settings.settings();
        Publisher p = s.publisher();
        version = s.version();
        name.setValue(p.name());
        logo.setValue(p.logoUrl() == null ? "" : p.logoUrl());
        site.setValue(p.siteBaseUrl());
        language.setValue(p.defaultLanguage());
        seeded.setVisible(version < 0);
        for (var field : List.of(name, logo, site)) {
            field.setInvalid(false);
        }
        language.setInvalid(false);
    }

    private void save() {
        try {
            settings.save(new Publisher(name.getValue(), logo.getValue(), site.getValue(), language.getValue()),
                    version);
            load();
            Notifications.success(getTranslation("publisher.saved"));
        } catch (ValidationException ex) {
            // the code names the field (publisher.<field>.<rule>); the UI says it in the UI language
            String code = ex.code() == null ? "" : ex.code();
            String field = code.startsWith("publisher.") && code.split("\\.").length > 2 ? code.split("\\.")[1] : "";
            if (field.equals("name")) {
                field = "organisationName";
            }
            Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("organisationName", name,
                    "logoUrl", logo, "siteBaseUrl", site, "defaultLanguage", language);
            com.vaadin.flow.component.HasValidation target = fields.getOrDefault(field, name);
            target.setErrorMessage(getTranslation("publisher.invalid." + (fields.containsKey(field) ? field
                    : "organisationName")));
            target.setInvalid(true);
        } catch (ConflictException ex) {
            Notifications.error(getTranslation("publisher.conflict"));
            load();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("publisher.title");
    }
}
