package se.bricka.hw.reader;

import java.time.Instant;
import java.util.Objects;
import se.bricka.core.tag.TagUid;

/** One tap: the UID a reader read, which reader read it, and when. */
public record TagRead(TagUid uid, String readerId, Instant at) {

    public TagRead {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(readerId, "readerId");
        Objects.requireNonNull(at, "at");
    }
}
