package se.bricka.backend.staff;

import java.net.URI;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.backend.device.TokenHash;
import se.bricka.backend.http.ApiException;
import se.bricka.backend.http.StaffProblems;
import se.bricka.backend.persistence.Transactor;
import se.bricka.backend.staff.AdminAudit.Action;
import se.bricka.backend.staff.AdminAudit.Actor;
import se.bricka.backend.web.Text;
import se.bricka.core.privacy.StaffRole;

/**
 * Staff accounts as IT administration keeps them, from the command line or the staff pages: add one
 * (with a role and the properties it works for), list, disable, reset, end sessions. A new or reset
 * account gets a one-time sign-in link valid {@link #LINK_VALIDITY}, through which its person sets their
 * own password ({@link PasswordPolicy}). Each action is one transaction with its {@link AdminAudit} entry.
 */
public final class StaffAccounts {

    /** How long a sign-in link can be used. */
    public static final Duration LINK_VALIDITY = Duration.ofHours(24);

    /** The path of a sign-in link, before its secret. */
    public static final String LINK_PATH = "/staff/sign-in-link/";

    private static final Logger LOG = LoggerFactory.getLogger(StaffAccounts.class);
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");
    private static final int MAX_DISPLAY_NAME = 200;
    private static final int LINK_BYTES = 32;

    /** An account as IT administration sees it. */
    public record Listed(
            String username,
            String displayName,
            StaffRole role,
            boolean disabled,
            boolean passwordSet,
            List<String> properties,
            int liveSessions) {}

    /** A sign-in link as it is shown, once. */
    public record IssuedLink(String username, String secret, Instant expiresAt) {

        /** The link under {@code publicBase}, e.g. {@code https://bricka.example/staff/sign-in-link/…}. */
        public String url(URI publicBase) {
            String base = publicBase.toString();
            return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + LINK_PATH + secret;
        }
    }

    private final Transactor transactor;
    private final Clock clock;
    private final StaffAdminRepository repository = new StaffAdminRepository();
    private final PasswordHasher hasher = new PasswordHasher();
    private final SecureRandom random = new SecureRandom();

    public StaffAccounts(Transactor transactor, Clock clock) {
        this.transactor = transactor;
        this.clock = clock;
    }

    /**
     * Creates the first IT administration account; refused while an enabled one exists.
     *
     * @throws ApiException 409 {@code conflict} when one exists, 400 for a bad username or name
     */
    public IssuedLink initialize(String username, String displayName, Actor actor) {
        checkAccount(username, displayName);
        return transactor.inTransaction(connection -> {
            if (repository.activeAdministrators(connection) > 0) {
                throw StaffProblems.conflict(Text.of("staffAdmin.adminExists"));
            }
            return create(
                    connection,
                    username,
                    displayName,
                    StaffRole.IT_ADMINISTRATION,
                    List.of(),
                    actor,
                    Action.STAFF_INITIALIZED);
        });
    }

    /**
     * Adds an account without a password and issues its sign-in link.
     *
     * @param properties names (or ids) of the properties it works for; empty for all
     * @throws ApiException 400 for a bad username, name or unknown property, 409 for a taken username
     */
    public IssuedLink add(String username, String displayName, StaffRole role, List<String> properties, Actor actor) {
        checkAccount(username, displayName);
        return transactor.inTransaction(
                connection -> create(connection, username, displayName, role, properties, actor, Action.STAFF_ADDED));
    }

    private IssuedLink create(
            Connection connection,
            String username,
            String displayName,
            StaffRole role,
            List<String> properties,
            Actor actor,
            Action action)
            throws SQLException {
        if (repository.byUsername(connection, username).isPresent()) {
            throw StaffProblems.conflict(Text.of("staffAdmin.usernameTaken", username));
        }
        Set<Long> propertyIds = new LinkedHashSet<>();
        for (String property : properties) {
            OptionalLong id = repository.property(connection, property.strip());
            if (id.isEmpty()) {
                throw badRequest(Text.of("staffAdmin.unknownProperty", property));
            }
            propertyIds.add(id.getAsLong());
        }
        long id = repository.insert(connection, username, displayName.strip(), role);
        for (long property : propertyIds) {
            repository.addProperty(connection, id, property);
        }
        Instant now = clock.instant();
        IssuedLink link = issueLink(connection, id, username, now);
        AdminAudit.record(
                connection,
                now,
                actor,
                action,
                username,
                role.name() + (properties.isEmpty() ? "" : " properties " + String.join(", ", properties)));
        LOG.info("staff account '{}' ({}) added by {}", username, role, actor.name());
        return link;
    }

