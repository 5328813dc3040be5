package io.claimdesk.user.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import io.claimdesk.core.ui.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Side-navigation entries of the user feature. */
@Configuration(proxyBeanMethods = false)
class UserNavigation {

    @Bean
    NavigationEntry usersNavigation() {
        return new NavigationEntry("nav.users", UsersView.class, VaadinIcon.USERS, 900);
    }

    @Bean
    NavigationEntry profileNavigation() {
        return new NavigationEntry("nav.profile", ProfileView.class, VaadinIcon.USER, 950);
    }

    @Bean
    NavigationEntry homeNavigation() {
        return new NavigationEntry("nav.home", HomeView.class, VaadinIcon.HOME, 0);
    }
}
