package io.claimdesk;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.Theme;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Claimdesk: a fact-tracking and claim-verification workbench.
 *
 * <p>Started without arguments it serves the web workbench and the REST API. The Vaadin app shell (theme and
 * page metadata) is configured here because Vaadin requires it on one class only.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Theme("claimdesk")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class ClaimdeskApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(ClaimdeskApplication.class, args);
    }
}
