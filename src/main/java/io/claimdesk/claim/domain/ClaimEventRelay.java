package io.claimdesk.claim.domain;

import io.claimdesk.core.db.ClusterBus;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sends every claim history event to all application nodes as a {@code claim} message of the {@link ClusterBus}
 * (payload: {@code claim}, {@code event}, {@code actor} ids, the {@code kind} and the workflow {@code action}), so
 * open pages on any node refresh (issue 16). It runs inside the transaction that records the event: PostgreSQL
 * sends the message when that transaction commits and drops it on rollback, so no node hears of a change that did
 * not happen, and the message is never lost between the commit and a separate send.
 */
@Component
class ClaimEventRelay {

    private final ClusterBus bus;

    ClaimEventRelay(ClusterBus bus) {
        this.bus = bus;
    }

    @EventListener
    void relay(ClaimEventRecorded event) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("claim", event.claimId());
        payload.put("event", event.eventId());
        payload.put("actor", event.actorId());
        payload.put("kind", event.kind());
        payload.put("action", event.action());
        bus.publish(ClaimEventRecorded.TOPIC, payload);
    }
}
