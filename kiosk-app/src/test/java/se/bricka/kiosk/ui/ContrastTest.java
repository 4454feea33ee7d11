package se.bricka.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every text colour of the theme on its background meets WCAG AA for normal text (4.5:1). */
class ContrastTest {

    private static final double WCAG_AA = 4.5;
    private static final Pattern VARIABLE = Pattern.compile("(-[a-z-]+):\\s*#([0-9a-fA-F]{6});");
    private static final Map<String, String> COLOURS = colours();

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
        "-ink, -bg",
        "-ink-muted, -bg",
        "-ink, -surface",
        "-accent, -surface",
        "-accent-ink, -accent",
        "-slot-free-ink, -slot-free-color",
        "-slot-free-ink, -slot-offline-color",
        "-slot-taken-ink, -slot-taken-color",
        "-slot-yours-ink, -slot-yours-color",
        "-slot-past-ink, -slot-past-color",
        "-slot-closed-ink, -slot-closed-color",
        "-message-ink, -success-color",
        "-message-ink, -refusal-color",
        "-message-ink, -error-color",
        "-message-ink, -yes-color",
        "-message-ink, -cancel-color",
        "-surface, -ink",
    })
    void text_stands_out_from_its_background(String text, String background) {
        // when
        double ratio = contrast(COLOURS.get(text), COLOURS.get(background));

        // then
        assertThat(ratio).as("%s on %s", text, background).isGreaterThanOrEqualTo(WCAG_AA);
    }

    private static double contrast(String first, String second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String hex) {
        assertThat(hex).as("colour defined in board.css").isNotNull();
        int rgb = Integer.parseInt(hex, 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static Map<String, String> colours() {
        try (InputStream in = ContrastTest.class.getResourceAsStream("/se/bricka/kiosk/booking/view/board.css")) {
            assertThat(in).isNotNull();
            Matcher matcher = VARIABLE.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Map<String, String> colours = new HashMap<>();
            while (matcher.find()) {
                colours.putIfAbsent(matcher.group(1), matcher.group(2));
            }
            return colours;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read board.css", e);
        }
    }
}
