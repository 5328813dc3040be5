package io.claimdesk.claim.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import static io.claimdesk.db.Tables.CLAIM_EVENT;

/**
 * Appends an event to a claim's history ({@code claim_event}). The table is append-only and hash-chained by the
 * database (migration V3): the trigger sets {@code prev_hash} and {@code hash}; UPDATE, DELETE and TRUNCATE are
 * refused. Call inside the transaction that makes the change, so the history and the change commit together.
 *
 * <p>Kinds are the {@link ClaimEventKind} values, stored by their lower-case dotted wire names
 * ({@code claim.created}, {@code status.changed}, ...).
 *
 * <p>Each recorded event is also published as a {@link ClaimEventRecorded} Spring application event (issue 16:
 * notifications and live updates listen to it after commit).
 */
@Component
public class ClaimEvents {

    private final DSLContext dsl;
    private final ObjectMapper json;
    private final ApplicationEventPublisher publisher;

    public ClaimEvents(DSLContext dsl, ObjectMapper json, ApplicationEventPublisher publisher) {
        this.dsl = dsl;
        this.json = json;
        this.publisher = publisher;
    }

    /**
     * Records one event.
     *
     * @param actorId who did it (null for the system, e.g. re-anchoring after an import)
     * @param before  the state before (any Jackson-serialisable value, or null)
     * @param after   the state after (any Jackson-serialisable value, or null)
     * @return the new event's id
     */
    public long record(long claimId, @Nullable Long actorId, ClaimEventKind kind, @Nullable Object before,
                       @Nullable Object after, @Nullable String note) {
        JsonNode afterNode = after == null ? null : json.valueToTree(after);
        long id = dsl.insertInto(CLAIM_EVENT)
                .set(CLAIM_EVENT.CLAIM_ID, claimId)
                .set(CLAIM_EVENT.ACTOR_ID, actorId)
                .set(CLAIM_EVENT.KIND, kind.wireName())
                .set(CLAIM_EVENT.BEFORE, jsonb(before))
                .set(CLAIM_EVENT.AFTER, afterNode == null ? null : JSONB.valueOf(afterNode.toString()))
                .set(CLAIM_EVENT.NOTE, note)
                .returning(CLAIM_EVENT.ID)
                .fetchSingle(CLAIM_EVENT.ID);
        publisher.publishEvent(new ClaimEventRecorded(id, claimId, actorId, kind.wireName(), text(afterNode, "action"),
                text(afterNode, "status"), number(afterNode, "assigneeId"), note));
        return id;
    }

    private static @Nullable String text(@Nullable JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || !value.isTextual() ? null : value.asText();
    }

    private static @Nullable Long number(@Nullable JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || !value.canConvertToLong() || !value.isIntegralNumber() ? null : value.asLong();
    }

    private @Nullable JSONB jsonb(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        JsonNode node = json.valueToTree(value);
        return JSONB.valueOf(node.toString());
    }
}
