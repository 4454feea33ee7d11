package se.bricka.kiosk.door;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bricka.core.wire.AccessEventUpload;

class AccessJournalTest {

    private static final Instant NOW = Instant.parse("2026-11-25T08:30:00Z");

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("journal.log");
    }

    private static AccessEventUpload event(String id, Instant at) {
        return new AccessEventUpload(id, "lg4-entrance", at, 7L, "resident");
    }

    @Test
    void journaled_events_survive_a_reopen_in_order() {
        // given
        try (AccessJournal journal = AccessJournal.open(file())) {
            journal.append(event("a", NOW));
            journal.append(event("b", NOW));
        }

        // when
        try (AccessJournal reopened = AccessJournal.open(file())) {
            // then
            assertThat(reopened.pendingEvents(10))
                    .extracting(AccessEventUpload::eventId)
                    .containsExactly("a", "b");
        }
    }

    @Test
    void events_the_backend_stored_do_not_come_back_after_a_reopen() {
        // given
        try (AccessJournal journal = AccessJournal.open(file())) {
            journal.append(event("a", NOW));
            journal.append(event("b", NOW));

            // when
            journal.markDone(List.of("a"));
        }

        // then
        try (AccessJournal reopened = AccessJournal.open(file())) {
            assertThat(reopened.pendingEvents(10))
                    .extracting(AccessEventUpload::eventId)
                    .containsExactly("b");
        }
    }

    @Test
    void a_line_torn_by_a_power_cut_is_dropped_and_every_earlier_event_kept() throws IOException {
        // given
        try (AccessJournal journal = AccessJournal.open(file())) {
            journal.append(event("a", NOW));
            journal.append(event("b", NOW));
        }
        byte[] whole = Files.readAllBytes(file());
        Files.write(file(), java.util.Arrays.copyOf(whole, whole.length - 20)); // the second line, half written

        // when
        try (AccessJournal reopened = AccessJournal.open(file())) {
            // then
            assertThat(reopened.pendingEvents(10))
                    .extracting(AccessEventUpload::eventId)
                    .containsExactly("a");
            reopened.append(event("c", NOW));
        }
        try (AccessJournal again = AccessJournal.open(file())) {
            assertThat(again.pendingEvents(10))
                    .extracting(AccessEventUpload::eventId)
                    .containsExactly("a", "c");
        }
    }

    @Test
    void a_line_whose_checksum_does_not_match_is_skipped_and_the_others_kept() throws IOException {
        // given
        try (AccessJournal journal = AccessJournal.open(file())) {
            journal.append(event("a", NOW));
        }
        Files.writeString(
                file(),
                "00000000 {\"t\":\"event\",\"event\":{\"eventId\":\"forged\"}}\n",
                StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        Files.writeString(file(), "garbage without a checksum\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        // when
        try (AccessJournal reopened = AccessJournal.open(file())) {
            // then
            assertThat(reopened.pendingEvents(10))
                    .extracting(AccessEventUpload::eventId)
                    .containsExactly("a");
        }
    }

    @Test
    void nothing_older_than_fourteen_days_is_kept() {
        // given
        try (AccessJournal journal = AccessJournal.open(file())) {
            journal.append(event("old", NOW.minus(Duration.ofDays(14)).minusSeconds(1)));
            journal.append(event("recent", NOW.minus(Duration.ofDays(13))));

            // when
            int purged = journal.purgeExpired(NOW);

            // then
            assertThat(purged).isEqualTo(1);
        }
        try (AccessJournal reopened = AccessJournal.open(file())) {
            assertThat(reopened.pendingEvents(10))
                    .extracting(AccessEventUpload::eventId)
                    .containsExactly("recent");
        }
    }

    @Test
    void compaction_leaves_only_the_pending_entries_on_disk() throws IOException {
        // given
        try (AccessJournal journal = AccessJournal.open(file())) {
            journal.append(event("a", NOW));
            journal.append(event("b", NOW));
            journal.appendCheckIn(
                    new JournalEntry.CheckIn("c1", TestSnapshots.HASHER.hash(TestSnapshots.RESIDENT), 1, NOW));
            journal.markDone(List.of("a"));

            // when
            journal.compact();
        }

        // then
        assertThat(Files.readAllLines(file())).hasSize(2);
        try (AccessJournal reopened = AccessJournal.open(file())) {
            assertThat(reopened.pendingEvents(10))
                    .extracting(AccessEventUpload::eventId)
                    .containsExactly("b");
            assertThat(reopened.pendingCheckIns())
                    .extracting(JournalEntry.CheckIn::id)
                    .containsExactly("c1");
        }
    }
}
