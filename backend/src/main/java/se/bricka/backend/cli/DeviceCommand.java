package se.bricka.backend.cli;

import java.io.PrintWriter;
import java.time.Clock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.bricka.backend.device.DeviceAdmin;
import se.bricka.backend.device.DeviceEnrollment;
import se.bricka.backend.device.DeviceRepository;
import se.bricka.backend.persistence.Transactor;
import se.bricka.backend.resource.Resources;
import se.bricka.backend.staff.AdminAudit.Actor;

/** {@code device add|list|enrollment-code}: boards and door controllers, as on the Devices page. */
@Command(
        name = "device",
        description = "Administer devices: boards and door controllers.",
        subcommands = {DeviceCommand.Add.class, DeviceCommand.ListDevices.class, DeviceCommand.EnrollmentCode.class})
final class DeviceCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(
                spec.commandLine(), "name what to do: " + spec.subcommands().keySet());
    }

    static DeviceAdmin admin(Transactor transactor, Clock clock) {
        Resources resources = new Resources(transactor);
        return new DeviceAdmin(
                transactor, new DeviceEnrollment(transactor, resources, new DeviceRepository(), clock), clock);
    }

    static void printCode(PrintWriter out, DeviceEnrollment.IssuedCode code) {
        out.println("Enrollment code for '" + code.deviceId() + "', valid once until " + code.expiresAt()
                + " (type it on the panel under Device setup):");
        out.println(code.grouped());
    }

    @Command(name = "add", description = "Add a board or door controller to a property and print its enrollment code.")
    static final class Add extends AdminCommand {

        @Parameters(index = "0", paramLabel = "DEVICE-ID", description = "Its id, e.g. board-laundry-a.")
        String deviceId;

        @Option(
                names = "--name",
                paramLabel = "TEXT",
                required = true,
                description = "Its name, e.g. \"Tvättstuga A\".")
        String name;

        @Option(names = "--property", paramLabel = "NAME", required = true, description = "Its property's name or id.")
        String property;

        @Option(names = "--kind", paramLabel = "KIND", required = true, description = "board or door.")
        String kind;

        @Override
        void run(Transactor transactor, Clock clock, PrintWriter out) {
            DeviceEnrollment.IssuedCode code = admin(transactor, clock)
                    .add(deviceId, name, property, DeviceAdmin.Kind.of(kind), Actor.commandLine());
            out.println("Added the device '" + deviceId + "'.");
            printCode(out, code);
        }
    }

    @Command(name = "list", description = "List the devices: kind, property, whether a panel ever enrolled.")
    static final class ListDevices extends AdminCommand {

        @Override
        void run(Transactor transactor, Clock clock, PrintWriter out) {
            out.printf("%-24s %-6s %-9s %-24s %s%n", "DEVICE", "KIND", "ENROLLED", "PROPERTY", "NAME");
            for (DeviceAdmin.Listed device : admin(transactor, clock).list()) {
                out.printf(
                        "%-24s %-6s %-9s %-24s %s%n",
                        device.deviceId(),
                        device.kind().code(),
                        device.everEnrolled() ? "yes" : "no",
                        device.propertyName(),
                        device.name());
            }
        }
    }

    @Command(
            name = "enrollment-code",
            description = "Print a new one-time enrollment code for a device (valid 24 h; an older unused one stops"
                    + " working).")
    static final class EnrollmentCode extends AdminCommand {

        @Parameters(index = "0", paramLabel = "DEVICE-ID", description = "The device's id.")
        String deviceId;

        @Override
        void run(Transactor transactor, Clock clock, PrintWriter out) {
            printCode(out, admin(transactor, clock).issueCode(deviceId, Actor.commandLine()));
        }
    }
}
