/** Notifications (views): the header bell with the unread count, the notification list and e-mail settings. */
@NullMarked
package io.claimdesk.notification.ui;

import org.jspecify.annotations.NullMarked;
