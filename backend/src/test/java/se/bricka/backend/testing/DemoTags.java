package se.bricka.backend.testing;

import se.bricka.core.demo.DemoEstate;
import se.bricka.core.tag.TagHasher;
import se.bricka.core.tag.TagUid;

/** Hashes of demo tags, as a board would send them. */
public final class DemoTags {

    private static final TagHasher HASHER = new TagHasher(DemoEstate.TAG_KEY);

    /** Tag 1 of apartment 1102. */
    public static final String APARTMENT_1102 = hash("11020001");

    /** Tag 2 of apartment 1102. */
    public static final String APARTMENT_1102_SECOND = hash("11020002");

    /** Tag 1 of apartment 1203. */
    public static final String APARTMENT_1203 = hash("12030001");

    /** The blocked demo tag: tag 2 of apartment 1306. */
    public static final String BLOCKED = hash("13060002");

    public static final String UNKNOWN = HASHER.hash(DemoEstate.UNKNOWN_TAG);

    public static final String BOARD_TOKEN = DemoEstate.DEVICES.getFirst().token();

    private DemoTags() {}

    public static String hash(String uid) {
        return HASHER.hash(new TagUid(uid));
    }
}
