package se.bricka.hw.reader.pn532;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import se.bricka.hw.linux.Termios;
import se.bricka.hw.testing.PseudoTerminal;

/**
 * A {@link Pn532Emulator} on the master end of a real pseudo-terminal: the driver opens the slave end
 * as its serial port, sets it up with termios, and talks HSU to the emulator through the kernel. The
 * emulator hears the host only at its own baud rate, read from the pty's termios. Line faults on
 * demand, for the replies to the next command: noise before them, written in pieces with pauses, one
 * byte changed.
 */
public final class Pn532HsuPort implements AutoCloseable {

    private final Pn532Emulator chip;
    private final PseudoTerminal pty;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile LineFault nextFault;

    /** What the line does to the next replies. */
    record LineFault(byte[] noise, int pieceSize, Duration pause, int changedByte, int change) {
        LineFault {
            Objects.requireNonNull(noise, "noise");
        }

        static LineFault noise(byte[] noise) {
            return new LineFault(noise, Integer.MAX_VALUE, Duration.ZERO, -1, 0);
        }

        static LineFault pieces(int size, Duration pause) {
            return new LineFault(new byte[0], size, pause, -1, 0);
        }

        static LineFault changed(int index, int change) {
            return new LineFault(new byte[0], Integer.MAX_VALUE, Duration.ZERO, index, change);
        }
    }

    private Pn532HsuPort(Pn532Emulator chip, PseudoTerminal pty) {
        this.chip = chip;
        this.pty = pty;
        this.thread = Thread.ofPlatform().daemon().name("pn532-hsu-emulator").unstarted(this::run);
    }

    public static Pn532HsuPort start(Pn532Emulator chip) throws IOException {
        Pn532HsuPort port = new Pn532HsuPort(chip, PseudoTerminal.open());
        port.thread.start();
        return port;
    }

    /** The tty the driver opens, such as {@code /dev/pts/3}. */
    public Path device() {
        return pty.slave();
    }

    void faultNextReplies(LineFault fault) {
        nextFault = fault;
    }

    /** The baud rate the host set on its end, as the pty's termios holds it. */
    int hostRate() throws IOException {
        int code = ByteBuffer.wrap(Termios.attributes(pty.master()))
                .order(ByteOrder.nativeOrder())
                .getInt((int) Termios.C_OSPEED);
        for (int rate : Termios.knownRates()) {
            if (Termios.speedCode(rate).orElseThrow() == code) {
                return rate;
            }
        }
        return 0;
    }

    private void run() {
        try {
            while (running) {
                byte[] in = pty.read(20);
                if (in.length > 0) {
                    List<byte[]> replies = chip.hsuReceive(hostRate(), in);
                    if (!replies.isEmpty()) {
                        send(replies);
                    }
                }
            }
        } catch (IOException e) {
            if (running) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void send(List<byte[]> replies) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        LineFault fault = nextFault;
        nextFault = null;
        if (fault != null) {
            line.writeBytes(fault.noise());
        }
        replies.forEach(line::writeBytes);
        byte[] bytes = line.toByteArray();
        if (fault == null) {
            pty.write(bytes);
            return;
        }
        if (fault.changedByte() >= 0) {
            bytes[fault.changedByte() % bytes.length] ^= (byte) fault.change();
        }
        for (int at = 0; at < bytes.length; at += fault.pieceSize()) {
            pty.write(java.util.Arrays.copyOfRange(
                    bytes, at, (int) Math.min(bytes.length, (long) at + fault.pieceSize())));
            pause(fault.pause());
        }
    }

    private static void pause(Duration pause) {
        if (pause.isZero()) {
            return;
        }
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pty.close();
    }
}
