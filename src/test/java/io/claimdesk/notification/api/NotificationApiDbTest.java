package io.claimdesk.notification.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimdesk.review.ReviewFixtures;
import io.claimdesk.support.Api;
import io.claimdesk.support.IntegrationTest;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.Role;
import io.claimdesk.user.domain.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationApiDbTest extends IntegrationTest {

    @Autowired
    ReviewFixtures fixtures;

    private Api as(AppUser user) {
        return new Api(baseUrl(), user.username(), TestAccounts.PASSWORD);
    }

    @Test
    void list_read_and_read_all_over_the_api() {
        AppUser checker = accounts.ensure("api-notified", Role.CHECKER);
        AppUser supervisor = accounts.ensure("api-notifier", Role.SUPERVISOR);
        long a = fixtures.claim(checker.id());
        long b = fixtures.claim(checker.id());
        assertThat(as(supervisor).post("/api/v1/claims/assign",
                Map.of("claimIds", List.of(a, b), "assigneeId", checker.id())).status()).isLessThan(300);

        JsonNode list = as(checker).get("/api/v1/notifications?unreadOnly=true").json();
        assertThat(list.get("unread").asInt()).isGreaterThanOrEqualTo(2);
        JsonNode first = list.get("items").get(0);
        assertThat(first.get("kind").asText()).isEqualTo("assigned");
        assertThat(first.get("actorName").asText()).isEqualTo(supervisor.displayName());
        assertThat(List.of(a, b)).contains(first.get("claimId").asLong());
        int unread = list.get("unread").asInt();

        assertThat(as(checker).post("/api/v1/notifications/" + first.get("id").asLong() + "/read", Map.of())
                .status()).isEqualTo(204);
        assertThat(as(checker).get("/api/v1/notifications").json().get("unread").asInt()).isEqualTo(unread - 1);
        // not the supervisor's notification
        assertThat(as(supervisor).post("/api/v1/notifications/" + first.get("id").asLong() + "/read", Map.of())
                .status()).isEqualTo(404);

        JsonNode marked = as(checker).post("/api/v1/notifications/read-all", Map.of()).json();
        assertThat(marked.get("marked").asInt()).isEqualTo(unread - 1);
        assertThat(as(checker).get("/api/v1/notifications").json().get("unread").asInt()).isZero();
    }

    @Test
    void email_settings_over_the_api() {
        AppUser user = accounts.ensure("api-mail-settings", Role.CHECKER);
        Api api = as(user);
        var saved = api.send(api.request("/api/v1/notifications/settings")
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofByteArray(Api.bytes(
                        Map.of("email", "desk@example.org", "emailKinds", List.of("assigned", "mentioned"))))));
        assertThat(saved.status()).isEqualTo(200);
        assertThat(api.get("/api/v1/notifications/settings").json().get("emailKinds").toString())
                .isEqualTo("[\"assigned\",\"mentioned\"]");
        var refused = api.send(api.request("/api/v1/notifications/settings")
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofByteArray(Api.bytes(
                        Map.of("email", "desk@example.org", "emailKinds", List.of("weekly"))))));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("detail").asText()).contains("weekly");

        // a control character in an address is refused on the field, never removed (a\0b@x.org is not ab@x.org)
        var nul = api.send(api.request("/api/v1/notifications/settings")
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofByteArray(Api.bytes(
                        Map.of("email", "a\u0000b@example.org", "emailKinds", List.of("assigned"))))));
        assertThat(nul.status()).isEqualTo(422);
        assertThat(nul.json().get("field").asText()).isEqualTo("email");
        assertThat(api.get("/api/v1/notifications/settings").json().get("email").asText())
                .isEqualTo("desk@example.org");
    }
}
