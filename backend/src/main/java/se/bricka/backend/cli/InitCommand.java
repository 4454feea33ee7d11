package se.bricka.backend.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Clock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.bricka.backend.persistence.Transactor;
import se.bricka.backend.staff.AdminAudit.Actor;
import se.bricka.backend.staff.StaffAccounts;

/** {@code init}: the first IT administration account, and its one-time sign-in link. */
@Command(
        name = "init",
        description = "Create the first IT administration account and print its one-time sign-in link (valid 24 h);"
                + " refused while an active IT administration account exists.")
final class InitCommand extends AdminCommand {

    @Option(names = "--username", paramLabel = "NAME", description = "Its username (default ${DEFAULT-VALUE}).")
    String username = "it-admin";

    @Option(names = "--name", paramLabel = "TEXT", description = "Its display name (default ${DEFAULT-VALUE}).")
    String displayName = "IT administration";

    @Option(names = "--public-url", paramLabel = "URL", description = PUBLIC_URL_HELP)
    String publicUrl;

    @Override
    void run(Transactor transactor, Clock clock, PrintWriter out) {
        URI base = publicUrl(publicUrl, database);
        StaffAccounts.IssuedLink link =
                new StaffAccounts(transactor, clock).initialize(username, displayName, Actor.commandLine());
        out.println("Created the IT administration account '" + link.username() + "'.");
        StaffCommand.printLink(out, link, base);
    }
}
