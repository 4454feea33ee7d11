package se.bricka.hw.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Makes named pipes with {@code mkfifo}: a byte stream the reader opens and polls like a device. */
public final class Fifo {

    private Fifo() {}

    public static Path make(Path path) throws IOException, InterruptedException {
        Process mkfifo = new ProcessBuilder("mkfifo", path.toString())
                .redirectErrorStream(true)
                .start();
        if (!mkfifo.waitFor(10, TimeUnit.SECONDS) || mkfifo.exitValue() != 0) {
            throw new IOException("mkfifo " + path + " failed: "
                    + new String(mkfifo.getInputStream().readAllBytes()));
        }
        return path;
    }
}
