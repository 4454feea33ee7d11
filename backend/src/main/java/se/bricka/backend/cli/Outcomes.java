package se.bricka.backend.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import se.bricka.backend.ConfigException;
import se.bricka.backend.http.ApiException;

/**
 * How a command ends when it does not succeed: one line on standard error, and status 2 for bad input
 * (a flag, a value, a request refused: nothing was changed) or 1 when the work could not be done.
 */
final class Outcomes {

    private Outcomes() {}

    static int badInput(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        command.getErr().println(command.getCommandName() + ": " + e.getMessage() + " (see --help)");
        command.getErr().flush();
        return BrickaCommand.BAD_INPUT;
    }

    static int failure(Exception e, CommandLine command, ParseResult parsed) {
        String name = command.getCommandName();
        int status;
        String line;
        if (e instanceof ConfigException || e instanceof RefusedException) {
            status = BrickaCommand.BAD_INPUT;
            line = e.getMessage();
        } else if (e instanceof ApiException refusal) {
            status = BrickaCommand.BAD_INPUT;
            line = refusal.problem().detail();
        } else {
            status = BrickaCommand.FAILED;
            line = "could not finish: " + causes(e);
            if (line.contains("already in use")) {
                line += " (the embedded database admits one process: stop the backend first, or use the staff pages)";
            }
        }
        command.getErr().println(name + ": " + line);
        command.getErr().flush();
        return status;
    }

    /** The messages of {@code e} and its causes, on one line. */
    private static String causes(Throwable e) {
        StringBuilder line = new StringBuilder();
        for (Throwable cause = e; cause != null && line.length() < 400; cause = cause.getCause()) {
            String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            if (!line.toString().contains(message)) {
                line.append(line.isEmpty() ? "" : ": ").append(message.replace('\n', ' '));
            }
        }
        return line.toString();
    }

    /** A request a command refuses because of what it was given or what exists; nothing was changed. */
    static final class RefusedException extends RuntimeException {
        RefusedException(String message) {
            super(message, null, false, false);
        }
    }
}
