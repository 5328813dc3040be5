package io.claimdesk;

import com.vaadin.flow.component.page.AppShellConfigurator;
import io.claimdesk.cli.ClaimdeskCli;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Claimdesk: a fact-tracking and claim-verification workbench.
 *
 * <p>Started without arguments it serves the web workbench and the REST API. The Vaadin app shell (page metadata)
 * is configured here because Vaadin requires it on one class only. The UI uses Vaadin's Lumo theme with the
 * Claimdesk style sheet and web component served as static files from {@code frontend/} (see pom.xml), so the
 * pre-compiled Vaadin bundles are used as they are and no npm build is needed. Server push ({@code @Push},
 * WebSocket with long-polling fallback) carries live updates and new notifications to open pages (issue 16).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
@Push
public class ClaimdeskApplication implements AppShellConfigurator {

    /**
     * Serves the workbench, or with a first argument {@code import}, {@code export} or {@code help} runs that command
     * without the web server and exits (see {@link ClaimdeskCli}).
     */
    public static void main(String[] args) {
        if (args.length > 0 && ClaimdeskCli.COMMANDS.contains(args[0])) {
            System.exit(ClaimdeskCli.run(args, System.out, System.err));
        }
        SpringApplication.run(ClaimdeskApplication.class, args);
    }
}
