package se.bricka.backend.push;

import java.util.List;
import se.bricka.core.wire.ChangeEvent;

/** The committed changes after a version, for a device that reconnects with {@code Last-Event-ID}. */
@FunctionalInterface
public interface ChangeHistory {
    List<ChangeEvent> since(long version);
}
