package io.claimdesk.upgrade;

import io.claimdesk.ClaimdeskApplication;
import io.claimdesk.support.Api;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;

/**
 * The whole application, started as {@code java -jar claimdesk.jar} would be (Flyway migrates at start-up), on
 * an external database and a random port, for the upgrade fixture and its test. Closing it stops it.
 */
final class RunningClaimdesk implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final String baseUrl;

    /** The strategy before this application started: Vaadin replaces the static one, {@link #close} restores it. */
    private final org.springframework.security.core.context.SecurityContextHolderStrategy previousStrategy;

    private RunningClaimdesk(ConfigurableApplicationContext context,
                             org.springframework.security.core.context.SecurityContextHolderStrategy previous) {
        this.context = context;
        this.previousStrategy = previous;
        this.baseUrl = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }

    /** Starts Claimdesk on the database {@code url}; {@code extra} are more {@code key=value} properties. */
    static RunningClaimdesk start(String url, String user, String password, String... extra) {
        List<String> properties = new ArrayList<>(List.of("server.port=0", "claimdesk.db.url=" + url,
                "claimdesk.db.user=" + user, "claimdesk.db.password=" + password,
                "claimdesk.data-dir=target/upgrade-data",
                "logging.level.root=WARN"));
        properties.addAll(List.of(extra));
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContextHolderStrategy();
        return new RunningClaimdesk(new SpringApplicationBuilder(ClaimdeskApplication.class)
                .properties(properties.toArray(String[]::new))
                .run(), previous);
    }

    Api as(String username, String password) {
        return new Api(baseUrl, username, password);
    }

    String baseUrl() {
        return baseUrl;
    }

    @Override
    public void close() {
        context.close();
        org.springframework.security.core.context.SecurityContextHolder.setContextHolderStrategy(previousStrategy);
    }
}
