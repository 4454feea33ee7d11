package se.bricka.hw.linux;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A serial port another program has claimed first (see {@link Termios#claim}): its {@code open} was
 * refused with {@link LinuxCalls#EBUSY}, or its lock with {@link LinuxCalls#EWOULDBLOCK}.
 */
public final class PortInUseException extends IOException {

    private static final long serialVersionUID = 1L;

    public PortInUseException(Path device, LinuxCalls.Failure cause) {
        super(
                device + " is in use: another program has claimed it (" + cause.getMessage() + "); sudo fuser -v "
                        + device + " names it",
                cause);
    }

    /** Whether {@code failure} of an open or a {@link Termios#claim} means another program has the port. */
    public static boolean means(LinuxCalls.Failure failure) {
        return failure.errno() == LinuxCalls.EBUSY || failure.errno() == LinuxCalls.EWOULDBLOCK;
    }
}
