package se.bricka.backend;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.backend.access.AccessRoutes;
import se.bricka.backend.access.AccessSnapshots;
import se.bricka.backend.access.StaffGrants;
import se.bricka.backend.booking.BookingRoutes;
import se.bricka.backend.booking.BookingService;
import se.bricka.backend.booking.WeekService;
import se.bricka.backend.demo.DemoSeeder;
import se.bricka.backend.device.DeviceAuthenticator;
import se.bricka.backend.device.DeviceRepository;
import se.bricka.backend.device.DeviceRoutes;
import se.bricka.backend.household.Households;
import se.bricka.backend.http.Json;
import se.bricka.backend.http.RequestInput;
import se.bricka.backend.persistence.Database;
import se.bricka.backend.persistence.Transactor;
import se.bricka.backend.push.ChangeDelivery;
import se.bricka.backend.resource.Resources;

/**
 * A running backend: database migrated (and seeded with demo data if asked and empty), HTTP API and
 * event stream listening. Start one with {@link #start(BackendConfig)}; {@link #close()} stops it.
 */
public final class Backend implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Backend.class);
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final Javalin app;
    private final ChangeDelivery delivery;
    private final Database database;
    private final PrivacyModule privacy;
    private final StaffGrants staffGrants;

    private Backend(
            Javalin app, ChangeDelivery delivery, Database database, PrivacyModule privacy, StaffGrants staffGrants) {
        this.app = app;
        this.delivery = delivery;
        this.database = database;
        this.privacy = privacy;
        this.staffGrants = staffGrants;
    }

    /**
     * Starts a backend as {@code config} says.
     *
     * @throws IllegalStateException when no tag key is configured and demo data is off
     */
    public static Backend start(BackendConfig config) {
        byte[] tagKey = config.effectiveTagKey();
        Database database = Database.open(config.jdbcUrl(), config.databaseUser(), config.databasePassword());
        ChangeDelivery delivery = null;
        PrivacyModule privacy = null;
        try {
            Transactor transactor = database.transactor();
            if (config.seedDemo()) {
                new DemoSeeder(transactor, tagKey, config.zone(), config.clock().instant()).seedIfEmpty();
            }
            ObjectMapper mapper = Json.newMapper();
            delivery = ChangeDelivery.start(
                    transactor,
                    database.dataSource(),
                    mapper,
                    config.jdbcUrl(),
                    config.databaseUser(),
                    config.databasePassword(),
                    HEARTBEAT);
            privacy = new PrivacyModule(
                    config, transactor, database.dataSource(), delivery.publisher(), new RequestInput(mapper), tagKey);
            Javalin app = createApp(config, tagKey, transactor, mapper, delivery, privacy)
                    .start();
            LOG.info("Bricka backend listening on port {} ({})", app.port(), config);
            return new Backend(
                    app,
                    delivery,
                    database,
                    privacy,
                    new StaffGrants(transactor, delivery.publisher(), config.clock()));
        } catch (RuntimeException e) {
            if (privacy != null) {
                privacy.close();
            }
            if (delivery != null) {
                delivery.close();
            }
            database.close();
            throw e;
        }
    }

    private static Javalin createApp(
            BackendConfig config,
            byte[] tagKey,
            Transactor transactor,
            ObjectMapper mapper,
            ChangeDelivery delivery,
            PrivacyModule privacy) {
        RequestInput input = new RequestInput(mapper);
        Households households = new Households(transactor);
        Resources resources = new Resources(transactor);
        BookingService bookings =
                new BookingService(transactor, households, resources, delivery.publisher(), mapper, config.clock());
        WeekService weeks = new WeekService(transactor, households, resources, config.clock());
        AccessSnapshots snapshots = new AccessSnapshots(transactor, mapper, config.clock(), Duration.ZERO);
        return HttpApi.create(
                config.port(),
                mapper,
                new DeviceAuthenticator(transactor, new DeviceRepository()),
                new DeviceRoutes(households, resources, input, tagKey),
                new BookingRoutes(bookings, weeks, input),
                delivery.events(),
                privacy::install,
                new AccessRoutes(snapshots, config.clock()));
    }

    /** The port the HTTP server listens on (the chosen one when configured with 0). */
    public int port() {
        return app.port();
    }

    /** {@code http://localhost:<port>/}. */
    public URI baseUri() {
        return URI.create("http://localhost:" + port() + "/");
    }

    /** Changes to staff tags' grants, pushed to devices. */
    public StaffGrants staffGrants() {
        return staffGrants;
    }

    /** How many devices hold an event stream open to this node. */
    public int connectedDevices() {
        return delivery.connectedDevices();
    }

    /** Staff pages, tags, access log and retention of this node. */
    public PrivacyModule privacy() {
        return privacy;
    }

    /** Stops serving, ends every event stream and closes the database pool. */
    @Override
    public void close() {
        privacy.close();
        delivery.close();
        app.stop();
        database.close();
    }
}
