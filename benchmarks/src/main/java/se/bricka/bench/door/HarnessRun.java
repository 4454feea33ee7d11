package se.bricka.bench.door;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** How a door harness runs from the command line: its own figures logged, a failure printed, then exit. */
final class HarnessRun {

    /** The body of a harness, given its logger and its arguments. */
    interface Body {
        void run(Logger log, String[] args) throws Exception;
    }

    private HarnessRun() {}

    /**
     * Runs {@code body} with only the benchmarks' own lines at info, prints what made it fail, and
     * exits with 0 or 1: the simulated devices' threads and streams end with the run.
     */
    static void main(Class<?> harness, String[] args, Body body) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.se.bricka.bench", "info");
        int status = 1;
        try {
            body.run(LoggerFactory.getLogger(harness), args);
            status = 0;
        } catch (Exception | Error e) {
            e.printStackTrace(); // System.exit below would otherwise swallow it
        } finally {
            System.exit(status);
        }
    }
}
