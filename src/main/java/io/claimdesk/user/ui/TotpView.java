package io.claimdesk.user.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.claimdesk.core.domain.NotAllowedException;
import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.core.ui.ClaimdeskStyles;
import io.claimdesk.core.ui.ErrorMessages;
import io.claimdesk.core.ui.Notifications;
import io.claimdesk.user.domain.TotpPendingAuthentication;
import io.claimdesk.user.domain.TotpService;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The second step of signing in (issue 12), after a right password: the code of the user's authenticator app, or,
 * for an ADMIN who must have a second factor and has none ({@code CLAIMDESK_SECURITY_TOTP_REQUIRED_FOR_ADMIN}), the
 * enrolment of one. {@link TotpGate} sends every navigation of a half-signed-in user here.
 */
@Route(value = "login/second-factor", autoLayout = false)
@PermitAll
@StyleSheet(ClaimdeskStyles.URL)
public class TotpView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TotpService totp;
    private final AuthenticationContext authentication;

    public TotpView(TotpService totp, AuthenticationContext authentication) {
        this.totp = totp;
        this.authentication = authentication;
        setAlignItems(Alignment.CENTER);
        addClassName("cd-login");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof TotpPendingAuthentication pending)) {
            event.forwardTo("");
            return;
        }
        removeAll();
        add(new H1(getTranslation("totp.title")));
        TextField code;
        if (pending.step() == TotpPendingAuthentication.Step.ENROL) {
            add(new Paragraph(getTranslation("totp.enrol.required")));
            TotpEnrolment enrolment = new TotpEnrolment(totp.startEnrolment());
            enrolment.setMaxWidth("28em");
            code = enrolment.code;
            add(enrolment);
        } else {
            add(new Paragraph(getTranslation("totp.verify.help")));
            code = TotpEnrolment.codeField();
            add(code);
        }
        Button verify = new Button(getTranslation("totp.verify"), e -> complete(pending, code));
        verify.setId("totp-verify");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        Button cancel = new Button(getTranslation("totp.cancel"), e -> authentication.logout());
        cancel.setId("totp-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new HorizontalLayout(verify, cancel));
        code.focus();
    }

    private void complete(TotpPendingAuthentication pending, TextField code) {
        Authentication full;
        try {
            full = totp.completeSignIn(pending, code.getValue());
        } catch (ValidationException wrong) {
            code.clear();
            code.setErrorMessage(ErrorMessages.text(this, wrong));
            code.setInvalid(true);
            return;
        } catch (NotAllowedException tooMany) {
            Notifications.error(ErrorMessages.text(this, tooMany));
            authentication.logout();
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(full);
        SecurityContextHolder.setContext(context);
        VaadinSession session = VaadinSession.getCurrent();
        session.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request != null) {
            try {
                request.getHttpServletRequest().changeSessionId(); // a new session id for the full sign-in
            } catch (RuntimeException notSupported) {
                // a container without session id changes keeps the id of the password step
            }
        }
        // a fresh page load picks up the role's views and the user's language
        UI.getCurrent().getPage().setLocation("/");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("totp.title") + " · " + getTranslation("app.name");
    }
}
