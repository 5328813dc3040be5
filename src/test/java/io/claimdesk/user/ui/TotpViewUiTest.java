package io.claimdesk.user.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import io.claimdesk.support.KaribuTest;
import io.claimdesk.user.domain.AccountAuthenticationProvider;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.LoginThrottle;
import io.claimdesk.user.domain.Role;
import io.claimdesk.user.domain.TestAccounts;
import io.claimdesk.user.domain.TotpPendingAuthentication;
import io.claimdesk.user.domain.TotpService;
import io.claimdesk.user.domain.UserRepository;
import java.time.Clock;
import java.time.Instant;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The second step of signing in, in the UI (issue 12). */
class TotpViewUiTest extends KaribuTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    UserRepository users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    TotpService totp;

    /** Signs in with the password only, as the login form does, with the ADMIN rule on. */
    private Authentication passwordStep(String username) {
        TotpService required = new TotpService(dsl, users, true, Clock.systemUTC());
        Authentication half = new AccountAuthenticationProvider(users, encoder, throttle, required)
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, TestAccounts.PASSWORD));
        SecurityContextHolder.getContext().setAuthentication(half);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(half);
        request.setUserInRole((principal, role) -> false);
        return half;
    }

    @Test
    void an_admin_without_a_second_factor_is_sent_to_enrol_and_gets_the_role_with_a_right_code() throws Exception {
        String name = "totp-ui-admin-" + System.nanoTime() % 100000;
        AppUser admin = accounts.ensure(name, Role.ADMIN);
        assertThat(passwordStep(name)).isInstanceOf(TotpPendingAuthentication.class);

        UI.getCurrent().navigate(""); // where the login form leads
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0)).isInstanceOf(TotpView.class);
        String secret = _get(TextField.class, spec -> spec.withId("totp-secret")).getValue().replace(" ", "");

        _setValue(_get(TextField.class, spec -> spec.withId("totp-code")), "000000");
        _click(_get(Button.class, spec -> spec.withId("totp-verify")));
        assertThat(_get(TextField.class, spec -> spec.withId("totp-code")).isInvalid()).isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isInstanceOf(TotpPendingAuthentication.class);

        String code = new DefaultCodeGenerator().generate(secret, Instant.now().getEpochSecond() / 30);
        _setValue(_get(TextField.class, spec -> spec.withId("totp-code")), code);
        _click(_get(Button.class, spec -> spec.withId("totp-verify")));
        Authentication full = SecurityContextHolder.getContext().getAuthentication();
        assertThat(full).isInstanceOf(UsernamePasswordAuthenticationToken.class);
        assertThat(full.getAuthorities()).extracting(GrantedAuthority::getAuthority).contains("ROLE_ADMIN");
        assertThat(totp.enabled(admin.id())).isTrue();
    }

    @Test
    void the_profile_page_enrols_with_a_code_shown_once() throws Exception {
        String name = "totp-ui-checker-" + System.nanoTime() % 100000;
        AppUser user = accounts.ensure(name, Role.CHECKER);
        login(name, Role.CHECKER);
        UI.getCurrent().navigate("profile");
        _click(_get(Button.class, spec -> spec.withId("totp-start")));
        String secret = _get(TextField.class, spec -> spec.withId("totp-secret")).getValue().replace(" ", "");
        _setValue(_get(TextField.class, spec -> spec.withId("totp-code")), "000000");
        _click(_get(Button.class, spec -> spec.withId("totp-confirm")));
        assertThat(totp.enabled(user.id())).isFalse();
        String code = new DefaultCodeGenerator().generate(secret, Instant.now().getEpochSecond() / 30);
        _setValue(_get(TextField.class, spec -> spec.withId("totp-code")), code);
        _click(_get(Button.class, spec -> spec.withId("totp-confirm")));
        assertThat(totp.enabled(user.id())).isTrue();
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("totp-status")).getText())
                .startsWith("Two-step verification is on");
    }
}
