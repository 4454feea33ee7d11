package se.bricka.kiosk.door;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.core.privacy.AccessEventRetention;
import se.bricka.core.wire.AccessEventUpload;

/**
 * The device's durable queue of access events and check-ins: an append-only file, one checksummed
 * JSON line per entry, forced to disk before {@link #append} returns. An entry leaves the journal only
 * when {@link #markDone} records that the backend stored it; a restart replays the file.
 *
 * <p>A power cut can leave a half-written last line. Opening checks every line's CRC-32C, keeps the
 * good ones, logs how many were damaged, and rewrites the file without them, so a damaged tail never
 * hides the entries before it. Nothing older than {@link AccessEventRetention#LIMIT} is kept.
 */
public final class AccessJournal implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AccessJournal.class);
    private static final HexFormat HEX = HexFormat.of();
    /** Rewrite the file once this many finished lines have piled up. */
    private static final int COMPACT_AFTER = 1_000;

    private final Path file;
    private final ObjectMapper json;
    private final Map<String, JournalEntry.Event> events = new LinkedHashMap<>();
    private final Map<String, JournalEntry.CheckIn> checkIns = new LinkedHashMap<>();
    private FileChannel channel;
    private int finishedLines;
    private int damagedLines;

    private AccessJournal(Path file, ObjectMapper json) {
        this.file = file;
        this.json = json;
    }

    /** Opens (or creates) the journal at {@code file} and replays it. */
    public static AccessJournal open(Path file) {
        AccessJournal journal = new AccessJournal(file, DoorJson.mapper());
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            journal.replay();
            if (journal.damagedLines > 0) {
                LOG.warn(
                        "journal {}: {} damaged line(s) skipped (power cut?); rewriting without them",
                        file,
                        journal.damagedLines);
                journal.rewrite();
            }
            journal.channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            return journal;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the access journal " + file, e);
        }
    }

    /** Journals {@code event}; returns once it is on disk. */
    public synchronized void append(AccessEventUpload event) {
        JournalEntry.Event entry = new JournalEntry.Event(event);
        write(entry);
        events.put(event.eventId(), entry);
    }

    /** Journals a check-in; returns once it is on disk. */
    public synchronized void appendCheckIn(JournalEntry.CheckIn checkIn) {
        write(checkIn);
        checkIns.put(checkIn.id(), checkIn);
    }

    /** Up to {@code max} events not yet stored by the backend, oldest first. */
    public synchronized List<AccessEventUpload> pendingEvents(int max) {
        return events.values().stream()
                .limit(max)
                .map(JournalEntry.Event::event)
                .toList();
    }

    /** Check-ins not yet answered by the backend, oldest first. */
    public synchronized List<JournalEntry.CheckIn> pendingCheckIns() {
        return List.copyOf(checkIns.values());
    }

    /** How many events wait for the backend. */
    public synchronized int pendingCount() {
        return events.size();
    }

    /** Records that the backend has the entries with {@code ids}; they leave the journal. */
    public synchronized void markDone(Collection<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        write(new JournalEntry.Done(List.copyOf(ids)));
        ids.forEach(id -> {
            events.remove(id);
            checkIns.remove(id);
        });
        finishedLines += ids.size() + 1;
        if (finishedLines >= COMPACT_AFTER) {
            compact();
        }
    }

    /** Drops events past the 14-day limit at {@code now}; returns how many. */
    public synchronized int purgeExpired(Instant now) {
        List<String> expired = new ArrayList<>();
        events.values().stream()
                .filter(e -> AccessEventRetention.expired(e.event().occurredAt(), now))
                .forEach(e -> expired.add(e.event().eventId()));
        checkIns.values().stream()
                .filter(c -> AccessEventRetention.expired(c.at(), now))
                .forEach(c -> expired.add(c.id()));
        if (!expired.isEmpty()) {
            expired.forEach(id -> {
                events.remove(id);
                checkIns.remove(id);
            });
            compact();
            LOG.info("journal: {} entries past the 14-day limit removed", expired.size());
        }
        return expired.size();
    }

    /** Rewrites the file with only the pending entries. */
    public synchronized void compact() {
        try {
            channel.close();
            rewrite();
            channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            finishedLines = 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compact the access journal " + file, e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            LOG.warn("closing the journal failed", e);
        }
    }

    private void replay() throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        byte[] bytes = Files.readAllBytes(file);
        int start = 0;
        while (start < bytes.length) {
            int end = indexOf(bytes, (byte) '\n', start);
            if (end < 0) {
                damagedLines++; // a last line without its newline was cut off mid-write
                break;
            }
            apply(new String(bytes, start, end - start, StandardCharsets.UTF_8));
            start = end + 1;
        }
    }

    private void apply(String line) {
        JournalEntry entry = decode(line);
        switch (entry) {
            case null -> damagedLines++;
            case JournalEntry.Event event -> events.put(event.event().eventId(), event);
            case JournalEntry.CheckIn checkIn -> checkIns.put(checkIn.id(), checkIn);
            case JournalEntry.Done done -> {
                done.ids().forEach(id -> {
                    events.remove(id);
                    checkIns.remove(id);
                });
                finishedLines += done.ids().size() + 1;
            }
        }
    }

    private JournalEntry decode(String line) {
        int space = line.indexOf(' ');
        if (space != 8) {
            return null;
        }
        String body = line.substring(space + 1);
        if (!line.substring(0, space).equals(crc(body))) {
            return null;
        }
        try {
            return json.readValue(body, JournalEntry.class);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private void write(JournalEntry entry) {
        try {
            ByteBuffer line = ByteBuffer.wrap(encode(entry));
            while (line.hasRemaining()) {
                channel.write(line);
            }
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the access journal " + file, e);
        }
    }

    private byte[] encode(JournalEntry entry) {
        try {
            String body = json.writeValueAsString(entry);
            return (crc(body) + " " + body + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a journal entry", e);
        }
    }

    /** Writes the pending entries to a new file, forces it, and moves it over the old one in one step. */
    private void rewrite() throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel out = FileChannel.open(
                temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            for (JournalEntry entry : pendingEntries()) {
                ByteBuffer line = ByteBuffer.wrap(encode(entry));
                while (line.hasRemaining()) {
                    out.write(line);
                }
            }
            out.force(true);
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        damagedLines = 0;
    }

    private List<JournalEntry> pendingEntries() {
        List<JournalEntry> pending = new ArrayList<>(events.values());
        pending.addAll(checkIns.values());
        return pending;
    }

    private static String crc(String body) {
        CRC32C crc = new CRC32C();
        crc.update(body.getBytes(StandardCharsets.UTF_8));
        return HEX.toHexDigits((int) crc.getValue());
    }

    private static int indexOf(byte[] bytes, byte wanted, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }
}
