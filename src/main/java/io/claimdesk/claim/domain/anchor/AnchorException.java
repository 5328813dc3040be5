package io.claimdesk.claim.domain.anchor;

/**
 * A quote could not be anchored: it does not occur in the text, or it occurs more than once and the context does not
 * single one occurrence out. The message says which, for the user.
 */
public class AnchorException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public AnchorException(String message) {
        super(message);
    }
}
