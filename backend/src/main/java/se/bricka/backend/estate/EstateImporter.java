package se.bricka.backend.estate;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import se.bricka.backend.persistence.Transactor;
import se.bricka.backend.push.ChangeLog;
import se.bricka.backend.push.ChangePublisher;
import se.bricka.core.tag.TagHasher;
import se.bricka.core.wire.ChangeEvent;

/**
 * Imports an estate file as a diff: in one transaction, so a refusal anywhere writes nothing; pushed
 * after the commit as {@code doors-changed}, which every device answers by downloading its snapshot.
 * The same file imported twice changes nothing the second time.
 */
public final class EstateImporter {

    private final Transactor transactor;
    private final ChangePublisher publisher;
    private final TagHasher hasher;
    private final Clock clock;
    private final int maxTagsPerHousehold;
    private final ChangeLog changeLog = new ChangeLog();

    /** @param maxTagsPerHousehold the most active tags a household may have (TagAdminService's limit) */
    public EstateImporter(
            Transactor transactor, ChangePublisher publisher, byte[] tagKey, Clock clock, int maxTagsPerHousehold) {
        this.transactor = Objects.requireNonNull(transactor, "transactor");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.hasher = new TagHasher(tagKey);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxTagsPerHousehold = maxTagsPerHousehold;
    }

    /**
     * Reads, checks and applies {@code json}; with {@code dryRun} only says what it would do.
     *
     * @throws EstateRefusal naming the JSON pointer of the first bad value; nothing is written
     */
    public EstatePlan importFile(byte[] json, boolean dryRun) {
        EstateFile file = new EstateFileReader(maxTagsPerHousehold).read(json);
        Instant now = clock.instant();
        Applied applied = transactor.inTransaction(connection -> {
            EstateState state = EstateState.read(connection, true);
            EstatePlan plan =
                    new EstateSync(connection, dryRun, state, hasher, maxTagsPerHousehold, now).apply(file, connection);
            ChangeEvent event = dryRun || plan.isEmpty()
                    ? null
                    : changeLog.appendWithoutSlot(connection, ChangeEvent.DOORS_CHANGED, now);
            return new Applied(plan, event);
        });
        if (applied.event() != null) {
            publisher.publish(applied.event());
        }
        return applied.plan();
    }

    private record Applied(EstatePlan plan, ChangeEvent event) {}
}
