package io.claimdesk.user.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.CurrentUser;
import jakarta.annotation.security.PermitAll;

/** Start page after sign-in: who you are and what your role lets you do. */
@Route("")
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    public HomeView(CurrentUser currentUser) {
        AppUser me = currentUser.require();
        H2 greeting = new H2(getTranslation("home.greeting", me.displayName()));
        greeting.setId("home-greeting");
        add(greeting,
                new Paragraph(getTranslation("home.role", getTranslation("role." + me.role().name()))),
                new Paragraph(getTranslation("home.role." + me.role().name())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
