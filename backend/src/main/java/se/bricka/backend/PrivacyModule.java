package se.bricka.backend;

import io.javalin.config.RoutesConfig;
import java.time.Duration;
import javax.sql.DataSource;
import se.bricka.backend.accesslog.AccessEventIngest;
import se.bricka.backend.accesslog.AccessEventPartitions;
import se.bricka.backend.accesslog.AccessEventRoutes;
import se.bricka.backend.accesslog.AccessLogReader;
import se.bricka.backend.accesslog.AccessLogRoutes;
import se.bricka.backend.accesslog.AuditTrailPurge;
import se.bricka.backend.accesslog.LogExports;
import se.bricka.backend.accesslog.RetentionPurge;
import se.bricka.backend.accesslog.RetentionScheduler;
import se.bricka.backend.extract.ExtractPdf;
import se.bricka.backend.extract.ExtractRoutes;
import se.bricka.backend.extract.RegisterExtractAssembler;
import se.bricka.backend.http.RequestInput;
import se.bricka.backend.nameboard.NameBoardRoutes;
import se.bricka.backend.nameboard.NameBoardService;
import se.bricka.backend.persistence.Transactor;
import se.bricka.backend.push.ChangePublisher;
import se.bricka.backend.staff.ClientAddress;
import se.bricka.backend.staff.SignInRoutes;
import se.bricka.backend.staff.SignInService;
import se.bricka.backend.staff.StaffDemoAccounts;
import se.bricka.backend.staff.StaffGuard;
import se.bricka.backend.staff.oidc.OidcSignIn;
import se.bricka.backend.tags.TagAdminService;
import se.bricka.backend.tags.TagRoutes;
import se.bricka.backend.web.LanguageSwitch;
import se.bricka.core.privacy.LogReadPolicy;

/**
 * Staff pages, tag administration, the access log with its retention and audit, register extracts and
 * name boards (issue 7), wired in one place so {@link Backend} and {@link HttpApi} only call
 * {@link #install} and {@link #close}.
 */
public final class PrivacyModule implements AutoCloseable {

    private static final Duration PURGE_PERIOD = Duration.ofHours(1);

    private final StaffGuard guard;
    private final SignInRoutes signInRoutes;
    private final TagRoutes tagRoutes;
    private final AccessEventRoutes accessEventRoutes;
    private final AccessLogRoutes accessLogRoutes;
    private final NameBoardRoutes nameBoardRoutes;
    private final ExtractRoutes extractRoutes;
    private final RetentionPurge purge;
    private final AuditTrailPurge auditPurge;
    private final RetentionScheduler scheduler;

    PrivacyModule(
            BackendConfig config,
            Transactor transactor,
            DataSource dataSource,
            ChangePublisher publisher,
            RequestInput input,
            byte[] tagKey) {
        SignInService signIn = new SignInService(transactor, config.clock());
        if (config.seedDemo()) {
            StaffDemoAccounts.seed(signIn);
        }
        boolean postgres = config.jdbcUrl().startsWith("jdbc:postgresql:");
        AccessEventPartitions partitions = new AccessEventPartitions(dataSource, postgres);
        AccessLogReader reader =
                new AccessLogReader(transactor, LogReadPolicy.defaults(), config.clock(), config.zone());
        TagAdminService tags =
                new TagAdminService(transactor, publisher, tagKey, config.clock(), TagAdminService.DEFAULT_MAX_TAGS);
        this.guard = new StaffGuard(signIn);
        this.signInRoutes =
                new SignInRoutes(signIn, OidcSignIn.fromEnvironment(transactor, config.clock()), ClientAddress.PEER);
        this.tagRoutes = new TagRoutes(tags);
        this.accessEventRoutes =
                new AccessEventRoutes(new AccessEventIngest(transactor, partitions, config.clock()), input);
        this.accessLogRoutes = new AccessLogRoutes(reader, new LogExports(config.zone()), config.zone());
        NameBoardService nameBoard = new NameBoardService(transactor, config.clock());
        this.nameBoardRoutes = new NameBoardRoutes(nameBoard);
        this.extractRoutes = new ExtractRoutes(
                new RegisterExtractAssembler(transactor, tags, reader, nameBoard, config.clock()),
                new ExtractPdf(config.zone()));
        this.purge = new RetentionPurge(transactor, partitions, config.clock());
        this.auditPurge = new AuditTrailPurge(transactor, config.clock());
        this.scheduler = RetentionScheduler.start(
                purge,
                () -> {
                    signIn.prune();
                    auditPurge.purge();
                },
                PURGE_PERIOD);
    }

    /** Declares the staff pages and the device's access-event route. */
    void install(RoutesConfig routes) {
        guard.install(routes);
        new LanguageSwitch().install(routes);
        signInRoutes.install(routes);
        tagRoutes.install(routes);
        accessLogRoutes.install(routes);
        accessEventRoutes.install(routes);
        nameBoardRoutes.install(routes);
        extractRoutes.install(routes);
    }

    /** Runs the retention purge now (it also runs every hour). */
    public RetentionPurge.Purged purgeNow() {
        return purge.purge();
    }

    /** Runs the audit trails' two-year purge now (it also runs every hour); returns the entries removed. */
    public int purgeAuditTrailsNow() {
        return auditPurge.purge();
    }

    @Override
    public void close() {
        scheduler.close();
    }
}
