package io.claimdesk.claim.domain.workflow;

import io.claimdesk.core.domain.ValidationException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A step of the verification workflow. The wire name (API, history) is the lower-case name:
 * {@code start}, {@code propose}, {@code approve}, {@code request_changes}, {@code dismiss}, {@code reopen}.
 */
public enum WorkflowAction {
    START, PROPOSE, APPROVE, REQUEST_CHANGES, DISMISS, REOPEN;

    /** The lower-case wire name. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The action with wire name {@code name} (case-insensitive).
     *
     * @throws ValidationException for an unknown name
     */
    public static WorkflowAction parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("workflow.action.unknown", name,
                    Arrays.stream(values()).map(WorkflowAction::wireName).collect(Collectors.joining(", ")));
        }
    }
}
