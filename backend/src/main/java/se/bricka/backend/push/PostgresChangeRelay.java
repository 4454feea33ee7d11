package se.bricka.backend.push;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.backend.http.Json;
import se.bricka.backend.persistence.DataAccessException;
import se.bricka.core.wire.ChangeEvent;

/**
 * Carries changes between backend nodes on one PostgreSQL with LISTEN/NOTIFY. Publishing hands the
 * change to this node's devices at once and notifies every node. NOTIFY reaches the sender's own
 * session too, so a node remembers the versions it notified and passes over their echo; the others'
 * changes it hands to its own devices, which skip versions they already have. A change's version is
 * unique (the change log's), and the notification is the change alone, as every node version sends.
 *
 * <p>The notification is sent after commit, so a node that dies in between leaves other nodes'
 * devices one change behind until the next change, whose gap they fill from the change log.
 */
public final class PostgresChangeRelay implements ChangePublisher, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresChangeRelay.class);
    private static final String CHANNEL_PREFIX = "bricka_changes_";
    private static final int MAX_IDENTIFIER_LENGTH = 63;
    private static final int POLL_MILLIS = 500;
    private static final Duration RECONNECT_DELAY = Duration.ofSeconds(2);
    private static final int MAX_AWAITING_ECHO = 4096;

    private final ChangePublisher local;
    private final DataSource pool;
    private final ObjectMapper mapper;
    private final String url;
    private final String user;
    private final String password;
    private final String channel;
    /** Versions this node notified whose echo has not come back: at most the newest few thousand. */
    private final Set<Long> awaitingEcho =
            Collections.synchronizedSet(Collections.newSetFromMap(new LinkedHashMap<>(16, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
                    return size() > MAX_AWAITING_ECHO;
                }
            }));

    private final Thread listener;
    private volatile boolean closed;

    /**
     * @param local the publisher of this node's own devices
     * @param pool where notifications are sent from
     * @param url the database the listener opens its own long-lived session on
     * @param user the database user, or {@code null}
     * @param password the database password, or {@code null}
     */
    public PostgresChangeRelay(
            ChangePublisher local, DataSource pool, ObjectMapper mapper, String url, String user, String password) {
        this.local = local;
        this.pool = pool;
        this.mapper = mapper;
        this.url = url;
        this.user = user;
        this.password = password;
        this.channel = channelOf(pool);
        this.listener = Thread.ofPlatform().daemon().name("pg-change-listener").start(this::listen);
    }

    @Override
    public void publish(ChangeEvent event) {
        local.publish(event);
        awaitingEcho.add(event.version());
        try (Connection connection = pool.getConnection();
                PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            notify.setString(1, channel);
            notify.setString(2, Json.write(mapper, event));
            notify.execute();
        } catch (SQLException e) {
            awaitingEcho.remove(event.version());
            // The change is committed and this node's devices have it; other nodes catch up later.
            LOG.warn("could not notify other nodes of change {}", event.version(), e);
        }
    }

    /**
     * The channel of this database schema: NOTIFY reaches every session of the whole database, so
     * installations (or test runs) in other schemas of the same database must not share a channel.
     */
    private static String channelOf(DataSource pool) {
        try (Connection connection = pool.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT current_schema()")) {
            String schema = row.next() && row.getString(1) != null ? row.getString(1) : "public";
            String safe = schema.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
            String channel = CHANNEL_PREFIX + safe;
            return channel.length() <= MAX_IDENTIFIER_LENGTH ? channel : channel.substring(0, MAX_IDENTIFIER_LENGTH);
        } catch (SQLException e) {
            throw new DataAccessException("cannot read the current schema", e);
        }
    }

    private void listen() {
        while (!closed) {
            try (Connection connection = DriverManager.getConnection(url, user, password)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + channel);
                }
                PGConnection session = connection.unwrap(PGConnection.class);
                while (!closed) {
                    relay(session.getNotifications(POLL_MILLIS));
                }
            } catch (SQLException e) {
                if (!closed) {
                    LOG.warn("change listener lost its session; reconnecting", e);
                    pause();
                }
            }
        }
    }

    private void relay(PGNotification[] notifications) {
        if (notifications == null) {
            return;
        }
        for (PGNotification notification : notifications) {
            try {
                ChangeEvent event = mapper.readValue(notification.getParameter(), ChangeEvent.class);
                if (!awaitingEcho.remove(event.version())) {
                    local.publish(event);
                }
            } catch (IOException e) {
                LOG.warn("ignoring an unreadable change notification: {}", notification.getParameter(), e);
            } catch (RuntimeException e) {
                // One change this node's devices could not be handed must not end the listener.
                LOG.warn("could not hand on change notification {}", notification.getParameter(), e);
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_DELAY);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @Override
    public void close() {
        closed = true;
        listener.interrupt();
        try {
            listener.join(Duration.ofSeconds(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
