package io.claimdesk.user.api;

import io.claimdesk.support.Api;
import io.claimdesk.support.IntegrationTest;
import io.claimdesk.user.domain.Role;
import io.claimdesk.user.domain.TestAccounts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Five wrong passwords in a row lock the account for the configured time (3 s in tests), then it works again. */
class LoginThrottlingDbTest extends IntegrationTest {

    @Test
    void five_wrong_passwords_throttle_then_the_right_one_works_after_the_wait() throws Exception {
        accounts.ensure("throttled-checker", Role.CHECKER);
        Api wrong = new Api(baseUrl(), "throttled-checker", "not-the-password");
        for (int i = 0; i < 5; i++) {
            assertThat(wrong.get("/api/v1/me").status()).isEqualTo(401);
        }
        Api right = new Api(baseUrl(), "throttled-checker", TestAccounts.PASSWORD);
        Api.Response refused = right.get("/api/v1/me");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().get("detail").asText()).startsWith("Too many failed sign-in attempts. Try again in");

        Thread.sleep(3_200);
        assertThat(right.get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void a_success_resets_the_count() {
        accounts.ensure("forgetful-checker", Role.CHECKER);
        Api wrong = new Api(baseUrl(), "forgetful-checker", "not-the-password");
        Api right = new Api(baseUrl(), "forgetful-checker", TestAccounts.PASSWORD);
        for (int i = 0; i < 4; i++) {
            assertThat(wrong.get("/api/v1/me").status()).isEqualTo(401);
        }
        assertThat(right.get("/api/v1/me").status()).isEqualTo(200);
        for (int i = 0; i < 4; i++) {
            assertThat(wrong.get("/api/v1/me").status()).isEqualTo(401);
        }
        assertThat(right.get("/api/v1/me").status()).isEqualTo(200);
    }
}
