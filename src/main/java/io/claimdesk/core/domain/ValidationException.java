package io.claimdesk.core.domain;

/** Input that breaks a rule of the workbench (HTTP 422); the message says which rule, for a person to read. */
public class ValidationException extends RuntimeException {
    public ValidationException(String message) {
        super(message);
    }
}
