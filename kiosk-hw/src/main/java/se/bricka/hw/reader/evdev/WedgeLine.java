package se.bricka.hw.reader.evdev;

import java.util.Objects;
import se.bricka.core.tag.TagUid;

/** What a keyboard-wedge reader typed before its Enter, or why a line was thrown away. */
sealed interface WedgeLine {

    /** A UID the reader typed. */
    record Uid(TagUid uid) implements WedgeLine {
        public Uid {
            Objects.requireNonNull(uid, "uid");
        }
    }

    /** A line, or a record, that is no UID: counted as a faulty frame and dropped. */
    record Rejected(String why) implements WedgeLine {
        public Rejected {
            Objects.requireNonNull(why, "why");
        }
    }
}
