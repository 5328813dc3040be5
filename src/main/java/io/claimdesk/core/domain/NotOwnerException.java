package io.claimdesk.core.domain;

import org.springframework.security.access.AccessDeniedException;

/**
 * A checker tried to change, dismiss or delete a colleague's claim or evidence (issue 12, "Ownership"): a checker
 * acts only on claims they created or are assigned to (and takes unassigned ones), and on evidence they added or
 * that belongs to such a claim; supervisors and admins act on any. HTTP 403; nothing was written.
 */
public class NotOwnerException extends AccessDeniedException {

    /** What was refused. */
    public enum Subject {
        CLAIM, EVIDENCE
    }

    private final Subject subject;
    private final long id;

    /**
     * @param subject what was refused
     * @param id      the claim's or evidence link's id
     * @param message the English detail (the API's problem {@code detail})
     */
    public NotOwnerException(Subject subject, long id, String message) {
        super(message);
        this.subject = subject;
        this.id = id;
    }

    public Subject subject() {
        return subject;
    }

    public long id() {
        return id;
    }

    /** Message bundle key of the translated refusal ({@code ownership.claim}, {@code ownership.evidence}). */
    public String messageKey() {
        return "ownership." + subject.name().toLowerCase(java.util.Locale.ROOT);
    }
}
