package se.bricka.backend.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.bricka.backend.persistence.Transactor;
import se.bricka.backend.staff.AdminAudit.Actor;
import se.bricka.backend.staff.StaffAccounts;

/** {@code staff add|list|disable|reset}: staff accounts, as on the Staff accounts page. */
@Command(
        name = "staff",
        description = "Administer staff accounts.",
        subcommands = {
            StaffCommand.Add.class,
            StaffCommand.ListAccounts.class,
            StaffCommand.Disable.class,
            StaffCommand.Reset.class
        })
final class StaffCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(
                spec.commandLine(), "name what to do: " + spec.subcommands().keySet());
    }

    static void printLink(PrintWriter out, StaffAccounts.IssuedLink link, URI base) {
        out.println("One-time sign-in link for '" + link.username() + "', valid until " + link.expiresAt()
                + " (its person sets a password there):");
        out.println(link.url(base));
    }

    @Command(name = "add", description = "Add a staff account and print its one-time sign-in link (valid 24 h).")
    static final class Add extends AdminCommand {

        @Parameters(index = "0", paramLabel = "USERNAME", description = "The account's username.")
        String username;

        @Option(names = "--name", paramLabel = "TEXT", required = true, description = "The person's name.")
        String displayName;

        @Option(
                names = "--role",
                paramLabel = "ROLE",
                required = true,
                description = "customer-service, social-housing-unit, it-administration or caretaker.")
        String role;

        @Option(
                names = "--property",
                paramLabel = "NAME",
                description = "A property the account works for (repeatable; default all).")
        List<String> properties = new ArrayList<>();

        @Option(names = "--public-url", paramLabel = "URL", description = PUBLIC_URL_HELP)
        String publicUrl;

        @Override
        void run(Transactor transactor, Clock clock, PrintWriter out) {
            URI base = publicUrl(publicUrl, database);
            StaffAccounts.IssuedLink link = new StaffAccounts(transactor, clock)
                    .add(username, displayName, StaffAccounts.role(role), properties, Actor.commandLine());
            out.println("Added the staff account '" + link.username() + "'.");
            printLink(out, link, base);
        }
    }

    @Command(name = "list", description = "List the staff accounts: role, state, properties, live sessions.")
    static final class ListAccounts extends AdminCommand {

        @Override
        void run(Transactor transactor, Clock clock, PrintWriter out) {
            out.printf(
                    "%-24s %-20s %-9s %-8s %-24s %s%n", "USERNAME", "ROLE", "STATE", "SESSIONS", "PROPERTIES", "NAME");
            for (StaffAccounts.Listed account : new StaffAccounts(transactor, clock).list()) {
                String state = account.disabled() ? "disabled" : account.passwordSet() ? "active" : "link-sent";
                out.printf(
                        "%-24s %-20s %-9s %-8d %-24s %s%n",
                        account.username(),
                        account.role().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        state,
                        account.liveSessions(),
                        account.properties().isEmpty() ? "all" : String.join(",", account.properties()),
                        account.displayName());
            }
        }
    }

    @Command(name = "disable", description = "Disable a staff account: its sessions end and it cannot sign in.")
    static final class Disable extends AdminCommand {

        @Parameters(index = "0", paramLabel = "USERNAME", description = "The account's username.")
        String username;

        @Override
        void run(Transactor transactor, Clock clock, PrintWriter out) {
            new StaffAccounts(transactor, clock).disable(username, Actor.commandLine());
            out.println("Disabled the staff account '" + username + "'; its sessions have ended.");
        }
    }

    @Command(
            name = "reset",
            description = "End a staff account's password and sessions and print a new one-time sign-in link.")
    static final class Reset extends AdminCommand {

        @Parameters(index = "0", paramLabel = "USERNAME", description = "The account's username.")
        String username;

        @Option(names = "--public-url", paramLabel = "URL", description = PUBLIC_URL_HELP)
        String publicUrl;

        @Override
        void run(Transactor transactor, Clock clock, PrintWriter out) {
            URI base = publicUrl(publicUrl, database);
            StaffAccounts.IssuedLink link = new StaffAccounts(transactor, clock).reset(username, Actor.commandLine());
            out.println("Reset the staff account '" + username + "'; its password and sessions have ended.");
            printLink(out, link, base);
        }
    }
}
