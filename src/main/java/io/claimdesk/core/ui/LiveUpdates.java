package io.claimdesk.core.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import io.claimdesk.core.db.ClusterBus;
import io.claimdesk.core.db.ClusterMessage;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;

/**
 * Live updates for open pages (issue 16): a component subscribes to a topic of the {@link ClusterBus} while it is
 * attached; every message of that topic, from any node, runs the component's handler in its UI through
 * {@link UI#access} and Vaadin server push ({@code @Push} on the app shell), so the browser sees it without a
 * reload. A {@link ClusterBus#RESYNC} message (the bus reconnected and may have missed messages) goes to every
 * subscriber. The handler runs with the Spring Security context of the request that attached the component, so
 * services see the page's user.
 */
@org.springframework.stereotype.Component
public class LiveUpdates {

    private record Subscription(UI ui, String topic, Consumer<ClusterMessage> handler, SecurityContext security,
                                @Nullable AtomicBoolean pending) {
    }

    private final Set<Subscription> subscriptions = new CopyOnWriteArraySet<>();

    /**
     * Runs {@code handler} (in the component's UI, under its session lock) for each message of {@code topic} while
     * {@code component} is attached; the subscription ends at detach.
     */
    public void whileAttached(Component component, String topic, Consumer<ClusterMessage> handler) {
        subscribe(component, topic, handler, false);
    }

    /**
     * Runs {@code refresh} (in the component's UI) after messages of {@code topic} while {@code component} is
     * attached, coalesced: a burst of messages (a bulk action of 500 claims) queues one refresh, not 500. For
     * lists that re-read everything anyway.
     */
    public void refreshWhileAttached(Component component, String topic, Runnable refresh) {
        subscribe(component, topic, m -> refresh.run(), true);
    }

    private void subscribe(Component component, String topic, Consumer<ClusterMessage> handler, boolean coalesce) {
        component.addAttachListener(attach -> {
            // the handler runs on the bus thread (or whichever holds the session lock next), where nobody is
            // signed in: it runs as the user who opened the page
            Subscription s = new Subscription(attach.getUI(), topic, handler, SecurityContextHolder.getContext(),
                    coalesce ? new AtomicBoolean() : null);
            subscriptions.add(s);
            Registration[] detach = new Registration[1];
            detach[0] = component.addDetachListener(d -> {
                subscriptions.remove(s);
                detach[0].remove();
            });
        });
    }

    /** Number of live subscriptions (for health pages and tests). */
    public int subscriptions() {
        return subscriptions.size();
    }

    @EventListener
    void on(ClusterMessage message) {
        boolean resync = ClusterBus.RESYNC.equals(message.topic());
        for (Subscription s : subscriptions) {
            if (!resync && !s.topic().equals(message.topic())) {
                continue;
            }
            UI ui = s.ui();
            if (ui.isClosing() || ui.getSession() == null) {
                subscriptions.remove(s);
                continue;
            }
            AtomicBoolean pending = s.pending();
            if (pending != null && !pending.compareAndSet(false, true)) {
                continue; // a refresh is queued already and will see this change too
            }
            ui.access(() -> {
                if (pending != null) {
                    pending.set(false);
                }
                SecurityContext before = SecurityContextHolder.getContext();
                SecurityContextHolder.setContext(s.security());
                try {
                    s.handler().accept(message);
                } finally {
                    SecurityContextHolder.setContext(before);
                }
            });
        }
    }
}
