package se.bricka.backend.install;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import se.bricka.backend.ConfigException;
import se.bricka.backend.device.TokenHash;
import se.bricka.backend.persistence.DataAccessException;
import se.bricka.backend.persistence.SqlStates;
import se.bricka.backend.persistence.Transactor;
import se.bricka.backend.staff.PasswordHasher;
import se.bricka.backend.staff.StaffDemoAccounts;
import se.bricka.core.demo.DemoEstate;

/**
 * What a backend checks before it serves: outside the demo, neither the public demo tag key nor the
 * demo's public device tokens or staff passwords may be in use; and every node of one database hashes
 * tags with the same key (the first start records a check value of it, {@code tag_key_check}).
 */
public final class InstallationCheck {

    private static final String CHECK_TEXT = "bricka tag key check";

    private InstallationCheck() {}

    /**
     * Refuses the public demo key outside the demo; call before opening the database.
     *
     * @throws ConfigException naming what to do instead
     */
    public static void checkKey(byte[] tagKey, boolean demo) {
        if (!demo && Arrays.equals(tagKey, DemoEstate.TAG_KEY)) {
            throw new ConfigException("the tag key is the public demo key: outside --demo set a key of your own"
                    + " (BRICKA_TAG_KEY) or none, and the backend generates one");
        }
    }

    /**
     * Refuses a database that holds the demo's public credentials outside the demo, or whose tags were
     * hashed with another key; records the key's check value on first start.
     *
     * @throws ConfigException naming what to do instead
     */
    public static void checkDatabase(Transactor transactor, byte[] tagKey, boolean demo) {
        try {
            check(transactor, fingerprint(tagKey), demo);
        } catch (DataAccessException e) {
            // Two nodes starting on one new database: the other one recorded the check value first.
            if (!(e.getCause() instanceof SQLException sql && SqlStates.isUniqueViolation(sql))) {
                throw e;
            }
            check(transactor, fingerprint(tagKey), demo);
        }
    }

    private static void check(Transactor transactor, String fingerprint, boolean demo) {
        transactor.inTransaction(connection -> {
            if (!demo) {
                refuseDemoCredentials(connection);
            }
            Optional<String> recorded = recordedFingerprint(connection);
            if (recorded.isEmpty()) {
                record(connection, fingerprint);
            } else if (!recorded.get().equals(fingerprint)) {
                throw new ConfigException("the tag key is not the one this database's tags are hashed with:"
                        + " start every node with the same key (BRICKA_TAG_KEY, or the data folder's "
                        + TagKeyFile.NAME + " file)");
            }
            return null;
        });
    }

    private static void refuseDemoCredentials(Connection connection) throws SQLException {
        List<String> demoTokens = DemoEstate.DEVICES.stream()
                .map(device -> TokenHash.of(device.token()))
                .toList();
        String sql = "SELECT device_id FROM device WHERE token_hash IN ("
                + String.join(", ", demoTokens.stream().map(token -> "?").toList()) + ") ORDER BY device_id";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < demoTokens.size(); i++) {
                statement.setString(i + 1, demoTokens.get(i));
            }
            try (ResultSet row = statement.executeQuery()) {
                if (row.next()) {
                    throw new ConfigException("the database holds the demo's public device tokens (device '"
                            + row.getString(1) + "'): it was set up with --demo; start it with --demo or use a new"
                            + " database for real use");
                }
            }
        }
        PasswordHasher hasher = new PasswordHasher();
        String accounts = "SELECT password_hash FROM staff_account WHERE username = ? AND password_hash IS NOT NULL";
        for (StaffDemoAccounts.DemoAccount account : StaffDemoAccounts.ACCOUNTS) {
            try (PreparedStatement statement = connection.prepareStatement(accounts)) {
                statement.setString(1, account.username());
                try (ResultSet row = statement.executeQuery()) {
                    if (row.next() && hasher.matches(account.password(), row.getString(1))) {
                        throw new ConfigException("the database holds the demo's staff account '"
                                + account.username() + "' with its public password: start it with --demo or use a"
                                + " new database for real use");
                    }
                }
            }
        }
    }

    private static Optional<String> recordedFingerprint(Connection connection) throws SQLException {
        try (PreparedStatement statement =
                        connection.prepareStatement("SELECT fingerprint FROM tag_key_check WHERE id = 1");
                ResultSet row = statement.executeQuery()) {
            return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
        }
    }

    private static void record(Connection connection, String fingerprint) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("INSERT INTO tag_key_check (id, fingerprint) VALUES (1, ?)")) {
            statement.setString(1, fingerprint);
            statement.executeUpdate();
        }
    }

    /** An HMAC of a fixed text under the key: equal for equal keys, and it does not reveal the key. */
    static String fingerprint(byte[] tagKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(tagKey, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(CHECK_TEXT.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
