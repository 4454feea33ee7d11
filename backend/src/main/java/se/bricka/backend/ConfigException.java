package se.bricka.backend;

/** A configuration value the backend refuses to start with; the message names the key and value. */
public final class ConfigException extends IllegalArgumentException {

    public ConfigException(String message) {
        super(message);
    }
}
