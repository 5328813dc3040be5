package io.claimdesk.user.api;

import io.claimdesk.support.Api;
import io.claimdesk.support.IntegrationTest;
import io.claimdesk.user.domain.Role;
import io.claimdesk.user.domain.TestAccounts;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Self-service password change over {@code POST /api/v1/me/password}. */
class OwnPasswordDbTest extends IntegrationTest {

    @Test
    void a_user_changes_their_own_password_with_the_current_one() {
        accounts.ensure("own-password", Role.CHECKER);
        Api old = new Api(baseUrl(), "own-password", TestAccounts.PASSWORD);

        Api.Response wrong = old.post("/api/v1/me/password",
                Map.of("currentPassword", "not-the-password", "newPassword", "a-brand-new-password"));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.json().get("detail").asText()).isEqualTo("The current password is wrong.");

        Api.Response tooLong = old.post("/api/v1/me/password",
                Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword", "x".repeat(73)));
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.json().get("detail").asText()).contains("at most 72 bytes");

        Api.Response same = old.post("/api/v1/me/password",
                Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword", TestAccounts.PASSWORD));
        assertThat(same.status()).isEqualTo(422);
        assertThat(same.json().get("detail").asText()).isEqualTo("The new password must differ from the current one.");

        Api.Response changed = old.post("/api/v1/me/password",
                Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword", "a-brand-new-password"));
        assertThat(changed.status()).isEqualTo(204);
        assertThat(old.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(new Api(baseUrl(), "own-password", "a-brand-new-password").get("/api/v1/me").status())
                .isEqualTo(200);
    }
}
