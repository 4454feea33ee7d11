package se.bricka.backend.testing;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.bricka.backend.testing.StaffClient.Page;

/** Records a tenant's extract request through the staff form, as customer service does. */
public final class ExtractRequestForms {

    private static final Pattern RECEIVED_ON = Pattern.compile("id=\"receivedOn\"[^>]*value=\"([0-9-]+)\"");
    private static final Pattern REQUEST = Pattern.compile("/staff/extract-requests/(\\d+)");

    private ExtractRequestForms() {}

    /**
     * Records a request for the extract of {@code apartmentId}, received today by the backend's clock
     * (the form's default), by e-mail from "the tenant"; returns the request's page path.
     */
    public static String record(StaffClient service, long apartmentId, String caseReference) {
        Page form = service.get("/staff/apartments/" + apartmentId + "/extract");
        Matcher today = RECEIVED_ON.matcher(form.body());
        if (form.status() != 200 || !today.find()) {
            throw new AssertionError("no request form: " + form.status() + " " + form.body());
        }
        Page recorded = service.post(
                "/staff/apartments/" + apartmentId + "/extract-requests",
                Map.of(
                        "requestedBy",
                        "the tenant",
                        "channel",
                        "EMAIL",
                        "receivedOn",
                        today.group(1),
                        "caseReference",
                        caseReference));
        String location = recorded.header("Location");
        Matcher request = REQUEST.matcher(location == null ? "" : location);
        if (recorded.status() != 303 || !request.find()) {
            throw new AssertionError("request not recorded: " + recorded.status() + " " + recorded.body());
        }
        return request.group();
    }
}
