package io.claimdesk.user.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import io.claimdesk.support.Api;
import io.claimdesk.support.KaribuTest;
import io.claimdesk.user.domain.ApiToken;
import io.claimdesk.user.domain.ApiTokenScope;
import io.claimdesk.user.domain.Role;
import io.claimdesk.user.domain.TestAccounts;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** A user makes a personal access token in "My account", sees it once, uses it, and revokes it. */
class ProfileViewUiTest extends KaribuTest {

    @Test
    void a_user_creates_a_token_in_the_profile_sees_it_once_and_revokes_it() {
        login("ui-token-user", Role.CHECKER);
        UI.getCurrent().navigate(ProfileView.class);
        @SuppressWarnings("unchecked")
        Select<ApiTokenScope> scope = _get(Select.class, s -> s.withId("token-scope"));
        // a checker is offered no ADMIN scope
        assertThat(scope.getListDataView().getItems()).containsExactly(ApiTokenScope.READ, ApiTokenScope.WRITE);

        _setValue(_get(TextField.class, s -> s.withId("token-name")), "newsroom bot");
        _setValue(scope, ApiTokenScope.WRITE);
        _click(_get(Button.class, s -> s.withId("create-token")));

        String token = _get(TextField.class, s -> s.withId("new-token")).getValue();
        assertThat(token).startsWith("cdk_");
        Api bearer = Api.bearer(baseUrl(), token);
        assertThat(bearer.get("/api/v1/me").json().get("username").asText()).isEqualTo("ui-token-user");

        @SuppressWarnings("unchecked")
        Grid<ApiToken> grid = _get(Grid.class, s -> s.withId("tokens-grid"));
        assertThat(_size(grid)).isEqualTo(1);
        ApiToken listed = _get(grid, 0);
        assertThat(listed.name()).isEqualTo("newsroom bot");
        assertThat(listed.scope()).isEqualTo(ApiTokenScope.WRITE);
        assertThat(token).startsWith(listed.prefix());

        _click(_get(Button.class, s -> s.withId("close-token")));
        Button revoke = (Button) _getCellComponent(grid, 0, "revoke");
        assertThat(revoke.getId()).hasValue("revoke-token-" + listed.id());
        _click(revoke);
        assertThat(_get(grid, 0).revokedAt()).isNotNull();
        assertThat(bearer.get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void a_user_changes_their_own_password_in_the_profile() {
        login("ui-own-password", Role.CHECKER);
        UI.getCurrent().navigate(ProfileView.class);
        _setValue(_get(PasswordField.class, s -> s.withId("current-password")), TestAccounts.PASSWORD);
        _setValue(_get(PasswordField.class, s -> s.withId("new-password")), "changed-in-the-ui-1");
        _setValue(_get(PasswordField.class, s -> s.withId("repeat-password")), "changed-in-the-ui-1");
        _click(_get(Button.class, s -> s.withId("change-password")));

        assertThat(new Api(baseUrl(), "ui-own-password", "changed-in-the-ui-1").get("/api/v1/me").status())
                .isEqualTo(200);
        assertThat(new Api(baseUrl(), "ui-own-password", TestAccounts.PASSWORD).get("/api/v1/me").status())
                .isEqualTo(401);
    }
}
