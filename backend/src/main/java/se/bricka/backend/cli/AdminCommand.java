package se.bricka.backend.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import se.bricka.backend.persistence.Database;
import se.bricka.backend.persistence.Transactor;

/**
 * A command that administers the database directly: it opens (and migrates) the database named by
 * {@link DatabaseOptions}, does its work and closes it. On the embedded database, stop the backend
 * first (H2 admits one process); on PostgreSQL it runs beside the nodes.
 */
abstract class AdminCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Spec
    CommandSpec spec;

    /** The work, in an open database. */
    abstract void run(Transactor transactor, Clock clock, PrintWriter out);

    @Override
    public final Integer call() {
        try (Database open = database.open()) {
            PrintWriter out = spec.commandLine().getOut();
            run(open.transactor(), Clock.systemUTC(), out);
            out.flush();
        }
        return 0;
    }

    /** The address sign-in links start with: {@code --public-url}, else {@code BRICKA_PUBLIC_URL}. */
    static URI publicUrl(String flag, DatabaseOptions database) {
        String given = flag != null ? flag : database.environment().get(PUBLIC_URL_VARIABLE);
        String key = flag != null ? "--public-url" : PUBLIC_URL_VARIABLE;
        if (given == null) {
            return URI.create(DEFAULT_PUBLIC_URL);
        }
        try {
            URI uri = URI.create(given.strip());
            if ((uri.getScheme() != null && uri.getScheme().matches("https?")) && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw new Outcomes.RefusedException(
                key + " must be the staff pages' address, as in https://bricka.example, was '" + given + "'");
    }

    static final String PUBLIC_URL_VARIABLE = "BRICKA_PUBLIC_URL";
    static final String DEFAULT_PUBLIC_URL = "http://localhost:8080";
    static final String PUBLIC_URL_HELP = "Address of the staff pages the link starts with (BRICKA_PUBLIC_URL;"
            + " default " + DEFAULT_PUBLIC_URL + ").";
}
