package io.claimdesk.report.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import io.claimdesk.core.ui.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Side-navigation entries of the report feature (the shell shows each only to users the view admits). */
@Configuration(proxyBeanMethods = false)
class ReportNavigation {

    @Bean
    NavigationEntry exportNavigation() {
        return new NavigationEntry("nav.export", ExportView.class, VaadinIcon.DOWNLOAD, 600);
    }

    @Bean
    NavigationEntry publisherNavigation() {
        return new NavigationEntry("nav.publisher", PublisherSettingsView.class, VaadinIcon.GLOBE, 920);
    }
}
