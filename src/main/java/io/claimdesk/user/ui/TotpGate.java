package io.claimdesk.user.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import com.vaadin.flow.router.ListenerPriority;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.claimdesk.user.domain.TotpPendingAuthentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * While a sign-in waits for its second factor ({@link TotpPendingAuthentication}), every navigation leads to
 * {@link TotpView}, the login page too (where Vaadin's access control sends a sign-in without the role a view
 * needs); {@link TotpView} offers to sign out. (Services refuse such a sign-in anyway: it has no authority.)
 */
@Component
public class TotpGate implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(new Reroute()));
    }

    /** Runs before Vaadin's access control, which would send a sign-in without a role to the login page. */
    @ListenerPriority(Integer.MAX_VALUE)
    static final class Reroute implements BeforeEnterListener {
        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            if (SecurityContextHolder.getContext().getAuthentication() instanceof TotpPendingAuthentication
                    && event.getNavigationTarget() != TotpView.class) {
                event.rerouteTo(TotpView.class);
            }
        }
    }
}
