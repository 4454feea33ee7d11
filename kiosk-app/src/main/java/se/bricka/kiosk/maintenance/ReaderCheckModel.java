package se.bricka.kiosk.maintenance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.core.tag.TagHasher;
import se.bricka.core.wire.Household;
import se.bricka.hw.reader.ReaderHealth;
import se.bricka.hw.reader.TagRead;
import se.bricka.hw.reader.TagReader;
import se.bricka.kiosk.backend.BackendException;
import se.bricka.kiosk.backend.BackendOfflineException;
import se.bricka.kiosk.backend.BackendRefusedException;
import se.bricka.kiosk.fx.ActionQueue;

/**
 * The "Reader check" tool: each reader's type, health, counters and last read; "tap a tag now" shows
 * the next read as a masked UID and the apartment it belongs to, nothing else. That tap does not reach
 * the board.
 */
public final class ReaderCheckModel {

    private static final Logger LOG = LoggerFactory.getLogger(ReaderCheckModel.class);

    /** One reader as the tool shows it; {@code lastRead} is {@code null} before its first read. */
    public record ReaderRow(String id, String type, ReaderHealth health, Instant lastRead) {}

    private final MaintenanceModel maintenance;
    private final MaintenanceBackend backend;
    private final ActionQueue queue;
    private final Executor ui;
    private final List<TagReader> readers = new ArrayList<>();
    private final Map<String, Instant> lastReads = new ConcurrentHashMap<>();
    private final ObservableList<ReaderRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ReaderRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final BooleanProperty waiting = new SimpleBooleanProperty();
    private final StringProperty maskedUid = new SimpleStringProperty();
    private final StringProperty apartment = new SimpleStringProperty();
    private final StringProperty messageKey = new SimpleStringProperty();
    private volatile boolean waitingForTag;

    ReaderCheckModel(MaintenanceModel maintenance, MaintenanceBackend backend, ActionQueue queue, Executor ui) {
        this.maintenance = maintenance;
        this.backend = backend;
        this.queue = queue;
        this.ui = ui;
    }

    // ---- Properties

    public ObservableList<ReaderRow> readers() {
        return rowsView;
    }

    /** Whether the next tap is the caretaker's test tap. */
    public ReadOnlyBooleanProperty waitingProperty() {
        return waiting;
    }

    /** The test tap's UID, masked; {@code null} before one. */
    public ReadOnlyStringProperty maskedUidProperty() {
        return maskedUid;
    }

    /** The apartment the test tag belongs to; {@code null} when unknown or not yet asked. */
    public ReadOnlyStringProperty apartmentProperty() {
        return apartment;
    }

    /** The text key of a sentence about the test tap, or {@code null}. */
    public ReadOnlyStringProperty messageKeyProperty() {
        return messageKey;
    }

    // ---- Commands

    /** The board's readers; set once at start. */
    public void useReaders(List<? extends TagReader> boardReaders) {
        readers.clear();
        readers.addAll(boardReaders);
    }

    /** Reads every reader's health again. */
    public void refresh() {
        maintenance.touched();
        rows.setAll(readers.stream()
                .map(reader -> new ReaderRow(
                        reader.id(), reader.getClass().getSimpleName(), reader.health(), lastReads.get(reader.id())))
                .toList());
    }

    /** The next tap on any reader is shown here instead of going to the board. */
    public void waitForTag() {
        maintenance.touched();
        maskedUid.set(null);
        apartment.set(null);
        messageKey.set("maintenance.reader.waiting");
        waiting.set(true);
        waitingForTag = true;
    }

    /**
     * A read from any reader, on the reader's thread: noted as that reader's last read, and taken as
     * the test tap when one is awaited.
     *
     * @return whether the read was the test tap, which the board must then not act on
     */
    public boolean offer(TagRead read) {
        lastReads.put(read.readerId(), read.at());
        if (!waitingForTag) {
            return false;
        }
        waitingForTag = false;
        String masked = read.uid().masked();
        ui.execute(() -> {
            waiting.set(false);
            maskedUid.set(masked);
            refresh();
        });
        queue.submit(() -> identify(read));
        return true;
    }

    private void identify(TagRead read) {
        maintenance.recordAction("reader check tap on " + read.readerId());
        try {
            byte[] key = Base64.getDecoder().decode(backend.tagKey());
            Household household = backend.identify(new TagHasher(key).hash(read.uid()));
            ui.execute(() -> {
                apartment.set(household.apartmentLabel());
                messageKey.set("maintenance.reader.known");
            });
        } catch (BackendOfflineException e) {
            ui.execute(() -> messageKey.set("maintenance.offline"));
        } catch (BackendRefusedException e) {
            String key = "tag-blocked".equals(e.code()) ? "maintenance.reader.blocked" : "maintenance.reader.unknown";
            ui.execute(() -> messageKey.set(key));
        } catch (BackendException e) {
            LOG.info("reader check could not identify the tag: {}", e.getMessage());
            ui.execute(() -> messageKey.set("maintenance.offline"));
        }
    }
}
