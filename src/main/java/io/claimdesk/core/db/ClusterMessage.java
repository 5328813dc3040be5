package io.claimdesk.core.db;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A message that came through {@link ClusterBus} from any application node (this one included), republished as
 * an in-JVM Spring application event on every node.
 *
 * @param topic   what it is about ({@code claim}, {@code notification}; {@link ClusterBus#RESYNC} after the
 *                listener reconnected and may have missed messages)
 * @param payload the small JSON object the sender gave (ids only), without the topic
 */
public record ClusterMessage(String topic, JsonNode payload) {

    /** A long field of the payload, or -1 when it is missing or not a number. */
    public long id(String field) {
        JsonNode value = payload.get(field);
        return value != null && value.canConvertToLong() ? value.asLong() : -1;
    }

    /** A text field of the payload, or "" when missing. */
    public String text(String field) {
        JsonNode value = payload.get(field);
        return value == null || value.isNull() ? "" : value.asText();
    }
}
