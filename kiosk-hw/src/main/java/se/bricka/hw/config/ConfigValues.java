package se.bricka.hw.config;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/** Typed reads of a properties file, each failure naming its key and value. */
final class ConfigValues {

    private final Map<String, String> values = new TreeMap<>();
    /** The keys the configuration asked for: a key given but never asked for has no effect. */
    private final Set<String> consulted = new HashSet<>();

    ConfigValues(Properties properties) {
        for (String key : properties.stringPropertyNames()) {
            values.put(key.trim(), properties.getProperty(key).trim());
        }
    }

    Iterable<String> keys() {
        return values.keySet();
    }

    /** The keys given in the file that nothing asked for, in order. */
    List<String> unconsulted() {
        return values.keySet().stream().filter(key -> !consulted.contains(key)).toList();
    }

    Optional<String> optional(String key) {
        consulted.add(key);
        return Optional.ofNullable(values.get(key)).filter(value -> !value.isEmpty());
    }

    String required(String key) {
        return optional(key).orElseThrow(() -> new ConfigException(key, key + " is missing"));
    }

    String text(String key, String fallback) {
        return optional(key).orElse(fallback);
    }

    int requiredInt(String key, int min, int max) {
        return toInt(key, required(key), min, max);
    }

    int integer(String key, int min, int max, int fallback) {
        return optional(key).map(value -> toInt(key, value, min, max)).orElse(fallback);
    }

    Optional<Integer> optionalInt(String key, int min, int max) {
        return optional(key).map(value -> toInt(key, value, min, max));
    }

    private static int toInt(String key, String value, int min, int max) {
        int number;
        try {
            number = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new ConfigException(key, key + " must be a whole number, was '" + value + "'");
        }
        if (number < min || number > max) {
            throw new ConfigException(key, key + " must be between " + min + " and " + max + ", was " + number);
        }
        return number;
    }

    Duration millis(String key, int min, int max, int fallback) {
        return Duration.ofMillis(integer(key, min, max, fallback));
    }

    Duration seconds(String key, int min, int max, int fallback) {
        return Duration.ofSeconds(integer(key, min, max, fallback));
    }

    boolean bool(String key, boolean fallback) {
        return optional(key)
                .map(value -> switch (value.toLowerCase(Locale.ROOT)) {
                    case "true", "yes" -> true;
                    case "false", "no" -> false;
                    default -> throw new ConfigException(key, key + " must be true or false, was '" + value + "'");
                })
                .orElse(fallback);
    }

    /** One of {@code choices} (keys, lower case) mapped to a value. */
    <T> T choice(String key, Map<String, T> choices, String fallback) {
        String value = text(key, fallback);
        T chosen = choices.get(value.toLowerCase(Locale.ROOT));
        if (chosen == null) {
            throw new ConfigException(
                    key,
                    key + " must be one of " + String.join(", ", new TreeMap<>(choices).keySet()) + ", was '" + value
                            + "'");
        }
        return chosen;
    }

    <T> T parsed(String key, String fallback, Function<String, T> parser) {
        String value = text(key, fallback);
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(key, key + "='" + value + "' cannot be used: " + e.getMessage());
        }
    }
}
