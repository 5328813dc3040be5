package io.claimdesk.notification.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import io.claimdesk.core.ui.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Side-navigation entry of the notification feature. */
@Configuration(proxyBeanMethods = false)
class NotificationNavigation {

    @Bean
    NavigationEntry notificationsNavigation() {
        return new NavigationEntry("nav.notifications", NotificationsView.class, VaadinIcon.BELL, 940);
    }
}
