package io.claimdesk.core.i18n;

import java.util.Optional;

/**
 * The signed-in user's account as the shell sees it, supplied by the user feature (core knows no feature).
 */
public interface UiPreferences {

    /** Display name of the signed-in user, if someone is signed in. */
    Optional<String> displayName();

    /** Role name of the signed-in user (CHECKER, SUPERVISOR, ADMIN), if someone is signed in. */
    Optional<String> roleName();

    /** The remembered UI language ({@code en} or {@code ar}) of the signed-in user. */
    Optional<String> language();

    /** Remembers the signed-in user's UI language. */
    void rememberLanguage(String language);
}
