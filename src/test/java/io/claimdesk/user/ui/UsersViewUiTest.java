package io.claimdesk.user.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import io.claimdesk.support.KaribuTest;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.Role;
import io.claimdesk.user.domain.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UsersViewUiTest extends KaribuTest {

    @Autowired
    UserService users;

    @Test
    void checker_cannot_open_the_admin_view() {
        login("ui-checker", Role.CHECKER);
        UI.getCurrent().navigate(UsersView.class);
        // Vaadin's access control refuses the route; Karibu reports the refusal instead of rendering the view
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .noneMatch(UsersView.class::isInstance);
        assertThatThrownBy(() -> _find(Grid.class, spec -> spec.withId("users-grid")))
                .hasMessageContaining("AccessDeniedException");
    }

    @Test
    void checker_sees_no_users_entry_in_the_navigation() {
        login("ui-checker", Role.CHECKER);
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_find(com.vaadin.flow.component.sidenav.SideNavItem.class, s -> s.withId("nav-nav-users")))
                .isEmpty();
        assertThat(_find(com.vaadin.flow.component.sidenav.SideNavItem.class, s -> s.withId("nav-nav-home")))
                .hasSize(1);
    }

    @Test
    void admin_creates_a_user_from_the_dialog() {
        login("ui-admin", Role.ADMIN);
        UI.getCurrent().navigate(UsersView.class);
        assertThat(_find(UsersView.class)).hasSize(1);
        _click(_get(Button.class, s -> s.withId("create-user")));
        _setValue(_get(TextField.class, s -> s.withId("new-username")), "karibu-made");
        _setValue(_get(TextField.class, s -> s.withId("new-display-name")), "Karibu Made");
        @SuppressWarnings("unchecked")
        Select<Role> role = _get(Select.class, s -> s.withId("new-role"));
        _setValue(role, Role.SUPERVISOR);
        _setValue(_get(PasswordField.class, s -> s.withId("new-password")), "karibu-password-1");
        _click(_get(Button.class, s -> s.withId("save-user")));

        AppUser made = accounts.ensure("karibu-made", Role.CHECKER);
        assertThat(made.role()).isEqualTo(Role.SUPERVISOR);
        assertThat(made.displayName()).isEqualTo("Karibu Made");
        @SuppressWarnings("unchecked")
        Grid<AppUser> grid = _get(Grid.class, s -> s.withId("users-grid"));
        assertThat(_size(grid)).isGreaterThanOrEqualTo(2);
    }
}
