package io.claimdesk;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Claimdesk: a fact-tracking and claim-verification workbench.
 *
 * <p>Started without arguments it serves the web workbench and the REST API. The Vaadin app shell (page metadata)
 * is configured here because Vaadin requires it on one class only. The UI uses Vaadin's Lumo theme with the
 * Claimdesk style sheet and web component served as static files from {@code frontend/} (see pom.xml), so the
 * pre-compiled Vaadin bundles are used as they are and no npm build is needed.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class ClaimdeskApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(ClaimdeskApplication.class, args);
    }
}
