package io.claimdesk.notification.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.annotation.SpringComponent;
import io.claimdesk.core.db.ClusterMessage;
import io.claimdesk.core.ui.HeaderItem;
import io.claimdesk.core.ui.LiveUpdates;
import io.claimdesk.notification.domain.NotificationService;
import io.claimdesk.user.domain.CurrentUser;
import org.springframework.context.annotation.Scope;

/**
 * The bell in the header: the signed-in user's unread count (hidden at zero), a link to the notification list.
 * It re-reads the count when a {@code notification} message for this user arrives from any node, pushed to the
 * browser without a reload. Ids: {@code notification-bell}, {@code notification-count}.
 */
@SpringComponent
@Scope("prototype")
public class NotificationBell extends Button implements HeaderItem {

    private final NotificationService notifications;
    private final CurrentUser currentUser;
    private final Span count = new Span();
    private long userId = -1;

    public NotificationBell(NotificationService notifications, CurrentUser currentUser, LiveUpdates live) {
        this.notifications = notifications;
        this.currentUser = currentUser;
        setId("notification-bell");
        setIcon(VaadinIcon.BELL.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        count.setId("notification-count");
        count.getElement().getThemeList().add("badge error small pill");
        setSuffixComponent(count);
        addClickListener(e -> UI.getCurrent().navigate(NotificationsView.class));
        live.whileAttached(this, NotificationService.TOPIC, this::onMessage);
        addAttachListener(e -> refresh());
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public boolean visible() {
        return currentUser.find().isPresent();
    }

    private void onMessage(ClusterMessage message) {
        if (userId < 0) {
            return;
        }
        var users = message.payload().get("users");
        if (users == null) {
            refresh();
            return;
        }
        for (var id : users) {
            if (id.asLong() == userId) {
                refresh();
                return;
            }
        }
    }

    /** Re-reads the unread count. */
    public void refresh() {
        var me = currentUser.find();
        if (me.isEmpty()) {
            return;
        }
        userId = me.get().id();
        int unread = notifications.unreadCount();
        count.setText(Integer.toString(unread));
        count.setVisible(unread > 0);
        String label = getTranslation("notification.bell", unread);
        setAriaLabel(label);
        setTooltipText(label);
    }

    /** The unread count shown now. */
    public int shownCount() {
        return count.isVisible() ? Integer.parseInt(count.getText()) : 0;
    }
}
