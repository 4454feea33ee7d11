package se.bricka.backend.cli;

import java.time.Clock;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Model.CommandSpec;
import se.bricka.backend.BackendConfig;
import se.bricka.backend.estate.EstateCommand;
import se.bricka.backend.estate.EstateRuntime;
import se.bricka.backend.install.Installation;
import se.bricka.backend.install.InstallationCheck;
import se.bricka.backend.persistence.Database;

/**
 * Puts {@code estate import} and {@code estate export} under the backend's command line, each with the
 * same database flags as every other command; the tag key is the installation's own (given, or the one
 * generated in the data folder), and a database made with another key is refused.
 */
final class EstateCommands {

    private EstateCommands() {}

    /** {@code estate}, reading the database flags given to whichever of its subcommands runs. */
    static CommandLine command(DatabaseOptions database, IFactory factory) {
        CommandLine estate = new CommandLine(new EstateCommand(() -> open(database)), factory);
        for (CommandLine subcommand : estate.getSubcommands().values()) {
            subcommand.getCommandSpec().addMixin("database", CommandSpec.forAnnotatedObject(database));
        }
        return estate;
    }

    private static EstateRuntime open(DatabaseOptions options) {
        BackendConfig config = options.config();
        byte[] tagKey = Installation.tagKey(config);
        Database database = Installation.openDatabase(config);
        try {
            InstallationCheck.checkDatabase(database.transactor(), tagKey, config.seedDemo());
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return EstateRuntime.over(
                database,
                config.jdbcUrl(),
                config.databaseUser(),
                config.databasePassword(),
                tagKey,
                Clock.systemUTC());
    }
}
