package se.bricka.kiosk.door;

import java.net.URI;
import java.util.Map;
import se.bricka.kiosk.testing.StaffSession;

/** Customer service on the staff pages (issue 7), as far as the door tests need: sign in, block a tag. */
final class StaffWeb {

    private final URI base;
    private StaffSession session;

    StaffWeb(URI base) {
        this.base = base;
    }

    /** Signs in as the demo customer-service account. */
    StaffWeb signIn() {
        session = StaffSession.signIn(base, "kundtjanst", "demo-kundtjanst");
        return this;
    }

    /** Blocks tag {@code tagId} as lost; returns the HTTP status. */
    int block(long tagId) {
        return session.submit("/staff/tags/" + tagId + "/block", Map.of("reason", "LOST"))
                .statusCode();
    }
}
