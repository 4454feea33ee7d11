package se.bricka.backend.estate;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code estate import FILE [--dry-run]} and {@code estate export [FILE]}. Exit status 0 when done, 2
 * with one line naming the JSON pointer and the bad value when the file is refused (nothing written),
 * 1 on any other failure.
 */
@Command(
        name = "estate",
        mixinStandardHelpOptions = true,
        description =
                "Imports or exports the estate file (properties, buildings, apartments, doors, objects, devices).",
        subcommands = {EstateCommand.Import.class, EstateCommand.Export.class})
public final class EstateCommand implements Callable<Integer> {

    /** Bad input: the file is refused or unreadable. */
    public static final int BAD_INPUT = 2;

    /** Anything else went wrong (database unreachable, …). */
    public static final int FAILED = 1;

    private final Supplier<EstateRuntime> runtime;

    @Spec
    CommandSpec spec;

    /** @param runtime opens the database and what goes with it, when a subcommand runs */
    public EstateCommand(Supplier<EstateRuntime> runtime) {
        this.runtime = Objects.requireNonNull(runtime, "runtime");
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return BAD_INPUT;
    }

    @Command(name = "import", mixinStandardHelpOptions = true, description = "Applies an estate file as a diff.")
    static final class Import implements Callable<Integer> {

        @ParentCommand
        EstateCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "the estate file (JSON)")
        Path file;

        @Option(names = "--dry-run", description = "print what would be added, changed and retired; write nothing")
        boolean dryRun;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            byte[] json;
            try {
                json = Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                err.println("estate import: no such file: " + file);
                return BAD_INPUT;
            } catch (IOException e) {
                err.println("estate import: cannot read " + file + ": " + e.getMessage());
                return BAD_INPUT;
            }
            try (EstateRuntime opened = parent.runtime.get()) {
                EstatePlan plan = opened.importer().importFile(json, dryRun);
                if (dryRun) {
                    plan.lines().forEach(line -> out.println("would " + line));
                }
                for (Map.Entry<String, EstatePlan.Counts> kind : plan.counts().entrySet()) {
                    EstatePlan.Counts counts = kind.getValue();
                    out.printf(
                            "%s: %d added, %d changed, %d retired%n",
                            kind.getKey(), counts.added(), counts.changed(), counts.retired());
                }
                out.printf(
                        "%s: %d added, %d changed, %d retired%s%n",
                        file.getFileName(),
                        plan.added(),
                        plan.changed(),
                        plan.retired(),
                        dryRun ? " (dry run: nothing written)" : "");
                out.flush();
                return 0;
            } catch (EstateRefusal refusal) {
                err.println(file.getFileName() + " refused, nothing written: " + refusal.getMessage());
                err.flush();
                return BAD_INPUT;
            } catch (RuntimeException e) {
                err.println("estate import failed, nothing written: " + e.getMessage());
                err.flush();
                return FAILED;
            }
        }
    }

    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description = "Writes the estate as an estate file (without tag UIDs: only their hashes are stored).")
    static final class Export implements Callable<Integer> {

        @ParentCommand
        EstateCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(
                index = "0",
                arity = "0..1",
                paramLabel = "FILE",
                description = "where to write; standard output if absent")
        Path file;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            String json;
            try (EstateRuntime opened = parent.runtime.get()) {
                json = opened.exporter().export();
            } catch (RuntimeException e) {
                err.println("estate export failed: " + e.getMessage());
                err.flush();
                return FAILED;
            }
            if (file == null) {
                spec.commandLine().getOut().print(json);
                spec.commandLine().getOut().flush();
                return 0;
            }
            try {
                Files.writeString(file, json, StandardCharsets.UTF_8);
                return 0;
            } catch (IOException e) {
                err.println("estate export: cannot write " + file + ": " + e.getMessage());
                err.flush();
                return BAD_INPUT;
            }
        }
    }

    /** A command line for this command alone, as tests and a standalone launcher use it. */
    public static CommandLine commandLine(Supplier<EstateRuntime> runtime) {
        return new CommandLine(new EstateCommand(runtime));
    }
}
