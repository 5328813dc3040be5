package io.claimdesk.user.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import io.claimdesk.core.domain.NotAllowedException;
import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.support.Api;
import io.claimdesk.support.IntegrationTest;
import io.claimdesk.user.security.SecurityConfig;
import java.time.Clock;
import java.time.Instant;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The optional TOTP second factor (issue 12): enrolment, sign-in, replay, and the ADMIN rule. */
class TotpSignInDbTest extends IntegrationTest {

    @Autowired
    TotpService totp;
    @Autowired
    AccountAuthenticationProvider provider;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    DSLContext dsl;
    @Autowired
    UserRepository users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    LoginThrottle throttle;

    /** The code an authenticator app shows for {@code secret} at time step {@code step} (computed with the library). */
    static String code(String secret, long step) throws Exception {
        return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, step);
    }

    static long now() {
        return Instant.now().getEpochSecond() / TotpService.PERIOD_SECONDS;
    }

    private Authentication password(String username) {
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username,
                TestAccounts.PASSWORD));
    }

    @Test
    void enrolled_user_signs_in_with_a_right_code_not_a_wrong_one_and_no_code_twice() throws Exception {
        String name = "totp-checker-" + System.nanoTime() % 100000;
        AppUser user = accounts.ensure(name, Role.CHECKER);
        runAs(name, Role.CHECKER);
        TotpService.Enrolment enrolment = totp.startEnrolment();
        assertThat(enrolment.otpauthUri()).startsWith("otpauth://totp/").contains("secret=" + enrolment.secret())
                .contains("issuer=Claimdesk");
        assertThat(enrolment.qrCodeDataUri()).startsWith("data:image/png;base64,");
        assertThat(totp.enabled(user.id())).isFalse();
        assertThatThrownBy(() -> totp.confirmEnrolment("000000")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.code()).isEqualTo("totp.code.wrong"));
        long step = now();
        totp.confirmEnrolment(code(enrolment.secret(), step));
        assertThat(totp.enabled(user.id())).isTrue();

        // the password alone gives a sign-in without any role
        Authentication half = password(name);
        assertThat(half).isInstanceOf(TotpPendingAuthentication.class);
        assertThat(half.getAuthorities()).isEmpty();
        TotpPendingAuthentication pending = (TotpPendingAuthentication) half;
        assertThat(pending.step()).isEqualTo(TotpPendingAuthentication.Step.VERIFY);

        String wrong = code(enrolment.secret(), step + 5);
        assertThatThrownBy(() -> totp.completeSignIn(pending, wrong)).isInstanceOfSatisfying(
                ValidationException.class, e -> assertThat(e.code()).isEqualTo("totp.code.wrong"));
        // the code that confirmed the enrolment was used once already: replay refused
        String used = code(enrolment.secret(), step);
        assertThatThrownBy(() -> totp.completeSignIn(pending, used)).isInstanceOf(ValidationException.class);

        String next = code(enrolment.secret(), step + 1); // the next step's code (clock drift window)
        Authentication full = totp.completeSignIn(pending, next);
        assertThat(full.getName()).isEqualTo(name);
        assertThat(full.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_CHECKER");

        // the same code in another sign-in: refused (replay)
        TotpPendingAuthentication again = (TotpPendingAuthentication) password(name);
        assertThatThrownBy(() -> totp.completeSignIn(again, next)).isInstanceOf(ValidationException.class);
    }

    @Test
    void wrong_codes_end_the_sign_in_after_the_limit() throws Exception {
        String name = "totp-guesser-" + System.nanoTime() % 100000;
        accounts.ensure(name, Role.CHECKER);
        runAs(name, Role.CHECKER);
        TotpService.Enrolment enrolment = totp.startEnrolment();
        totp.confirmEnrolment(code(enrolment.secret(), now()));
        TotpPendingAuthentication pending = (TotpPendingAuthentication) password(name);
        for (int i = 1; i < TotpService.MAX_CODE_FAILURES; i++) {
            assertThatThrownBy(() -> totp.completeSignIn(pending, "12345x")).isInstanceOf(ValidationException.class);
        }
        assertThatThrownBy(() -> totp.completeSignIn(pending, "123456")).isInstanceOfSatisfying(
                NotAllowedException.class, e -> assertThat(e.code()).isEqualTo("totp.tooManyFailures"));
    }

    @Test
    void http_basic_of_a_totp_account_is_refused_and_its_token_works() throws Exception {
        String name = "totp-api-" + System.nanoTime() % 100000;
        accounts.ensure(name, Role.CHECKER);
        runAs(name, Role.CHECKER);
        TotpService.Enrolment enrolment = totp.startEnrolment();
        totp.confirmEnrolment(code(enrolment.secret(), now()));
        String token = tokens.create("script", ApiTokenScope.READ, 30).token();

        Api.Response basic = new Api(baseUrl(), name, TestAccounts.PASSWORD).get("/api/v1/claims");
        assertThat(basic.status()).isEqualTo(401);
        assertThat(basic.contentType()).startsWith("application/problem+json");
        assertThat(basic.json().get("detail").asText()).isEqualTo(SecurityConfig.SECOND_FACTOR_NEEDS_TOKEN);
        assertThat(Api.bearer(baseUrl(), token).get("/api/v1/claims").status()).isEqualTo(200);
    }

    @Test
    void an_admin_without_a_second_factor_must_enrol_when_the_setting_is_on() {
        String name = "totp-admin-" + System.nanoTime() % 100000;
        accounts.ensure(name, Role.ADMIN);
        TotpService required = new TotpService(dsl, users, true, Clock.systemUTC());
        AccountAuthenticationProvider strict = new AccountAuthenticationProvider(users, encoder, throttle, required);
        Authentication half = strict.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name,
                TestAccounts.PASSWORD));
        assertThat(half).isInstanceOfSatisfying(TotpPendingAuthentication.class,
                p -> assertThat(p.step()).isEqualTo(TotpPendingAuthentication.Step.ENROL));
        assertThat(half.getAuthorities()).isEmpty();
        // with the setting off (this application's default) the same admin signs in with the password
        assertThat(password(name).getAuthorities()).extracting(GrantedAuthority::getAuthority).contains("ROLE_ADMIN");
        // a checker is not forced
        String checker = "totp-free-" + System.nanoTime() % 100000;
        accounts.ensure(checker, Role.CHECKER);
        assertThat(strict.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(checker,
                TestAccounts.PASSWORD))).isInstanceOf(UsernamePasswordAuthenticationToken.class);
    }
}
