package se.bricka.backend.push;

import java.util.List;
import java.util.OptionalLong;

/** What the change log tells the event streams: the changes after a version, and whose each one is. */
public interface ChangeHistory {

    /** At most {@code limit} committed changes after {@code version}, oldest first. */
    List<LoggedChange> since(long version, int limit);

    /**
     * The property of the committed change of {@code version} ({@link LoggedChange#EVERY_PROPERTY} for
     * a bare signal), or empty when the log does not hold it.
     */
    OptionalLong propertyOf(long version);
}
