/** Notifications (REST): the signed-in user's notifications under {@code /api/v1/notifications}. */
@NullMarked
package io.claimdesk.notification.api;

import org.jspecify.annotations.NullMarked;
