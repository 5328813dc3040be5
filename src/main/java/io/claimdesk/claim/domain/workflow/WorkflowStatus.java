package io.claimdesk.claim.domain.workflow;

import java.util.stream.Collectors;
import java.util.Locale;
import java.util.Arrays;
import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.db.enums.ClaimStatus;

/**
 * Where a claim stands in the verification workflow (DESIGN.md, "Workflow"). The names are the API's and the
 * database's ({@code claim_status} enum type) wire values.
 */
public enum WorkflowStatus {
    NEW, IN_PROGRESS, READY_FOR_REVIEW, APPROVED, DISMISSED;

    /** While a claim waits for review or is approved, what it says is locked ({@code ClaimLocks}). */
    public boolean locked() {
        return this == READY_FOR_REVIEW || this == APPROVED;
    }

    /** The status stored as {@code stored}. */
    public static WorkflowStatus of(ClaimStatus stored) {
        return valueOf(stored.getLiteral());
    }

    /**
     * The status named {@code name} (case-insensitive, surrounding white space ignored), e.g. a query parameter.
     *
     * @throws ValidationException {@code claim.status.unknown} for any other name
     */
    public static WorkflowStatus parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("claim.status.unknown", name,
                    Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    /** The database value of this status. */
    public ClaimStatus stored() {
        return ClaimStatus.valueOf(name());
    }
}
