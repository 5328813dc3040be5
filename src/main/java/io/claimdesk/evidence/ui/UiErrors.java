package io.claimdesk.evidence.ui;

import com.vaadin.flow.component.Component;
import io.claimdesk.core.domain.ConflictException;
import io.claimdesk.core.domain.NotFoundException;
import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.core.ui.ErrorMessages;
import io.claimdesk.core.ui.Notifications;
import io.claimdesk.core.web.InvalidUrlException;
import org.springframework.security.access.AccessDeniedException;

/** Turns the evidence services' exceptions into translated notifications. */
final class UiErrors {

    private UiErrors() {
    }

    /**
     * Shows {@code e} to the user.
     *
     * @return true when {@code e} was one of the expected domain errors (and shown), false otherwise
     */
    static boolean show(Component where, RuntimeException e) {
        if (e instanceof InvalidUrlException invalid) {
            Notifications.error(where.getTranslation("evidence.url.invalid." + invalid.reason().name()));
        } else if (e instanceof ConflictException conflict) {
            Notifications.error(conflict.currentVersion() != null
                    ? where.getTranslation("evidence.conflict", conflict.changedBy() == null ? "?" : conflict.changedBy())
                    : ErrorMessages.text(where, conflict));
        } else if (e instanceof NotFoundException) {
            Notifications.error(where.getTranslation("evidence.notFound"));
        } else if (e instanceof ValidationException || e instanceof AccessDeniedException) {
            ErrorMessages.show(where, e);
        } else {
            return false;
        }
        return true;
    }
}