    /** Every account, with its properties and live sessions. */
    public List<Listed> list() {
        Instant now = clock.instant();
        return transactor.inTransaction(connection -> {
            Map<Long, List<String>> properties = repository.properties(connection);
            Map<Long, Integer> sessions = repository.liveSessions(connection, now);
            List<Listed> listed = new ArrayList<>();
            for (StaffAdminRepository.Row row : repository.all(connection)) {
                listed.add(new Listed(
                        row.username(),
                        row.displayName(),
                        row.role(),
                        row.disabled(),
                        row.passwordSet(),
                        properties.getOrDefault(row.id(), List.of()),
                        sessions.getOrDefault(row.id(), 0)));
            }
            return listed;
        });
    }

    /** The names of every property, for the form that adds an account. */
    public List<String> propertyNames() {
        return transactor.inTransaction(repository::propertyNames);
    }

    /**
     * Disables an account: its sessions end, its links stop working, it cannot sign in. The last
     * enabled IT administration account cannot be disabled (nobody could administer then).
     */
    public void disable(String username, Actor actor) {
        transactor.inTransaction(connection -> {
            StaffAdminRepository.Row row = existing(connection, username);
            if (row.disabled()) {
                throw StaffProblems.conflict(Text.of("staffAdmin.alreadyDisabled", username));
            }
            if (row.role() == StaffRole.IT_ADMINISTRATION && repository.activeAdministrators(connection) <= 1) {
                throw StaffProblems.conflict(Text.of("staffAdmin.lastAdmin", username));
            }
            Instant now = clock.instant();
            repository.disable(connection, row.id(), now);
            int ended = repository.endSessions(connection, row.id());
            repository.dropOpenLinks(connection, row.id());
            AdminAudit.record(connection, now, actor, Action.STAFF_DISABLED, username, ended + " sessions ended");
            return null;
        });
        LOG.info("staff account '{}' disabled by {}", username, actor.name());
    }

    /**
     * Resets an account: its password and sessions end, and a new sign-in link replaces any older one. An
     * account of the OpenID Connect provider is refused: its sign-in is the provider's.
     */
    public IssuedLink reset(String username, Actor actor) {
        IssuedLink link = transactor.inTransaction(connection -> {
            StaffAdminRepository.Row row = existing(connection, username);
            if (row.disabled()) {
                throw StaffProblems.conflict(Text.of("staffAdmin.disabled", username));
            }
            if (repository.managedByProvider(connection, row.id())) {
                // A link would let the person set a local password and sign in past the provider.
                throw StaffProblems.conflict(Text.of("staffAdmin.resetOidc", username));
            }
            Instant now = clock.instant();
            repository.setPassword(connection, row.id(), null);
            int ended = repository.endSessions(connection, row.id());
            IssuedLink issued = issueLink(connection, row.id(), username, now);
            AdminAudit.record(connection, now, actor, Action.STAFF_RESET, username, ended + " sessions ended");
            return issued;
        });
        LOG.info("staff account '{}' reset by {}", username, actor.name());
        return link;
    }

    /** Ends every session of an account; returns how many there were. */
    public int endSessions(String username, Actor actor) {
        return transactor.inTransaction(connection -> {
            StaffAdminRepository.Row row = existing(connection, username);
            int ended = repository.endSessions(connection, row.id());
            AdminAudit.record(
                    connection, clock.instant(), actor, Action.SESSIONS_ENDED, username, ended + " sessions ended");
            return ended;
        });
    }

