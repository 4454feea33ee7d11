package se.bricka.backend.estate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import se.bricka.core.demo.DemoDoors;
import se.bricka.core.demo.DemoEstate;

/**
 * The keys of the demo estate's rows, the same as the example file uses ({@code larkan},
 * {@code lg4}, {@code tvatt-a}, …), so an export of the demo re-imports as is. Migration V48 gives them
 * to a database seeded before keys existed; the demo seeder calls this after seeding.
 */
public final class DemoEstateKeys {

    private static final String[] ASSIGN = {
        "UPDATE property SET estate_key = 'larkan' WHERE name = 'Kvarteret Lärkan' AND estate_key IS NULL",
        "UPDATE building SET estate_key = 'lg4' WHERE name = 'Lärkgatan 4' AND estate_key IS NULL",
        "UPDATE quota_group SET estate_key = 'tvatt' WHERE name = 'Tvättstugor' AND estate_key IS NULL",
        "UPDATE quota_group SET estate_key = 'traff' WHERE name = 'Träfflokal' AND estate_key IS NULL",
        "UPDATE resource SET estate_key = 'tvatt-a' WHERE name = 'Tvättstuga A' AND estate_key IS NULL",
        "UPDATE resource SET estate_key = 'tvatt-b' WHERE name = 'Tvättstuga B' AND estate_key IS NULL",
        "UPDATE resource SET estate_key = 'traff' WHERE name = 'Träfflokal' AND estate_key IS NULL"
    };

    private static final List<String> DEMO_DEVICES = Stream.concat(
                    DemoEstate.DEVICES.stream().map(DemoEstate.DemoDevice::deviceId),
                    Stream.of(DemoDoors.DOOR_CONTROLLER.deviceId()))
            .toList();

    private DemoEstateKeys() {}

    /** Gives the demo rows their keys, in the caller's transaction. */
    public static void assign(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String update : ASSIGN) {
                statement.executeUpdate(update);
            }
        }
        // The demo devices are the example file's, so an import of the file keeps managing them.
        try (PreparedStatement managed =
                connection.prepareStatement("UPDATE device SET estate_managed = TRUE WHERE device_id = ?")) {
            for (String deviceId : DEMO_DEVICES) {
                managed.setString(1, deviceId);
                managed.executeUpdate();
            }
        }
    }
}
