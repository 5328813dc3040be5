package io.claimdesk.core.ui;

/** Where the Claimdesk style sheet is served from (source: frontend/styles/claimdesk.css). */
public final class ClaimdeskStyles {

    /** For {@code @StyleSheet} on top-level layouts and views. */
    public static final String URL = "context://frontend-static/styles/claimdesk.css";

    private ClaimdeskStyles() {
    }
}
