package io.claimdesk.review.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import io.claimdesk.core.ui.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Side-navigation entries of the review feature (the shell shows each only to users the view admits). */
@Configuration(proxyBeanMethods = false)
class ReviewNavigation {

    @Bean
    NavigationEntry dashboardNavigation() {
        return new NavigationEntry("nav.dashboard", DashboardView.class, VaadinIcon.DASHBOARD, 50);
    }

    @Bean
    NavigationEntry myClaimsNavigation() {
        return new NavigationEntry("nav.myClaims", MyClaimsView.class, VaadinIcon.USER_CHECK, 150);
    }

    @Bean
    NavigationEntry reviewQueueNavigation() {
        return new NavigationEntry("nav.review", ReviewQueueView.class, VaadinIcon.EYE, 300);
    }

    @Bean
    NavigationEntry verdictsNavigation() {
        return new NavigationEntry("nav.verdicts", VerdictScaleView.class, VaadinIcon.SCALE, 910);
    }
}
