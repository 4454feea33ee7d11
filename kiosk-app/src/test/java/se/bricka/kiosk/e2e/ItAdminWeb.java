package se.bricka.kiosk.e2e;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.bricka.kiosk.testing.StaffSession;

/** IT administration on the staff pages, as far as the board's end-to-end tests need it. */
final class ItAdminWeb {

    private static final Pattern CODE = Pattern.compile("id=\"enrollment-code\">(\\d{4}) (\\d{4}) (\\d{4})<");

    private final URI base;
    private StaffSession session;

    ItAdminWeb(URI base) {
        this.base = base;
    }

    /** Signs in as the demo IT administration account. */
    ItAdminWeb signIn() {
        session = StaffSession.signIn(base, "it-admin", "demo-it-admin");
        return this;
    }

    /** Issues a one-time enrollment code for {@code deviceId}, as the page of devices shows it. */
    String issueCode(String deviceId) {
        HttpResponse<String> page = session.submit("/staff/devices/" + deviceId + "/enrollment-code", Map.of());
        Matcher code = CODE.matcher(page.body());
        if (page.statusCode() != 200 || !code.find()) {
            throw new AssertionError("no code issued: " + page.statusCode() + " " + page.body());
        }
        return code.group(1) + code.group(2) + code.group(3);
    }

    /** Blocks staff tag {@code staffTagId}; returns the HTTP status. */
    int blockStaffTag(long staffTagId) {
        return session.submit("/staff/staff-tags/" + staffTagId + "/block", Map.of())
                .statusCode();
    }

    /** The id of the first staff tag on the page of doors and grants. */
    long firstStaffTag() {
        Matcher id = Pattern.compile("id=\"block-staff-tag-(\\d+)\"")
                .matcher(session.get("/staff/door-access").body());
        if (!id.find()) {
            throw new AssertionError("no staff tag to block on the page");
        }
        return Long.parseLong(id.group(1));
    }
}
