package io.claimdesk.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.component.dependency.StyleSheet;
import io.claimdesk.core.ui.ClaimdeskStyles;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.claimdesk.core.i18n.UiLanguage;
import io.claimdesk.user.domain.LoginThrottledException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;

/**
 * Sign-in page. Shows why the last attempt failed: wrong credentials, a deactivated account, or throttling after
 * repeated wrong passwords (with the seconds to wait). Offers the UI language before signing in.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
@StyleSheet(ClaimdeskStyles.URL)
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();

    public LoginView(UiLanguage language) {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        addClassName("cd-login");

        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n(null));
        login.setId("login-form");

        Button english = new Button("English", e -> language.switchTo("en"));
        english.setId("login-language-en");
        Button arabic = new Button("العربية", e -> language.switchTo("ar"));
        arabic.setId("login-language-ar");
        english.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        arabic.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        H1 brand = new H1(getTranslation("app.name"));
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        add(brand, tagline, login, new HorizontalLayout(english, arabic));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication()
                instanceof io.claimdesk.user.domain.TotpPendingAuthentication) {
            // the password was right; Vaadin's access control sends a view without the role here: the second step
            event.forwardTo(TotpView.class);
            return;
        }
        if (!event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            return;
        }
        Object last = VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        String message;
        if (last instanceof LoginThrottledException t) {
            message = getTranslation("login.throttled", t.retryAfterSeconds());
        } else if (last instanceof DisabledException) {
            message = getTranslation("login.disabled");
        } else {
            message = getTranslation("login.error.message");
        }
        login.setI18n(i18n(message));
        login.setError(true);
    }

    private LoginI18n i18n(String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(errorMessage == null ? getTranslation("login.error.message") : errorMessage);
        error.setUsername(getTranslation("login.username.required"));
        error.setPassword(getTranslation("login.password.required"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
