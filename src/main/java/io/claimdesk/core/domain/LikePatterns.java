package io.claimdesk.core.domain;

import java.util.Locale;

/** LIKE patterns from user text: the text is matched literally (its {@code \ % _} escaped with {@code \}). */
public final class LikePatterns {

    private LikePatterns() {
    }

    /**
     * A pattern that matches any value containing {@code text} (trimmed, lower-cased with the root locale; use
     * with case-insensitive LIKE). PostgreSQL's default LIKE escape character is the backslash.
     */
    public static String containing(String text) {
        return "%" + text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
