package se.bricka.backend.resource;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import se.bricka.backend.device.Device;
import se.bricka.backend.http.ApiException;
import se.bricka.backend.persistence.Transactor;
import se.bricka.core.booking.Refusal;

/** The bookable objects a device may see: those of its own property. */
public final class Resources {

    private final Transactor transactor;
    private final ResourceRepository repository = new ResourceRepository();

    public Resources(Transactor transactor) {
        this.transactor = transactor;
    }

    /** @throws ApiException 404 {@code unknown-resource} if the device's property has no such object */
    public Resource get(Device device, long resourceId) {
        return transactor.inTransaction(connection -> getIn(connection, device, resourceId));
    }

    /** @throws ApiException 404 {@code unknown-resource} if {@code propertyId} has no such object */
    public Resource get(long propertyId, long resourceId) {
        return transactor.inTransaction(connection -> getIn(connection, propertyId, resourceId));
    }

    /** As {@link #get}, inside the caller's transaction. */
    public Resource getIn(Connection connection, Device device, long resourceId) throws SQLException {
        return getIn(connection, device.propertyId(), resourceId);
    }

    private Resource getIn(Connection connection, long propertyId, long resourceId) throws SQLException {
        return repository
                .find(connection, propertyId, resourceId)
                .orElseThrow(() -> ApiException.refused(
                        Refusal.UNKNOWN_RESOURCE, "There is no bookable object with id " + resourceId + "."));
    }

    /** Every bookable object of every property, by id: for staff, who work across properties. */
    public List<Resource> all() {
        return transactor.inTransaction(repository::listAll);
    }

    /** Every bookable object of the device's property, by id. */
    public List<Resource> of(Device device) {
        return transactor.inTransaction(connection -> repository.listByProperty(connection, device.propertyId()));
    }
}
