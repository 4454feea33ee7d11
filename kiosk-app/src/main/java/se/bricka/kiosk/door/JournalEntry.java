package se.bricka.kiosk.door;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.util.List;
import se.bricka.core.wire.AccessEventUpload;

/** One line of the {@link AccessJournal}: something to upload, or the news that something was stored. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "t")
@JsonSubTypes({
    @JsonSubTypes.Type(value = JournalEntry.Event.class, name = "event"),
    @JsonSubTypes.Type(value = JournalEntry.CheckIn.class, name = "check-in"),
    @JsonSubTypes.Type(value = JournalEntry.Done.class, name = "done")
})
sealed interface JournalEntry {

    /** An access or door event waiting for the backend. */
    record Event(AccessEventUpload event) implements JournalEntry {}

    /**
     * A check-in waiting for the backend: the booker's tag opened the room of {@code resourceId}.
     *
     * @param id chosen by the device, for the journal's own bookkeeping
     */
    record CheckIn(String id, String tagHash, long resourceId, Instant at) implements JournalEntry {}

    /** The backend has the entries with these ids: they leave the journal. */
    record Done(List<String> ids) implements JournalEntry {}
}