    /** The username an open sign-in link is for, or empty for an unknown, used, expired or replaced link. */
    public Optional<String> linkFor(String secret) {
        if (!wellFormedSecret(secret)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return transactor
                .inTransaction(connection -> repository.openLink(connection, TokenHash.of(secret), now))
                .map(StaffAdminRepository.Row::username);
    }

    /**
     * Sets the password of the link's account and uses the link up; the account's sessions end.
     *
     * @throws ApiException 404 for a link that is not open, 400 when the password breaks the policy or the
     *     two entries differ (nothing changes then, and the link stays open)
     */
    public String setPassword(String secret, String password, String repeated) {
        Instant now = clock.instant();
        StaffAdminRepository.Row row = wellFormedSecret(secret)
                ? transactor
                        .inTransaction(connection -> repository.openLink(connection, TokenHash.of(secret), now))
                        .orElseThrow(StaffAccounts::linkNotOpen)
                : null;
        if (row == null) {
            throw linkNotOpen();
        }
        Optional<Text> refusal = PasswordPolicy.refusal(password, row.username());
        if (refusal.isPresent()) {
            throw badRequest(refusal.get());
        }
        if (!password.equals(repeated)) {
            throw badRequest(Text.of("password.mismatch"));
        }
        String hash = hasher.hash(password);
        transactor.inTransaction(connection -> {
            if (!repository.useLink(connection, TokenHash.of(secret), now)) {
                throw linkNotOpen();
            }
            repository.setPassword(connection, row.id(), hash);
            repository.endSessions(connection, row.id());
            AdminAudit.record(
                    connection,
                    now,
                    new Actor(row.id(), row.username()),
                    Action.PASSWORD_SET,
                    row.username(),
                    "through a sign-in link");
            return null;
        });
        LOG.info("staff account '{}' set its password through a sign-in link", row.username());
        return row.username();
    }

    /** The role named as on the command line or in a form: {@code it-administration}, {@code CARETAKER}, … */
    public static StaffRole role(String name) {
        String normal =
                name == null ? "" : name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (StaffRole role : StaffRole.values()) {
            if (role.name().equals(normal)) {
                return role;
            }
        }
        throw badRequest(Text.of("staffAdmin.unknownRole", name, roleNames()));
    }

    /** The roles as the command line names them. */
    public static String roleNames() {
        return String.join(
                ", ",
                java.util.Arrays.stream(StaffRole.values())
                        .map(role -> role.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                        .toList());
    }

    private StaffAdminRepository.Row existing(Connection connection, String username) throws SQLException {
        return repository
                .byUsername(connection, username == null ? "" : username)
                .orElseThrow(() -> StaffProblems.notFound(Text.of("staffAdmin.unknownAccount", username)));
    }

    private IssuedLink issueLink(Connection connection, long staffId, String username, Instant now)
            throws SQLException {
        byte[] bytes = new byte[LINK_BYTES];
        random.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expires = now.plus(LINK_VALIDITY);
        repository.issueLink(connection, staffId, TokenHash.of(secret), now, expires);
        return new IssuedLink(username, secret, expires);
    }

    private static void checkAccount(String username, String displayName) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw badRequest(Text.of("staffAdmin.badUsername", username == null ? "" : username));
        }
        if (displayName == null
                || displayName.isBlank()
                || displayName.length() > MAX_DISPLAY_NAME
                || displayName.chars().anyMatch(Character::isISOControl)) {
            throw badRequest(Text.of("staffAdmin.badName", displayName == null ? "" : displayName, MAX_DISPLAY_NAME));
        }
    }

    private static boolean wellFormedSecret(String secret) {
        return secret != null && secret.length() <= 64 && secret.matches("[A-Za-z0-9_-]+");
    }

    private static ApiException linkNotOpen() {
        return StaffProblems.notFound(Text.of("staffAdmin.linkNotOpen"));
    }

    private static ApiException badRequest(Text detail) {
        return new ApiException("bad-request", "Bad request", 400, detail);
    }
}
