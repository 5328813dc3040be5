package io.claimdesk.notification.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.core.ui.Cells;
import io.claimdesk.core.ui.ErrorMessages;
import io.claimdesk.core.ui.LiveUpdates;
import io.claimdesk.core.ui.Notifications;
import io.claimdesk.notification.domain.Notification;
import io.claimdesk.notification.domain.NotificationKind;
import io.claimdesk.notification.domain.NotificationService;
import io.claimdesk.notification.domain.NotificationSettings;
import jakarta.annotation.security.PermitAll;

import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;

/**
 * The signed-in user's notifications, newest first ({@code /notifications}): what happened, to which claim, by
 * whom and when (UTC); clicking one marks it read and opens the claim (the review view for "review requested");
 * "mark all read". Below, the e-mail
 * preference (address and kinds). The list refreshes itself when a notification for this user arrives.
 */
@Route("notifications")
@PermitAll
public class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private final NotificationService notifications;
    private final Grid<Notification> grid = new Grid<>();
    private final Checkbox unreadOnly = new Checkbox();
    private final EmailField email = new EmailField();
    private final CheckboxGroup<NotificationKind> kinds = new CheckboxGroup<>();

    public NotificationsView(NotificationService notifications, LiveUpdates live) {
        this.notifications = notifications;
        setSizeFull();
        unreadOnly.setLabel(getTranslation("notification.unreadOnly"));
        unreadOnly.setId("notifications-unread-only");
        unreadOnly.addValueChangeListener(e -> refresh());
        Button allRead = new Button(getTranslation("notification.markAllRead"), VaadinIcon.CHECK_SQUARE_O.create(),
                e -> {
                    notifications.markAllRead();
                    refresh();
                });
        allRead.setId("notifications-mark-all-read");
        HorizontalLayout toolbar = new HorizontalLayout(allRead, unreadOnly);
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);

        grid.setId("notifications-grid");
        grid.addColumn(n -> n.createdAt().format(UTC)).setHeader(getTranslation("notification.column.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(n -> {
            Span s = new Span(getTranslation("notification.text." + n.kind().wireName(),
                    n.actorName() == null ? "" : n.actorName(), String.valueOf(n.claimId())));
            if (!n.read()) {
                s.getStyle().set("font-weight", "600");
            }
            return Cells.orient(s, s.getText());
        })).setHeader(getTranslation("notification.column.what")).setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(n -> Cells.auto(n.claimStatement())))
                .setHeader(getTranslation("notification.column.claim")).setFlexGrow(3);
        grid.addColumn(new ComponentRenderer<>(n -> Cells.auto(n.note() == null ? "" : n.note())))
                .setHeader(getTranslation("notification.column.note")).setFlexGrow(2);
        grid.setEmptyStateText(getTranslation("notification.empty"));
        grid.addItemClickListener(e -> open(e.getItem()));

        add(toolbar, grid, settingsForm());
        live.whileAttached(this, NotificationService.TOPIC, m -> refresh());
        refresh();
    }

    private VerticalLayout settingsForm() {
        email.setLabel(getTranslation("notification.settings.email"));
        email.setId("notification-email");
        email.setWidth("24em");
        kinds.setLabel(getTranslation("notification.settings.kinds"));
        kinds.setId("notification-email-kinds");
        kinds.setItems(EnumSet.allOf(NotificationKind.class));
        kinds.setItemLabelGenerator(k -> getTranslation("notification.kind." + k.wireName()));
        NotificationSettings settings = notifications.settings();
        email.setValue(settings.email() == null ? "" : settings.email());
        kinds.setValue(settings.emailKinds());
        Button save = new Button(getTranslation("notification.settings.save"), e -> saveSettings());
        save.setId("notification-settings-save");
        VerticalLayout form = new VerticalLayout(new H3(getTranslation("notification.settings.title")), email, kinds,
                save);
        form.setPadding(false);
        return form;
    }

    private void saveSettings() {
        try {
            NotificationSettings saved = notifications.saveSettings(email.getValue(), kinds.getValue());
            kinds.setValue(saved.emailKinds());
            Notifications.success(getTranslation("notification.settings.saved"));
        } catch (ValidationException e) {
            ErrorMessages.show(this, e);
        }
    }

    private void open(Notification n) {
        notifications.markRead(n.id());
        // "review requested" goes to supervisors: it opens the review view, with the evidence in view (issue 16)
        UI.getCurrent().navigate(link(n));
    }

    /** Where a notification leads: the review view for "review requested", else the claim page. */
    static String link(Notification n) {
        return (n.kind() == NotificationKind.REVIEW_REQUESTED ? "review/" : "claims/") + n.claimId();
    }

    /** Re-reads the list. */
    public void refresh() {
        List<Notification> items = notifications.mine(unreadOnly.getValue(), NotificationService.MAX_LIST);
        grid.setItems(items);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.title");
    }
}
