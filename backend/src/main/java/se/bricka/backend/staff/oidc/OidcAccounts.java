package se.bricka.backend.staff.oidc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;
import se.bricka.backend.http.ApiException;
import se.bricka.backend.persistence.Transactor;
import se.bricka.backend.staff.StaffAccount;
import se.bricka.backend.web.Text;
import se.bricka.core.privacy.StaffRole;

/** The staff accounts of people who sign in through the provider, created or brought up to date at sign-in. */
final class OidcAccounts {

    /** Stored instead of a password hash: no password ever matches it, so the account has no local sign-in. */
    static final String NO_PASSWORD = "!oidc";

    private final Transactor transactor;

    OidcAccounts(Transactor transactor) {
        this.transactor = transactor;
    }

    /**
     * The account of {@code subject} at {@code issuer}, made now or updated to these claims.
     *
     * @throws ApiException 400 {@code oidc-refused} when an administrator has disabled the account; nothing
     *     is changed
     */
    StaffAccount signedIn(
            String issuer, String subject, String displayName, StaffRole role, List<String> properties, Instant at) {
        String username = usernameOf(issuer, subject);
        String joined = String.join(",", properties);
        return transactor.inTransaction(connection -> {
            OptionalLong existing = staffIdOf(connection, issuer, subject);
            long id;
            if (existing.isPresent()) {
                id = existing.getAsLong();
                if (disabled(connection, id)) {
                    // Disabled by an administrator: the provider's word does not bring the account back.
                    throw new ApiException(
                            "oidc-refused",
                            "Sign-in through the provider was refused",
                            400,
                            Text.of("oidc.accountDisabled"));
                }
                update(
                        connection,
                        "UPDATE staff_account SET display_name = ?, staff_role = ? WHERE id = ?",
                        id,
                        displayName,
                        role.name());
                update(
                        connection,
                        "UPDATE staff_oidc_identity SET properties = ?, last_seen_at = ? WHERE staff_id = ?",
                        id,
                        joined,
                        utc(at));
            } else {
                id = insertAccount(connection, username, displayName, role);
                try (PreparedStatement statement = connection.prepareStatement(
                        "INSERT INTO staff_oidc_identity (issuer, subject, staff_id, properties, first_seen_at,"
                                + " last_seen_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                    statement.setString(1, issuer);
                    statement.setString(2, subject);
                    statement.setLong(3, id);
                    statement.setString(4, joined);
                    statement.setObject(5, utc(at));
                    statement.setObject(6, utc(at));
                    statement.executeUpdate();
                }
            }
            return new StaffAccount(id, username, displayName, role);
        });
    }

    /**
     * A username that cannot clash with a local one someone chose: {@code oidc-} and part of a hash of
     * issuer and subject (a subject may be longer than a username, and is no name to show).
     */
    static String usernameOf(String issuer, String subject) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((issuer + "\n" + subject).getBytes(StandardCharsets.UTF_8));
            return "oidc-" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static OptionalLong staffIdOf(Connection connection, String issuer, String subject) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT staff_id FROM staff_oidc_identity WHERE issuer = ? AND subject = ?")) {
            statement.setString(1, issuer);
            statement.setString(2, subject);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    private static boolean disabled(Connection connection, long id) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("SELECT disabled_at FROM staff_account WHERE id = ?")) {
            statement.setLong(1, id);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() && row.getObject(1) != null;
            }
        }
    }

    private static long insertAccount(Connection connection, String username, String displayName, StaffRole role)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO staff_account (username, display_name, staff_role, password_hash) VALUES (?, ?, ?, ?)",
                new String[] {"id"})) {
            statement.setString(1, username);
            statement.setString(2, displayName);
            statement.setString(3, role.name());
            statement.setString(4, NO_PASSWORD);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void update(Connection connection, String sql, long id, Object first, Object second)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, first);
            statement.setObject(2, second);
            statement.setLong(3, id);
            statement.executeUpdate();
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
