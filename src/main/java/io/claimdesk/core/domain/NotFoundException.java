package io.claimdesk.core.domain;

/** A requested record does not exist (HTTP 404). */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what, Object id) {
        super(what + " " + id + " does not exist.");
    }
}
