package io.claimdesk.evidence.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import io.claimdesk.core.ui.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Side-navigation entry of the evidence feature. */
@Configuration(proxyBeanMethods = false)
class EvidenceNavigation {

    @Bean
    NavigationEntry sourcesNavigation() {
        return new NavigationEntry("nav.sources", SourcesView.class, VaadinIcon.BOOK, 400);
    }
}
