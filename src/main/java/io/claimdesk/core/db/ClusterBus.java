package io.claimdesk.core.db;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zaxxer.hikari.HikariDataSource;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * Carries small events between the application nodes through PostgreSQL's {@code LISTEN}/{@code NOTIFY} on the
 * channel {@value #CHANNEL}, so that several nodes behind a load balancer share notifications and live updates
 * (issue 16) with no other infrastructure.
 *
 * <p>Sending: {@link #publish} runs {@code pg_notify} on the caller's database connection. Inside a transaction
 * PostgreSQL delivers the message only when that transaction commits, and never when it rolls back
 * (PostgreSQL documentation, "NOTIFY"). Receiving: one daemon thread per node holds its own connection (outside
 * the pool), listens, and republishes every message as a {@link ClusterMessage} Spring event on this node; the
 * sending node receives its own messages the same way, so there is one path for all. When the connection breaks
 * the thread reconnects (1 s, doubling up to 30 s) and then publishes a {@link #RESYNC} message, because
 * messages sent while it was away are lost: views re-read what they show.
 *
 * <p>Payloads are JSON objects of ids (at most {@value #MAX_PAYLOAD_BYTES} UTF-8 bytes; PostgreSQL's limit is 8000),
 * never user text.
 */
@Component
public class ClusterBus implements SmartLifecycle {

    /** The PostgreSQL notification channel. */
    public static final String CHANNEL = "claimdesk_events";
    /** Topic of the message published after a reconnect. */
    public static final String RESYNC = "resync";
    /** Largest payload accepted, in UTF-8 bytes. */
    public static final int MAX_PAYLOAD_BYTES = 4000;

    private static final Logger log = LoggerFactory.getLogger(ClusterBus.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration CHECK_EVERY = Duration.ofSeconds(5);

    private final DSLContext dsl;
    private final ObjectMapper json;
    private final ConnectionFactory connections;
    private final Consumer<ClusterMessage> sink;
    private volatile boolean running;
    private volatile @Nullable Thread thread;
    private volatile boolean listening;

    /** Opens the listening connection. */
    @FunctionalInterface
    public interface ConnectionFactory {
        Connection open() throws SQLException;
    }

    @org.springframework.beans.factory.annotation.Autowired
    public ClusterBus(DSLContext dsl, ObjectMapper json, DataSource dataSource, ApplicationEventPublisher events) {
        this(dsl, json, connectionsLike(dataSource), events::publishEvent);
    }

    /**
     * A bus with its own receiver (tests start a second listener on the same database this way).
     *
     * @param connections opens the listening connection (a dedicated one, never a pooled one)
     * @param sink        receives every message, on the listener thread
     */
    public ClusterBus(DSLContext dsl, ObjectMapper json, ConnectionFactory connections,
                      Consumer<ClusterMessage> sink) {
        this.dsl = dsl;
        this.json = json;
        this.connections = connections;
        this.sink = sink;
    }

    /**
     * A dedicated connection to the database of {@code dataSource}: the same URL and account as the pool, without
     * its statement and socket time limits (the connection waits for messages for as long as the node runs).
     */
    public static ConnectionFactory connectionsLike(DataSource dataSource) {
        if (dataSource instanceof HikariDataSource hikari) {
            return () -> {
                Properties props = new Properties();
                if (hikari.getUsername() != null) {
                    props.setProperty("user", hikari.getUsername());
                }
                if (hikari.getPassword() != null) {
                    props.setProperty("password", hikari.getPassword());
                }
                props.setProperty("ApplicationName", "claimdesk-cluster-bus");
                props.setProperty("tcpKeepAlive", "true");
                props.setProperty("connectTimeout", "5");
                return DriverManager.getConnection(hikari.getJdbcUrl(), props);
            };
        }
        return dataSource::getConnection;
    }

    /**
     * Sends a message to every node (this one included). Inside a transaction it is sent when the transaction
     * commits.
     *
     * @param topic   a short name ({@code claim}, {@code notification})
     * @param payload ids and codes only (Jackson-serialisable values)
     * @throws IllegalArgumentException when the JSON is longer than {@value #MAX_PAYLOAD_BYTES} UTF-8 bytes
     */
    public void publish(String topic, Map<String, ?> payload) {
        ObjectNode node = json.valueToTree(payload);
        node.put("t", topic);
        String text = node.toString();
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("cluster message too long: " + text.length() + " chars");
        }
        dsl.select(DSL.function("pg_notify", SQLDataType.VARCHAR, DSL.val(CHANNEL), DSL.val(text))).fetch();
    }

    /** Whether the listener thread is connected and listening now. */
    public boolean listening() {
        return listening;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        Thread t = new Thread(this::listenLoop, "claimdesk-cluster-bus");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
            try {
                t.join(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        thread = null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listenLoop() {
        long backoff = 1000;
        boolean reconnecting = false;
        while (running) {
            try (Connection connection = connections.open()) {
                connection.setAutoCommit(true);
                try (Statement st = connection.createStatement()) {
                    st.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                listening = true;
                backoff = 1000;
                if (reconnecting) {
                    log.info("Cluster bus: listening again on {}", CHANNEL);
                    deliver(new ClusterMessage(RESYNC, json.createObjectNode()));
                }
                long lastCheck = System.nanoTime();
                while (running) {
                    PGNotification[] received = pg.getNotifications((int) POLL.toMillis());
                    if (received == null || received.length == 0) {
                        // nothing came; every few seconds make sure the connection is still alive
                        if (System.nanoTime() - lastCheck > CHECK_EVERY.toNanos()) {
                            if (!connection.isValid(2)) {
                                throw new SQLException("listening connection lost");
                            }
                            lastCheck = System.nanoTime();
                        }
                        continue;
                    }
                    for (PGNotification n : received) {
                        receive(n.getParameter());
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (!running) {
                    break;
                }
                reconnecting = true;
                log.warn("Cluster bus: listening connection failed ({}); reconnecting in {} ms", e.getMessage(),
                        backoff);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException ie) {
                    break;
                }
                backoff = Math.min(backoff * 2, 30_000);
            }
        }
        listening = false;
    }

    private void receive(String text) {
        try {
            JsonNode node = json.readTree(text);
            if (!(node instanceof ObjectNode object) || !object.hasNonNull("t")) {
                log.warn("Cluster bus: ignored a message without topic");
                return;
            }
            String topic = object.remove("t").asText();
            deliver(new ClusterMessage(topic, object));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            log.warn("Cluster bus: ignored a message that is not JSON");
        }
    }

    private void deliver(ClusterMessage message) {
        try {
            sink.accept(message);
        } catch (RuntimeException e) {
            // one failing receiver must not stop the node from listening
            log.warn("Cluster bus: a receiver of '{}' failed", message.topic(), e);
        }
    }
}
