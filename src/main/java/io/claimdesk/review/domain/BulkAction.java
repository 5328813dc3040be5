package io.claimdesk.review.domain;

import io.claimdesk.core.domain.ValidationException;

import java.util.Locale;

/** Bulk actions over several claims: {@code dismiss}, {@code add_tags}, {@code remove_tags} (wire names). */
public enum BulkAction {
    DISMISS, ADD_TAGS, REMOVE_TAGS;

    /** @throws ValidationException for an unknown name */
    public static BulkAction parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("review.bulk.unknownAction", name);
        }
    }
}
