package se.bricka.backend.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A sentence not yet put into a language: a key of the staff bundles and its arguments. An argument
 * that is itself a {@code Text} is translated too, so a refusal can name a role in the reader's language.
 */
public record Text(String key, List<Object> args) {

    public Text {
        Objects.requireNonNull(key, "key");
        // Arguments may be null (shown as nothing), which List.copyOf would refuse.
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    /** The text {@code key} with {@code args}. */
    public static Text of(String key, Object... args) {
        return new Text(key, Arrays.asList(args));
    }
}
