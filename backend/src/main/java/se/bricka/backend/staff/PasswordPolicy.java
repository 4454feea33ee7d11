package se.bricka.backend.staff;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import se.bricka.backend.web.Text;

/**
 * The password policy of ASVS 2.1: at least {@value #MIN_LENGTH} and at most {@value #MAX_LENGTH}
 * characters (any characters, spaces included, never truncated), no composition rules, and not a
 * common password: not on the bundled list ({@code staff/common-passwords.txt}), not a listed word
 * with digits or signs after it, and not the username.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final String LIST = "/staff/common-passwords.txt";
    private static final Pattern TRAILING_DIGITS_AND_SIGNS = Pattern.compile("[\\d\\p{Punct}\\s]+$");
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {}

    /** Why {@code password} is refused for {@code username}, or empty when it is acceptable. */
    public static Optional<Text> refusal(String password, String username) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(Text.of("password.tooShort", MIN_LENGTH, length));
        }
        if (length > MAX_LENGTH) {
            return Optional.of(Text.of("password.tooLong", MAX_LENGTH, length));
        }
        String lower = password.strip().toLowerCase(Locale.ROOT);
        String core = TRAILING_DIGITS_AND_SIGNS.matcher(lower).replaceAll("");
        if (COMMON.contains(lower) || COMMON.contains(core) || core.isEmpty()) {
            return Optional.of(Text.of("password.common"));
        }
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of(Text.of("password.username"));
        }
        return Optional.empty();
    }

    /** How many passwords and words the bundled list holds. */
    static int listSize() {
        return COMMON.size();
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("the list of common passwords " + LIST + " is missing");
            }
            Set<String> words = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LIST, e);
        }
    }
}
