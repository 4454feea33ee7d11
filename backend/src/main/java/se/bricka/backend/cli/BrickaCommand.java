package se.bricka.backend.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The backend's command line: {@code serve} (the default, so {@code java -jar backend.jar --port=8080}
 * serves), {@code init}, {@code staff …}, {@code device …} and {@code estate …}. Every command has {@code --help} and
 * {@code --version}; bad input ends with status 2 and one line saying what is wrong.
 */
@Command(
        name = "backend.jar",
        mixinStandardHelpOptions = true,
        scope = CommandLine.ScopeType.INHERIT,
        versionProvider = BrickaCommand.Version.class,
        description = "Bricka's backend: serves the API and the staff pages, and administers an installation.",
        subcommands = {
            ServeCommand.class,
            InitCommand.class,
            StaffCommand.class,
            DeviceCommand.class,
        })
public final class BrickaCommand implements Runnable {

    /** Exit status of bad input: an unknown flag, a bad value, a refused request. */
    public static final int BAD_INPUT = 2;

    /** Exit status of a command that could not do its work (database unreachable, backend not started). */
    public static final int FAILED = 1;

    private static final Set<String> TOP_LEVEL_FLAGS = Set.of("-h", "--help", "-V", "--version");

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(), "name a command: " + spec.subcommands().keySet());
    }

    /** The command line, reading {@code environment}, writing to {@code out} and {@code err}. */
    public static CommandLine commandLine(Map<String, String> environment, PrintWriter out, PrintWriter err) {
        IFactory factory = new EnvironmentFactory(environment);
        CommandLine commandLine = new CommandLine(new BrickaCommand(), factory);
        DatabaseOptions estateDatabase = new DatabaseOptions();
        estateDatabase.environment(environment);
        commandLine.addSubcommand("estate", EstateCommands.command(estateDatabase, factory));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(Outcomes::badInput);
        commandLine.setExecutionExceptionHandler(Outcomes::failure);
        return commandLine;
    }

    /** Runs {@code args} (with {@code serve} when they name no command); returns the exit status. */
    public static int execute(String[] args, Map<String, String> environment, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = commandLine(environment, out, err);
        return commandLine.execute(withDefaultCommand(args, commandLine));
    }

    /** Whether {@code args} run {@code serve}, named or by default. */
    public static boolean serves(String[] args) {
        String[] resolved = withDefaultCommand(args, null);
        return resolved.length > 0 && resolved[0].equals(ServeCommand.NAME);
    }

    private static String[] withDefaultCommand(String[] args, CommandLine commandLine) {
        if (args.length == 0) {
            return new String[] {ServeCommand.NAME};
        }
        String first = args[0];
        boolean flag = first.startsWith("-") && !TOP_LEVEL_FLAGS.contains(first);
        if (flag && (commandLine == null || !commandLine.getSubcommands().containsKey(first))) {
            return Stream.concat(Stream.of(ServeCommand.NAME), Arrays.stream(args))
                    .toArray(String[]::new);
        }
        return args;
    }

    /** The version of the jar, from its manifest; "development build" when run from classes. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = BrickaCommand.class.getPackage().getImplementationVersion();
            return new String[] {"Bricka backend " + (version == null ? "(development build)" : version)};
        }
    }

    /** Creates the commands and their options, handing each the environment it reads. */
    private record EnvironmentFactory(Map<String, String> environment) implements IFactory {
        private static final IFactory DEFAULTS = CommandLine.defaultFactory();

        @Override
        public <K> K create(Class<K> type) throws Exception {
            K made = DEFAULTS.create(type);
            if (made instanceof EnvironmentAware aware) {
                aware.environment(environment);
            }
            return made;
        }
    }
}
