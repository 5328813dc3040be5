package io.claimdesk.core.ui;

import com.vaadin.flow.component.Component;
import io.claimdesk.core.domain.NotOwnerException;

/** The text a view shows for a refused action, in the UI's language where the refusal has a translation. */
public final class Refusals {

    private Refusals() {
    }

    /**
     * The translated text of {@code e} for a {@link NotOwnerException} (bundle key {@code ownership.claim} or
     * {@code ownership.evidence}); the exception's own message otherwise.
     */
    public static String text(Component where, RuntimeException e) {
        if (e instanceof NotOwnerException notOwner) {
            return where.getTranslation(notOwner.messageKey());
        }
        return e.getMessage();
    }
}
