package io.claimdesk.claim.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import io.claimdesk.article.ui.ArticlesView;
import io.claimdesk.article.ui.ImportView;
import io.claimdesk.core.ui.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Side-navigation entries for articles and claims. */
@Configuration(proxyBeanMethods = false)
class ClaimNavigation {

    @Bean
    NavigationEntry articlesNavigation() {
        return new NavigationEntry("nav.articles", ArticlesView.class, VaadinIcon.NEWSPAPER, 100);
    }

    @Bean
    NavigationEntry importNavigation() {
        return new NavigationEntry("nav.import", ImportView.class, VaadinIcon.UPLOAD, 110);
    }

    @Bean
    NavigationEntry claimsNavigation() {
        return new NavigationEntry("nav.claims", ClaimsView.class, VaadinIcon.LIST, 200);
    }

    @Bean
    NavigationEntry priorityNavigation() {
        return new NavigationEntry("nav.priority", PriorityView.class, VaadinIcon.FLAG, 190);
    }

    @Bean
    NavigationEntry checkWorthinessModelNavigation() {
        return new NavigationEntry("nav.checkworthinessModel", CheckWorthinessModelView.class, VaadinIcon.CHART, 910);
    }
}
