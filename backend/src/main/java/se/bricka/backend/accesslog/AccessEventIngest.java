package se.bricka.backend.accesslog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.backend.device.Device;
import se.bricka.backend.http.ApiException;
import se.bricka.backend.persistence.Transactor;
import se.bricka.core.access.AccessReason;
import se.bricka.core.privacy.AccessEventRetention;
import se.bricka.core.wire.AccessEventBatch;
import se.bricka.core.wire.AccessEventReceipt;
import se.bricka.core.wire.AccessEventUpload;

/**
 * Stores the access events devices upload. A batch is checked whole before anything is stored (bad
 * input changes nothing); an event the device already uploaded is counted, not stored again; an event
 * past the 14-day limit is counted and dropped, so a device that was offline long can empty its
 * journal; an event of another device's door or of an apartment that door does not serve is refused
 * and counted as the device's fault ({@link DoorScope}).
 */
public final class AccessEventIngest {

    private static final Logger LOG = LoggerFactory.getLogger(AccessEventIngest.class);

    /** The most events one upload may carry. */
    public static final int MAX_BATCH = 1000;

    /** A device clock may run this much ahead of the server's. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private static final int MAX_ID = 64;

    private final Transactor transactor;
    private final AccessEventPartitions partitions;
    private final Clock clock;
    private final AccessEventRepository events = new AccessEventRepository();
    private final DoorScope scope = new DoorScope();

    public AccessEventIngest(Transactor transactor, AccessEventPartitions partitions, Clock clock) {
        this.transactor = transactor;
        this.partitions = partitions;
        this.clock = clock;
    }

    /**
     * Stores the batch in one transaction and says what became of each event. Events of doors the
     * device does not guard, or of apartments outside those doors' buildings, are refused: not stored,
     * named in the receipt and counted on the device as a fault. The rest of the batch is stored, so a
     * device with one bad event neither loses its good ones nor loops resending the batch.
     */
    public AccessEventReceipt ingest(Device device, AccessEventBatch batch) {
        Instant now = clock.instant();
        List<AccessEventUpload> uploads = checked(batch, now);
        List<AccessEventUpload> inTime = new ArrayList<>();
        for (AccessEventUpload received : uploads) {
            // Both databases keep microseconds: a finer time would never equal its stored self on retry.
            AccessEventUpload upload = new AccessEventUpload(
                    received.eventId(),
                    received.doorId(),
                    received.occurredAt().truncatedTo(ChronoUnit.MICROS),
                    received.apartmentId(),
                    received.reason());
            if (!AccessEventRetention.expired(upload.occurredAt(), now)) {
                inTime.add(upload);
            }
        }
        inTime.stream()
                .map(e -> LocalDate.ofInstant(e.occurredAt(), ZoneOffset.UTC))
                .distinct()
                .forEach(partitions::ensure);
        int expired = uploads.size() - inTime.size();
        AccessEventReceipt receipt = transactor.inTransaction(connection -> {
            DoorScope.Check check = scope.of(connection, device.id());
            List<AccessEventUpload> kept = new ArrayList<>();
            List<AccessReason> reasons = new ArrayList<>();
            List<String> refused = new ArrayList<>();
            String firstProblem = null;
            for (AccessEventUpload upload : inTime) {
                Optional<String> problem = check.problemWith(upload);
                if (problem.isPresent()) {
                    refused.add(upload.eventId());
                    firstProblem = firstProblem == null ? problem.get() : firstProblem;
                } else {
                    kept.add(upload);
                    reasons.add(reasonOf(upload.reason()));
                }
            }
            if (!refused.isEmpty()) {
                scope.countFault(connection, device.id(), refused.size(), firstProblem, now);
            }
            int stored = events.insertAllIfAbsent(connection, device.id(), kept, reasons, now);
            return new AccessEventReceipt(stored, kept.size() - stored, expired, refused.size(), refused);
        });
        if (receipt.refused() > 0) {
            LOG.warn(
                    "device {} uploaded {} access events outside its doors or their buildings; refused, not stored",
                    device.deviceId(),
                    receipt.refused());
        }
        return receipt;
    }

    private static List<AccessEventUpload> checked(AccessEventBatch batch, Instant now) {
        if (batch == null || batch.events() == null) {
            throw ApiException.badRequest("Field 'events' is required.");
        }
        if (batch.events().size() > MAX_BATCH) {
            throw ApiException.badRequest("A batch holds at most " + MAX_BATCH + " events, was "
                    + batch.events().size() + ".");
        }
        for (int i = 0; i < batch.events().size(); i++) {
            check(batch.events().get(i), i, now);
        }
        return batch.events();
    }

    private static void check(AccessEventUpload event, int index, Instant now) {
        String where = "Event " + index + ": ";
        if (event == null) {
            throw ApiException.badRequest(where + "is null.");
        }
        requireId(where, "eventId", event.eventId());
        requireId(where, "doorId", event.doorId());
        if (event.occurredAt() == null) {
            throw ApiException.badRequest(where + "field 'occurredAt' is required.");
        }
        if (event.occurredAt().isAfter(now.plus(CLOCK_SKEW))) {
            throw ApiException.badRequest(where + "occurredAt " + event.occurredAt() + " is in the future.");
        }
        if (event.apartmentId() != null && event.apartmentId() <= 0) {
            throw ApiException.badRequest(where + "apartmentId must be positive, was " + event.apartmentId() + ".");
        }
        reasonOf(event.reason());
    }

    private static void requireId(String where, String field, String value) {
        if (value == null || value.isBlank() || value.length() > MAX_ID || !value.matches("[A-Za-z0-9._:-]+")) {
            throw ApiException.badRequest(
                    where + "field '" + field + "' must be 1 to 64 letters, digits or . _ : -, was '" + value + "'.");
        }
    }

    private static AccessReason reasonOf(String code) {
        for (AccessReason reason : AccessReason.values()) {
            if (reason.code().equals(code)) {
                return reason;
            }
        }
        throw ApiException.badRequest("Field 'reason' must be an access reason code such as 'resident' or"
                + " 'tag-blocked', was '" + code + "'.");
    }
}
