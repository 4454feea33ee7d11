package se.bricka.backend.cli;

import java.util.Map;

/** A part of the command line that reads environment variables: the process's, or a test's. */
public interface EnvironmentAware {

    /** Sets the environment to read; called by the command line's factory when it creates the part. */
    void environment(Map<String, String> environment);
}
