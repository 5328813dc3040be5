package io.claimdesk.user.domain;

import io.claimdesk.core.config.ClaimdeskProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * First start: when no account exists, creates {@code admin} with {@code CLAIMDESK_ADMIN_PASSWORD} or a random
 * password printed once in the log. In demo mode ({@code CLAIMDESK_DEMO=true}) also creates the documented demo
 * accounts {@code checker} / {@value #DEMO_CHECKER_PASSWORD} and {@code supervisor} /
 * {@value #DEMO_SUPERVISOR_PASSWORD}. Outside demo mode no fixed password exists anywhere.
 */
@Component
public class AccountBootstrap implements SmartInitializingSingleton {

    public static final String DEMO_CHECKER_PASSWORD = "checker-demo-2026";
    public static final String DEMO_SUPERVISOR_PASSWORD = "supervisor-demo-2026";

    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

    private final UserRepository users;
    private final UserService service;
    private final ClaimdeskProperties properties;

    public AccountBootstrap(UserRepository users, UserService service, ClaimdeskProperties properties) {
        this.users = users;
        this.service = service;
        this.properties = properties;
    }

    /** Runs once every bean exists (the schema is migrated) and before the web server takes requests. */
    @Override
    public void afterSingletonsInstantiated() {
        if (!users.any()) {
            String given = properties.adminPassword();
            boolean generated = given == null || given.isBlank();
            String password = generated ? UserService.randomPassword() : given;
            service.createUnchecked("admin", "Administrator", password, Role.ADMIN);
            if (generated) {
                log.warn("""

                        ==============================================================
                          First start: created the account 'admin' with the password
                              {}
                          It is shown only this once. Sign in and change it, or set
                          CLAIMDESK_ADMIN_PASSWORD before the first start.
                        ==============================================================""", password);
            } else {
                log.info("First start: created the account 'admin' with the password from CLAIMDESK_ADMIN_PASSWORD");
            }
        }
        if (properties.demo()) {
            createDemo("checker", "Demo Checker", DEMO_CHECKER_PASSWORD, Role.CHECKER);
            createDemo("supervisor", "Demo Supervisor", DEMO_SUPERVISOR_PASSWORD, Role.SUPERVISOR);
        }
    }

    private void createDemo(String username, String displayName, String password, Role role) {
        if (users.findByUsername(username).isEmpty()) {
            service.createUnchecked(username, displayName, password, role);
            log.info("Demo mode: created {} / {} ({})", username, password, role);
        }
    }
}
