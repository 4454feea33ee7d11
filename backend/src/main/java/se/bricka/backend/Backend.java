package se.bricka.backend;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.backend.access.AccessRoutes;
import se.bricka.backend.access.AccessSnapshots;
import se.bricka.backend.access.DoorAccessOverview;
import se.bricka.backend.access.DoorAccessPage;
import se.bricka.backend.access.DoorAccessRoutes;
import se.bricka.backend.access.DoorBindings;
import se.bricka.backend.access.StaffGrants;
import se.bricka.backend.access.StaffTagBlocks;
import se.bricka.backend.access.StaffTagRoutes;
import se.bricka.backend.booking.BookingRoutes;
import se.bricka.backend.booking.BookingService;
import se.bricka.backend.booking.CheckIns;
import se.bricka.backend.booking.ReleaseJob;
import se.bricka.backend.booking.WeekService;
import se.bricka.backend.calendar.CalendarFeeds;
import se.bricka.backend.calendar.CalendarRoutes;
import se.bricka.backend.caretaker.CaretakerRoutes;
import se.bricka.backend.caretaker.CaretakerSessions;
import se.bricka.backend.caretaker.Caretakers;
import se.bricka.backend.closure.ClosureRoutes;
import se.bricka.backend.closure.ClosureService;
import se.bricka.backend.closure.ClosureStaffRoutes;
import se.bricka.backend.demo.DemoSeeder;
import se.bricka.backend.device.DeviceAuthenticator;
import se.bricka.backend.device.DeviceEnrollment;
import se.bricka.backend.device.DeviceRepository;
import se.bricka.backend.device.DeviceRoutes;
import se.bricka.backend.device.EnrollmentRoutes;
import se.bricka.backend.household.Households;
import se.bricka.backend.http.Json;
import se.bricka.backend.http.OpenApiRoute;
import se.bricka.backend.http.RequestInput;
import se.bricka.backend.http.RouteGroup;
import se.bricka.backend.persistence.Database;
import se.bricka.backend.persistence.Transactor;
import se.bricka.backend.push.ChangeDelivery;
import se.bricka.backend.quotagroup.QuotaGroupRoutes;
import se.bricka.backend.quotagroup.QuotaGroupService;
import se.bricka.backend.resource.Resources;

/**
 * A running backend: database migrated (and seeded with demo data if asked and empty), HTTP API and
 * event stream listening. Start one with {@link #start(BackendConfig)}; {@link #close()} stops it.
 */
public final class Backend implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Backend.class);
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private static final Duration RELEASE_PERIOD = Duration.ofMinutes(1);
    private static final Set<String> DOCUMENTED_METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

    private final Javalin app;
    private final ChangeDelivery delivery;
    private final Database database;
    private final ReleaseJob releaseJob;
    private final PrivacyModule privacy;
    private final StaffGrants staffGrants;

    private Backend(
            Javalin app,
            ChangeDelivery delivery,
            Database database,
            ReleaseJob releaseJob,
            PrivacyModule privacy,
            StaffGrants staffGrants) {
        this.app = app;
        this.delivery = delivery;
        this.database = database;
        this.releaseJob = releaseJob;
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
            ReleaseJob releaseJob = new ReleaseJob(transactor, delivery.publisher(), config.clock());
            privacy = new PrivacyModule(
                    config, transactor, database.dataSource(), delivery.publisher(), new RequestInput(mapper), tagKey);
            StaffGrants staffGrants = new StaffGrants(transactor, delivery.publisher(), config.clock());
            DoorAccessRoutes doorAccess = new DoorAccessRoutes(
                    staffGrants,
                    new DoorBindings(transactor, delivery.publisher(), config.clock()),
                    new DoorAccessPage(new DoorAccessOverview(transactor)));
            Javalin app = createApp(config, tagKey, transactor, mapper, delivery, privacy, doorAccess)
                    .start();
            releaseJob.startEvery(RELEASE_PERIOD);
            LOG.info("Bricka backend listening on port {} ({})", app.port(), config);
            return new Backend(app, delivery, database, releaseJob, privacy, staffGrants);
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
            PrivacyModule privacy,
            DoorAccessRoutes doorAccess) {
        RequestInput input = new RequestInput(mapper);
        Households households = new Households(transactor);
        Resources resources = new Resources(transactor);
        Clock clock = config.clock();
        BookingService bookings =
                new BookingService(transactor, households, resources, delivery.publisher(), mapper, clock);
        WeekService weeks = new WeekService(transactor, households, resources, clock);
        CheckIns checkIns = new CheckIns(transactor, clock);
        ClosureService closures = new ClosureService(transactor, resources, delivery.publisher(), mapper, clock);
        AccessSnapshots snapshots = new AccessSnapshots(transactor, mapper, clock, Duration.ZERO);
        CaretakerSessions caretakerSessions = new CaretakerSessions(transactor, clock);
        List<RouteGroup> groups = List.of(
                new DeviceRoutes(households, resources, input, tagKey),
                new EnrollmentRoutes(new DeviceEnrollment(transactor, resources, new DeviceRepository(), clock), input),
                new BookingRoutes(bookings, weeks, checkIns, resources, households, input),
                new ClosureRoutes(closures, caretakerSessions, input),
                new ClosureStaffRoutes(closures, resources),
                new CalendarRoutes(new CalendarFeeds(transactor, clock), households),
                new QuotaGroupRoutes(new QuotaGroupService(transactor, delivery.publisher(), clock), input),
                new CaretakerRoutes(new Caretakers(transactor, delivery.publisher(), clock), caretakerSessions, input),
                new StaffTagRoutes(new StaffTagBlocks(transactor, delivery.publisher(), tagKey, clock)),
                new OpenApiRoute(),
                delivery.events()::install,
                privacy::install,
                new AccessRoutes(snapshots, clock)::install,
                doorAccess::install);
        return HttpApi.create(
                config.port(), mapper, new DeviceAuthenticator(transactor, new DeviceRepository()), groups);
    }

    /**
     * The job that releases unused bookings. It runs every minute on its own; tests call
     * {@link ReleaseJob#releaseDue()} after moving their clock.
     */
    public ReleaseJob releaseJob() {
        return releaseJob;
    }

    /** Every HTTP route the app serves, as {@code METHOD path}: what the OpenAPI document must describe. */
    public List<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(endpoint -> DOCUMENTED_METHODS.contains(endpoint.method.name()))
                .map(endpoint -> endpoint.method.name() + " " + endpoint.path)
                .sorted()
                .toList();
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
        releaseJob.close();
        privacy.close();
        delivery.close();
        app.stop();
        database.close();
    }
}
