package io.claimdesk.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.claimdesk.core.domain.ConflictException;
import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.core.ui.Cells;
import io.claimdesk.core.ui.ErrorMessages;
import io.claimdesk.core.ui.Notifications;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.Role;
import io.claimdesk.user.domain.UserService;
import io.claimdesk.core.ui.GridSorting;
import jakarta.annotation.security.RolesAllowed;
import org.jooq.SortField;
import org.jooq.TableField;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import static io.claimdesk.db.Tables.APP_USER;

/** Admin view: create accounts, change roles, deactivate and reset passwords. */
@Route("admin/users")
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private static final Map<String, TableField<?, ?>> SORT_KEYS = Map.of(
            "username", APP_USER.USERNAME,
            "displayName", APP_USER.DISPLAY_NAME,
            "role", APP_USER.ROLE,
            "active", APP_USER.ACTIVE,
            "createdAt", APP_USER.CREATED_AT);

    private final UserService users;
    private final Grid<AppUser> grid = new Grid<>();
    private final TextField filter = new TextField();

    public UsersView(UserService users) {
        this.users = users;
        setSizeFull();

        filter.setPlaceholder(getTranslation("users.filter"));
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        Button create = new Button(getTranslation("users.create"), VaadinIcon.PLUS.create(), e -> openCreate());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-user");

        grid.addComponentColumn(u -> Cells.ltr(u.username())).setHeader(getTranslation("users.username")).setKey("username")
                .setSortable(true);
        grid.addComponentColumn(u -> Cells.auto(u.displayName())).setHeader(getTranslation("users.displayName")).setKey("displayName")
                .setSortable(true);
        grid.addColumn(u -> getTranslation("role." + u.role().name())).setHeader(getTranslation("users.role"))
                .setKey("role").setSortable(true);
        grid.addColumn(u -> getTranslation(u.active() ? "users.active.yes" : "users.active.no"))
                .setHeader(getTranslation("users.active")).setKey("active").setSortable(true);
        grid.addColumn(u -> u.createdAt().format(DateTimeFormatter.ISO_LOCAL_DATE))
                .setHeader(getTranslation("users.created")).setKey("createdAt").setSortable(true);
        grid.setItems(query -> users.find(filter.getValue(), query.getOffset(), query.getLimit(),
                        GridSorting.sortFields(query.getSortOrders(), SORT_KEYS)).stream(),
                query -> users.count(filter.getValue()));
        grid.addItemClickListener(e -> openEdit(e.getItem()));
        grid.setId("users-grid");

        add(new HorizontalLayout(filter, create), grid);
    }


    private void openCreate() {
        Dialog dialog = new Dialog(getTranslation("users.create"));
        TextField username = new TextField(getTranslation("users.username"));
        username.setId("new-username");
        TextField displayName = new TextField(getTranslation("users.displayName"));
        displayName.setId("new-display-name");
        Select<Role> role = roleSelect();
        role.setId("new-role");
        role.setValue(Role.CHECKER);
        PasswordField password = new PasswordField(getTranslation("users.password"));
        password.setId("new-password");
        password.setHelperText(getTranslation("users.password.help", UserService.MIN_PASSWORD_LENGTH));
        FormLayout form = new FormLayout(username, displayName, role, password);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                AppUser made = users.create(username.getValue(), displayName.getValue(), password.getValue(),
                        role.getValue());
                dialog.close();
                grid.getDataProvider().refreshAll();
                Notifications.success(getTranslation("users.created.ok", made.username()));
            } catch (ValidationException | ConflictException ex) {
                ErrorMessages.show(this, ex);
            }
        });
        save.setId("save-user");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void openEdit(AppUser user) {
        Dialog dialog = new Dialog(getTranslation("users.edit", user.username()));
        TextField displayName = new TextField(getTranslation("users.displayName"));
        displayName.setValue(user.displayName());
        Select<Role> role = roleSelect();
        role.setValue(user.role());
        role.setId("edit-role");
        Checkbox active = new Checkbox(getTranslation("users.active"), user.active());
        active.setId("edit-active");
        Button reset = new Button(getTranslation("users.resetPassword"), VaadinIcon.KEY.create(), e -> {
            try {
                String password = users.resetPassword(user.id(), user.version(), null);
                dialog.close();
                showPasswordOnce(user.username(), password);
                grid.getDataProvider().refreshAll();
            } catch (ConflictException ex) {
                ErrorMessages.show(this, ex);
            }
        });
        reset.setId("reset-password");
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                users.update(user.id(), user.version(), displayName.getValue(), role.getValue(), active.getValue());
                dialog.close();
                grid.getDataProvider().refreshAll();
                Notifications.success(getTranslation("users.saved", user.username()));
            } catch (ValidationException | ConflictException ex) {
                ErrorMessages.show(this, ex);
            }
        });
        save.setId("save-user");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(displayName, role, active), reset);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void showPasswordOnce(String username, String password) {
        Dialog dialog = new Dialog(getTranslation("users.resetPassword"));
        TextField shown = new TextField();
        shown.setValue(password);
        shown.setReadOnly(true);
        shown.setWidthFull();
        shown.setId("generated-password");
        dialog.add(new Paragraph(getTranslation("users.passwordOnce", username)), shown);
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
    }

    private Select<Role> roleSelect() {
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("users.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        return role;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title");
    }
}
