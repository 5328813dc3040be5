package io.claimdesk.notification.api;

import io.claimdesk.notification.domain.Notification;
import io.claimdesk.notification.domain.NotificationKind;
import io.claimdesk.notification.domain.NotificationService;
import io.claimdesk.notification.domain.NotificationSettings;
import io.swagger.v3.oas.annotations.Operation;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The signed-in user's notifications: {@code GET /api/v1/notifications} (newest first), {@code POST
 * /api/v1/notifications/{id}/read}, {@code POST /api/v1/notifications/read-all}, and the e-mail preference at
 * {@code /api/v1/notifications/settings}. Kinds are lower-case wire names ({@code changes_requested}); times UTC.
 */
@RestController
@RequestMapping("/api/v1/notifications")
public class NotificationController {

    private final NotificationService notifications;

    public NotificationController(NotificationService notifications) {
        this.notifications = notifications;
    }

    /** One notification as the API shows it. */
    public record NotificationDto(long id, String kind, long claimId, String claimStatement, @Nullable Long actorId,
                                  @Nullable String actorName, @Nullable String note, OffsetDateTime createdAt,
                                  @Nullable OffsetDateTime readAt) {
        static NotificationDto of(Notification n) {
            return new NotificationDto(n.id(), n.kind().wireName(), n.claimId(), n.claimStatement(), n.actorId(),
                    n.actorName(), n.note(), n.createdAt(), n.readAt());
        }
    }

    /** The list with the unread count. */
    public record NotificationList(int unread, List<NotificationDto> items) {
    }

    /** The e-mail preference: address (null for none) and the kinds also sent by e-mail. */
    public record SettingsDto(@io.claimdesk.core.text.ExactText @Nullable String email, List<String> emailKinds) {
        static SettingsDto of(NotificationSettings s) {
            return new SettingsDto(s.email(), s.emailKinds().stream().map(NotificationKind::wireName).sorted()
                    .toList());
        }
    }

    /** How many were marked read. */
    public record Marked(int marked) {
    }

    @Operation(summary = "The signed-in user's notifications, newest first (limit 1..200, default 50)")
    @GetMapping
    public NotificationList list(@RequestParam(defaultValue = "false") boolean unreadOnly,
                                 @RequestParam(defaultValue = "50") int limit) {
        return new NotificationList(notifications.unreadCount(),
                notifications.mine(unreadOnly, limit).stream().map(NotificationDto::of).toList());
    }

    @Operation(summary = "Mark one notification read (404 when it is not yours)")
    @PostMapping("/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void read(@PathVariable long id) {
        notifications.markRead(id);
    }

    @Operation(summary = "Mark all of your notifications read")
    @PostMapping("/read-all")
    public Marked readAll() {
        return new Marked(notifications.markAllRead());
    }

    @Operation(summary = "Your e-mail preference")
    @GetMapping("/settings")
    public SettingsDto settings() {
        return SettingsDto.of(notifications.settings());
    }

    @Operation(summary = "Change your e-mail preference (unknown kinds and bad addresses are refused with 422)")
    @PutMapping("/settings")
    public SettingsDto saveSettings(@RequestBody SettingsDto body) {
        Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
        for (String wire : body.emailKinds() == null ? List.<String>of() : body.emailKinds()) {
            kinds.add(NotificationKind.ofWireName(wire).orElseThrow(() ->
                    io.claimdesk.core.domain.ValidationException.of("notification.kindUnknown", wire)));
        }
        return SettingsDto.of(notifications.saveSettings(body.email(), kinds));
    }
}
