package se.bricka.kiosk.door;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bricka.core.wire.AccessEventReceipt;
import se.bricka.core.wire.AccessEventUpload;
import se.bricka.kiosk.backend.BackendRefusedException;

class EventUploaderTest {

    private static final Instant NOW = Instant.parse("2026-11-25T08:30:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final FakeLink link = new FakeLink();

    private static AccessEventUpload event(int n) {
        return new AccessEventUpload("e" + n, "lg4-entrance", NOW, 7L, "resident");
    }

    @Test
    void events_journaled_while_the_backend_is_away_arrive_once_it_returns() {
        // given
        link.online = false;
        try (AccessJournal journal = AccessJournal.open(dir.resolve("j.log"));
                EventUploader uploader = new EventUploader(journal, link, CLOCK)) {
            for (int n = 0; n < 1_200; n++) {
                journal.append(event(n));
            }
            uploader.start();
            await().during(Duration.ofMillis(300)).until(() -> journal.pendingCount() == 1_200);

            // when
            link.online = true;

            // then
            await().atMost(Duration.ofSeconds(10)).until(() -> journal.pendingCount() == 0);
            assertThat(link.uploaded)
                    .extracting(AccessEventUpload::eventId)
                    .doesNotHaveDuplicates()
                    .hasSize(1_200);
        }
    }

    @Test
    void a_receipt_that_does_not_account_for_the_batch_keeps_the_events() {
        // given
        DeviceLink shortChanging = new FakeLink() {
            @Override
            public AccessEventReceipt upload(List<AccessEventUpload> events) {
                return new AccessEventReceipt(events.size() - 1, 0, 0);
            }
        };
        try (AccessJournal journal = AccessJournal.open(dir.resolve("j.log"));
                EventUploader uploader = new EventUploader(journal, shortChanging, CLOCK)) {
            journal.append(event(1));
            journal.append(event(2));

            // when
            try {
                uploader.uploadOneBatch();
            } catch (BackendRefusedException expected) {
                // then
                assertThat(expected.getMessage()).contains("accounts for");
            }
            assertThat(journal.pendingCount()).isEqualTo(2);
        }
    }

    @Test
    void events_the_backend_refuses_for_good_leave_the_journal_with_the_stored_ones_and_are_not_resent() {
        // given a backend that stores the first event and refuses the second as outside this device's doors
        List<List<String>> batches = new java.util.concurrent.CopyOnWriteArrayList<>();
        DeviceLink refusing = new FakeLink() {
            @Override
            public AccessEventReceipt upload(List<AccessEventUpload> events) {
                batches.add(events.stream().map(AccessEventUpload::eventId).toList());
                return new AccessEventReceipt(
                        events.size() - 1, 0, 0, 1, List.of(events.getLast().eventId()));
            }
        };
        try (AccessJournal journal = AccessJournal.open(dir.resolve("j.log"));
                EventUploader uploader = new EventUploader(journal, refusing, CLOCK)) {
            journal.append(event(1));
            journal.append(event(2));

            // when
            uploader.uploadOneBatch();
            uploader.uploadOneBatch();

            // then
            assertThat(journal.pendingCount()).isZero();
            assertThat(batches).containsExactly(List.of("e1", "e2"));
        }
    }

    @Test
    void a_journaled_check_in_is_sent_and_leaves_the_journal() {
        // given
        try (AccessJournal journal = AccessJournal.open(dir.resolve("j.log"));
                EventUploader uploader = new EventUploader(journal, link, CLOCK)) {
            journal.appendCheckIn(new JournalEntry.CheckIn("c1", "a".repeat(64), 3, NOW));

            // when
            uploader.start();

            // then
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> journal.pendingCheckIns().isEmpty());
            assertThat(link.checkIns).containsExactly("a".repeat(64) + "@3");
        }
    }
}
