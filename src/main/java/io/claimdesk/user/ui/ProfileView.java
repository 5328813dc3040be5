package io.claimdesk.user.ui;

import io.claimdesk.core.ui.Cells;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.core.ui.Notifications;
import io.claimdesk.user.domain.ApiToken;
import io.claimdesk.user.domain.ApiTokenScope;
import io.claimdesk.user.domain.ApiTokenService;
import io.claimdesk.user.domain.CurrentUser;
import io.claimdesk.user.domain.Role;
import io.claimdesk.user.domain.TotpService;
import io.claimdesk.user.domain.UserService;
import com.vaadin.flow.component.textfield.PasswordField;
import jakarta.annotation.security.PermitAll;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/**
 * The signed-in user's own account: personal access tokens for the REST API (create, shown once; list; revoke)
 * and a change of their own password.
 */
@Route("profile")
@PermitAll
public class ProfileView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private final ApiTokenService tokens;
    private final Grid<ApiToken> grid = new Grid<>();

    private final TotpService totp;
    private final CurrentUser currentUser;
    private final VerticalLayout twoStep = new VerticalLayout();

    public ProfileView(ApiTokenService tokens, CurrentUser currentUser, UserService users, TotpService totp) {
        this.tokens = tokens;
        this.totp = totp;
        this.currentUser = currentUser;

        TextField name = new TextField(getTranslation("tokens.name"));
        name.setId("token-name");
        name.setMaxLength(100);
        Select<ApiTokenScope> scope = new Select<>();
        scope.setId("token-scope");
        scope.setLabel(getTranslation("tokens.scope"));
        scope.setItems(Arrays.stream(ApiTokenScope.values())
                .filter(s -> s != ApiTokenScope.ADMIN || currentUser.has(Role.ADMIN)).toList());
        scope.setItemLabelGenerator(s -> getTranslation("tokens.scope." + s.name()));
        scope.setValue(ApiTokenScope.READ);
        IntegerField days = new IntegerField(getTranslation("tokens.days"));
        days.setId("token-days");
        days.setMin(1);
        days.setMax(ApiTokenService.MAX_DAYS);
        days.setValue(ApiTokenService.DEFAULT_DAYS);
        days.setStepButtonsVisible(true);
        Button create = new Button(getTranslation("tokens.create"), VaadinIcon.KEY.create(), e -> {
            if (name.getValue().isBlank()) {
                Notifications.error(getTranslation("tokens.name.required"));
                return;
            }
            Integer d = days.getValue();
            if (d == null || d < 1 || d > ApiTokenService.MAX_DAYS) {
                Notifications.error(getTranslation("tokens.days.range", ApiTokenService.MAX_DAYS));
                return;
            }
            try {
                ApiTokenService.Created made = tokens.create(name.getValue(), scope.getValue(), d);
                name.clear();
                refresh();
                showOnce(made.token());
            } catch (ValidationException ex) {
                Notifications.error(io.claimdesk.core.ui.ErrorMessages.text(this, ex));
            }
        });
        create.setId("create-token");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, scope, days, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        grid.setId("tokens-grid");
        grid.addComponentColumn(t -> Cells.auto(t.name())).setHeader(getTranslation("tokens.name")).setAutoWidth(true);
        grid.addComponentColumn(t -> Cells.ltr(t.prefix())).setHeader(getTranslation("tokens.prefix")).setAutoWidth(true);
        grid.addColumn(t -> getTranslation("tokens.scope." + t.scope().name())).setHeader(getTranslation(
                "tokens.scope")).setAutoWidth(true);
        grid.addColumn(t -> when(t.createdAt())).setHeader(getTranslation("tokens.createdAt")).setAutoWidth(true);
        grid.addColumn(t -> when(t.expiresAt())).setHeader(getTranslation("tokens.expiresAt")).setAutoWidth(true);
        grid.addColumn(t -> t.lastUsedAt() == null ? getTranslation("tokens.never") : when(t.lastUsedAt()))
                .setHeader(getTranslation("tokens.lastUsed")).setAutoWidth(true);
        grid.addColumn(this::status).setHeader(getTranslation("tokens.status")).setAutoWidth(true);
        grid.addComponentColumn(t -> {
            Button revoke = new Button(getTranslation("tokens.revoke"), e -> {
                tokens.revoke(t.id());
                refresh();
                Notifications.success(getTranslation("tokens.revoked", t.name()));
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            revoke.setId("revoke-token-" + t.id());
            revoke.setEnabled(t.revokedAt() == null);
            return revoke;
        }).setKey("revoke").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        refresh();

        add(new H2(getTranslation("tokens.title")), new Paragraph(getTranslation("tokens.help")), form, grid);
        add(passwordChange(users));
        twoStep.setPadding(false);
        twoStep.setId("totp-section");
        showTwoStep();
        add(twoStep);
    }

    /** The two-step verification (TOTP) section: its state, and set up or turn off. */
    private void showTwoStep() {
        twoStep.removeAll();
        twoStep.add(new H2(getTranslation("totp.section")));
        var me = currentUser.require();
        if (totp.enabled(me.id())) {
            Paragraph on = new Paragraph(getTranslation("totp.on"));
            on.setId("totp-status");
            twoStep.add(on);
            if (totp.requiredFor(me.role())) {
                twoStep.add(new Paragraph(getTranslation("totp.required")));
                return;
            }
            TextField code = TotpEnrolment.codeField();
            Button off = new Button(getTranslation("totp.disable"), e -> {
                try {
                    totp.disable(code.getValue());
                    Notifications.success(getTranslation("totp.disabled"));
                    showTwoStep();
                } catch (ValidationException | io.claimdesk.core.domain.NotAllowedException ex) {
                    Notifications.error(io.claimdesk.core.ui.ErrorMessages.text(this, ex));
                }
            });
            off.setId("totp-disable");
            off.addThemeVariants(ButtonVariant.LUMO_ERROR);
            HorizontalLayout row = new HorizontalLayout(code, off);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            twoStep.add(row);
            return;
        }
        Paragraph offText = new Paragraph(getTranslation("totp.off"));
        offText.setId("totp-status");
        Button start = new Button(getTranslation("totp.start"), VaadinIcon.MOBILE.create(), e -> enrol());
        start.setId("totp-start");
        twoStep.add(offText, start);
    }

    private void enrol() {
        TotpService.Enrolment made;
        try {
            made = totp.startEnrolment();
        } catch (ValidationException ex) {
            Notifications.error(io.claimdesk.core.ui.ErrorMessages.text(this, ex));
            return;
        }
        Dialog dialog = new Dialog(getTranslation("totp.section"));
        dialog.setId("totp-dialog");
        TotpEnrolment enrolment = new TotpEnrolment(made);
        Button confirm = new Button(getTranslation("totp.confirm"), e -> {
            try {
                totp.confirmEnrolment(enrolment.code.getValue());
                dialog.close();
                Notifications.success(getTranslation("totp.enabled"));
                showTwoStep();
            } catch (ValidationException ex) {
                enrolment.code.setInvalid(true);
                enrolment.code.setErrorMessage(io.claimdesk.core.ui.ErrorMessages.text(this, ex));
            }
        });
        confirm.setId("totp-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        dialog.add(enrolment);
        dialog.getFooter().add(cancel, confirm);
        dialog.setWidth("30em");
        dialog.open();
    }

    private VerticalLayout passwordChange(UserService users) {
        PasswordField current = new PasswordField(getTranslation("profile.password.current"));
        current.setId("current-password");
        PasswordField fresh = new PasswordField(getTranslation("profile.password.new"));
        fresh.setId("new-password");
        fresh.setHelperText(getTranslation("users.password.help", UserService.MIN_PASSWORD_LENGTH));
        PasswordField repeat = new PasswordField(getTranslation("profile.password.repeat"));
        repeat.setId("repeat-password");
        Button change = new Button(getTranslation("profile.password.change"), e -> {
            if (!fresh.getValue().equals(repeat.getValue())) {
                Notifications.error(getTranslation("profile.password.mismatch"));
                return;
            }
            try {
                users.changeOwnPassword(current.getValue(), fresh.getValue());
                current.clear();
                fresh.clear();
                repeat.clear();
                Notifications.success(getTranslation("profile.password.changed"));
            } catch (ValidationException ex) {
                Notifications.error(io.claimdesk.core.ui.ErrorMessages.text(this, ex));
            }
        });
        change.setId("change-password");
        HorizontalLayout fields = new HorizontalLayout(current, fresh, repeat, change);
        fields.setAlignItems(FlexComponent.Alignment.BASELINE);
        fields.setWrap(true);
        VerticalLayout section = new VerticalLayout(new H2(getTranslation("profile.password")), fields);
        section.setPadding(false);
        return section;
    }

    private void refresh() {
        grid.setItems(tokens.mine());
    }

    private String status(ApiToken t) {
        if (t.revokedAt() != null) {
            return getTranslation("tokens.status.revoked");
        }
        return getTranslation(t.usable(OffsetDateTime.now(ZoneOffset.UTC)) ? "tokens.status.active"
                : "tokens.status.expired");
    }

    private static String when(OffsetDateTime t) {
        return t.withOffsetSameInstant(ZoneOffset.UTC).format(WHEN);
    }

    private void showOnce(String token) {
        Dialog dialog = new Dialog(getTranslation("tokens.title"));
        TextField shown = new TextField();
        shown.setValue(token);
        shown.setReadOnly(true);
        shown.setWidthFull();
        shown.setId("new-token");
        shown.getElement().setAttribute("dir", "ltr");
        dialog.add(new Paragraph(getTranslation("tokens.shownOnce")), shown);
        dialog.setWidth("36em");
        Button close = new Button(getTranslation("action.close"), e -> dialog.close());
        close.setId("close-token");
        dialog.getFooter().add(close);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title");
    }
}
