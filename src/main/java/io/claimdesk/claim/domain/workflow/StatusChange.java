package io.claimdesk.claim.domain.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jspecify.annotations.Nullable;

import java.util.Optional;

/**
 * A status change a history event records in its {@code before} and {@code after} JSON ({@code "status"} field).
 *
 * @param from the status before, null when the event does not say
 * @param to   the status after
 */
public record StatusChange(@Nullable WorkflowStatus from, WorkflowStatus to) {

    /**
     * The status change recorded by an event's JSON texts; empty when the event records none (no or the same
     * {@code status}, or a status name this version does not know).
     */
    public static Optional<StatusChange> of(ObjectMapper json, @Nullable String beforeJson,
                                            @Nullable String afterJson) {
        String before = field(json, beforeJson);
        String after = field(json, afterJson);
        if (after == null || after.equals(before)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new StatusChange(before == null ? null : WorkflowStatus.valueOf(before),
                    WorkflowStatus.valueOf(after)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static @Nullable String field(ObjectMapper json, @Nullable String jsonText) {
        if (jsonText == null) {
            return null;
        }
        try {
            JsonNode node = json.readTree(jsonText).get("status");
            return node == null || node.isNull() ? null : node.asText();
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
