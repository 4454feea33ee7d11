package se.bricka.backend.health;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.function.IntSupplier;
import javax.sql.DataSource;
import se.bricka.backend.devicehealth.DeviceStatusRoutes;
import se.bricka.backend.devicehealth.DeviceStatusService;
import se.bricka.backend.http.RequestInput;
import se.bricka.backend.persistence.Transactor;

/**
 * Seeing a node work (issue 14): {@code /health/live}, {@code /health/ready}, {@code /metrics}, the
 * devices' status reports and IT's page of them, wired in one place so {@code Backend} only calls
 * {@link #install} and {@link #close}.
 */
public final class HealthModule implements AutoCloseable {

    /** How long {@code /health/ready} waits for the database. */
    public static final Duration READY_TIMEOUT = Duration.ofSeconds(2);

    private final Readiness readiness;
    private final BackendMetrics metrics;
    private final MetricsAccess access;
    private final DeviceStatusRoutes deviceStatus;

    public HealthModule(
            DataSource dataSource,
            Transactor transactor,
            ObjectMapper mapper,
            Clock clock,
            IntSupplier connectedDevices,
            MetricsAccess access) {
        this.readiness = new Readiness(dataSource, READY_TIMEOUT);
        this.metrics = BackendMetrics.start(connectedDevices);
        this.access = access;
        this.deviceStatus = new DeviceStatusRoutes(
                new DeviceStatusService(transactor, mapper, clock), new RequestInput(mapper), clock);
    }

    /** Declares the health, metrics and device status routes. */
    public void install(RoutesConfig routes) {
        new HealthRoutes(readiness).install(routes);
        new MetricsRoutes(metrics, access).install(routes);
        deviceStatus.install(routes);
    }

    @Override
    public void close() {
        metrics.close();
        readiness.close();
    }
}
