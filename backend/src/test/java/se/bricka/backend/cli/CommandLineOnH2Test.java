package se.bricka.backend.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import se.bricka.backend.BackendConfig;

/** The subcommands on the embedded database in a data folder of the test's own. */
class CommandLineOnH2Test extends CommandLineContract {

    @Override
    List<String> databaseFlags() {
        return List.of("--data-dir=" + dataDir);
    }

    @Override
    BackendConfig onDatabase(BackendConfig config) {
        return config;
    }

    @Override
    Connection connect() throws SQLException {
        return DriverManager.getConnection(
                BackendConfig.defaults().withDataDir(dataDir).jdbcUrl(), "", "");
    }
}
