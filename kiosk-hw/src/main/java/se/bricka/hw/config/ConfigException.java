package se.bricka.hw.config;

/** A device configuration that cannot be used; the message names the key and the value. */
public final class ConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;

    /** A refusal of {@code key}; {@code message} names the key and the value. */
    public ConfigException(String key, String message) {
        super(message);
        this.key = key;
    }

    /** A refusal of {@code key} because the hardware it names could not be opened. */
    public ConfigException(String key, String message, Throwable cause) {
        super(message, cause);
        this.key = key;
    }

    /** The key at fault, such as {@code door.relay-pin}. */
    public String key() {
        return key;
    }
}
