package se.bricka.backend.household;

import java.sql.Connection;
import java.sql.SQLException;
import se.bricka.backend.device.Device;
import se.bricka.backend.device.DeviceKind;
import se.bricka.backend.http.ApiException;
import se.bricka.backend.persistence.Transactor;
import se.bricka.core.booking.Refusal;
import se.bricka.core.tag.TagHasher;
import se.bricka.core.wire.ApiPaths;
import se.bricka.core.wire.Household;

/** Answers "whose tag is this?" for a device, refusing unknown, blocked and malformed tags. */
public final class Households {

    private final Transactor transactor;
    private final HouseholdRepository repository = new HouseholdRepository();

    public Households(Transactor transactor) {
        this.transactor = transactor;
    }

    /**
     * The household of the tag with {@code tagHash}, as seen by {@code device}. A tag of another
     * property is unknown to this device.
     *
     * @throws ApiException 400 for a missing or malformed hash, 403 {@code unknown-tag} or
     *     {@code tag-blocked}
     */
    public Household identify(Device device, String tagHash) {
        return transactor.inTransaction(connection -> identifyIn(connection, device, tagHash));
    }

    /** As {@link #identify}, inside the caller's transaction. */
    public Household identifyIn(Connection connection, Device device, String tagHash) throws SQLException {
        if (tagHash == null || tagHash.isEmpty()) {
            throw ApiException.badRequest("The " + ApiPaths.TAG_HEADER + " header with a tag hash is required.");
        }
        if (!TagHasher.isHash(tagHash)) {
            throw ApiException.badRequest(
                    "A tag hash must be 64 lowercase hexadecimal characters, was '" + abbreviate(tagHash) + "'.");
        }
        TagHolder holder = repository
                .findByTagHash(connection, tagHash)
                .filter(found -> found.propertyId() == device.propertyId())
                .orElseThrow(() -> ApiException.refused(Refusal.UNKNOWN_TAG, "The tag is not known here."));
        if (holder.blocked()) {
            // A door controller learns no apartment labels, not even in a refusal.
            throw ApiException.refused(
                    Refusal.TAG_BLOCKED,
                    device.kind() == DeviceKind.DOOR
                            ? "This tag is blocked."
                            : "This tag of apartment " + holder.apartmentLabel() + " is blocked.");
        }
        return new Household(holder.apartmentId(), holder.apartmentLabel());
    }

    /** Keeps a garbage header from filling the response. */
    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }
}
