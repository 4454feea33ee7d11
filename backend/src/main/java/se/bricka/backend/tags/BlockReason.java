package se.bricka.backend.tags;

import se.bricka.backend.web.Text;

/** Why customer service blocked a tag. */
public enum BlockReason {
    LOST,
    STOLEN,
    MOVED_OUT,
    REPLACED,
    BROKEN;

    /** The reason named in a form, or a 400 naming the bad value. */
    public static BlockReason parse(String text) {
        for (BlockReason reason : values()) {
            if (reason.name().equals(text)) {
                return reason;
            }
        }
        throw se.bricka.backend.http.ApiException.badRequest(Text.of("problem.badBlockReason", text));
    }
}
