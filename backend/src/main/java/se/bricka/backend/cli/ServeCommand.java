package se.bricka.backend.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import se.bricka.backend.Backend;

/** {@code serve}: runs the backend until the process is stopped. The default command. */
@Command(name = ServeCommand.NAME, description = "Serve the API, the event stream and the staff pages (the default).")
public final class ServeCommand implements Callable<Integer> {

    static final String NAME = "serve";

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Mixin
    ServeOptions options;

    @Override
    public Integer call() throws InterruptedException {
        Backend backend = Backend.start(options.config());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            backend.close();
                            stopped.countDown();
                        },
                        "bricka-shutdown"));
        LOG.info("Bricka backend ready at {}", backend.baseUri());
        stopped.await();
        return 0;
    }
}
