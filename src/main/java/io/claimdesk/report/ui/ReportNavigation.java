package io.claimdesk.report.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import io.claimdesk.core.ui.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Side-navigation entry of the report feature. */
@Configuration(proxyBeanMethods = false)
class ReportNavigation {

    @Bean
    NavigationEntry exportNavigation() {
        return new NavigationEntry("nav.export", ExportView.class, VaadinIcon.DOWNLOAD, 600);
    }
}
