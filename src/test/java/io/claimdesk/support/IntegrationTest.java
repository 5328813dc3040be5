package io.claimdesk.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.claimdesk.user.domain.Role;
import io.claimdesk.user.domain.TestAccounts;

/**
 * Base of tests that need the whole application on a real PostgreSQL (see {@link TestDatabase}), served on a
 * random port. All such tests share one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class IntegrationTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected TestAccounts accounts;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase db = TestDatabase.get();
        registry.add("claimdesk.db.url", db::url);
        registry.add("claimdesk.db.user", db::user);
        registry.add("claimdesk.db.password", db::password);
        // notification e-mails go to the in-process SMTP server of the mail tests (TestSmtp)
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", TestSmtp::port);
        registry.add("claimdesk.notification.app-base-url", () -> "https://desk.example.org/");
    }

    /** Makes {@code username} the signed-in user of the current thread (creating the account when missing). */
    protected void runAs(String username, Role role) {
        accounts.ensure(username, role);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(username, "n/a",
                role.authorities().stream().map(SimpleGrantedAuthority::new).toList()));
    }

    @Autowired
    private org.springframework.context.ApplicationContext applicationContext;

    /**
     * Tests that start a second application in this JVM (upgrade, CLI, outage tests) make Vaadin install that
     * application's {@code SecurityContextHolderStrategy} in the static {@link SecurityContextHolder}; the security
     * filters of this context keep the strategy they were built with, so the services would find nobody signed in.
     * Each test starts with this context's strategy in place.
     */
    @BeforeEach
    void useThisContextsSecurityContextStrategy() {
        applicationContext.getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    @AfterEach
    void clearSecurityContext() {
        SecurityContextHolder.clearContext();
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }
}
