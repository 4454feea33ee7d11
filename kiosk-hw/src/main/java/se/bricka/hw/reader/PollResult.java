package se.bricka.hw.reader;

import java.util.Objects;
import se.bricka.core.tag.TagUid;

/** What one poll cycle of a reader saw. */
public sealed interface PollResult {

    /** A tag answered and its UID checked out. */
    record Tag(TagUid uid) implements PollResult {
        public Tag {
            Objects.requireNonNull(uid, "uid");
        }
    }

    /** The reader answered; no tag is in its field. */
    record NoTag() implements PollResult {}

    /** A frame was damaged, half, or failed a checksum; whatever it carried is dropped. */
    record FaultyFrame(String why) implements PollResult {}

    /** The reader did not answer. */
    record Silent(String why) implements PollResult {}

    /** The reader answered, but is not the chip it should be or is misconfigured. */
    record ChipFault(String why) implements PollResult {}

    PollResult NO_TAG = new NoTag();
}
