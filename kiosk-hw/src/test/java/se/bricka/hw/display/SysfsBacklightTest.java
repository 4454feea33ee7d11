package se.bricka.hw.display;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SysfsBacklightTest {

    @TempDir
    Path sys;

    @Test
    void a_percentage_becomes_the_share_of_max_brightness_in_the_brightness_file() throws IOException {
        // given
        Path panel = panel("rpi_backlight", "255", "255");

        // when
        SysfsBacklight.at(panel).setPercent(60);

        // then: 60 % of 255, rounded up
        assertThat(Files.readString(panel.resolve("brightness"))).isEqualTo("153");
    }

    @Test
    void the_dimmest_setting_still_lights_a_panel_with_few_steps() throws IOException {
        // given
        Path panel = panel("10-0045", "7", "7");

        // when
        SysfsBacklight.at(panel).setPercent(Backlight.MIN_PERCENT);

        // then
        assertThat(Files.readString(panel.resolve("brightness"))).isEqualTo("1");
    }

    @Test
    void the_first_backlight_by_name_is_used_under_the_class_folder() throws IOException {
        // given
        Path second = panel("b_backlight", "100", "100");
        Path first = panel("a_backlight", "100", "100");

        // when
        SysfsBacklight.firstUnder(sys).setPercent(40);

        // then
        assertThat(Files.readString(first.resolve("brightness"))).isEqualTo("40");
        assertThat(Files.readString(second.resolve("brightness"))).isEqualTo("100");
    }

    @Test
    void no_backlight_under_the_class_folder_is_reported_naming_the_folder() {
        assertThatThrownBy(() ->
                        SysfsBacklight.firstUnder(sys.resolve("backlight")).setPercent(50))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(sys.resolve("backlight").toString());
    }

    @Test
    void a_max_brightness_that_is_not_a_number_is_reported_and_nothing_is_written() throws IOException {
        // given
        Path panel = panel("broken", "lots", "80");

        // when / then
        assertThatThrownBy(() -> SysfsBacklight.at(panel).setPercent(50))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("lots");
        assertThat(Files.readString(panel.resolve("brightness"))).isEqualTo("80");
    }

    @Test
    void a_percentage_outside_the_range_is_refused_and_nothing_is_written() throws IOException {
        // given
        Path panel = panel("rpi_backlight", "255", "200");

        // when / then
        assertThatThrownBy(() -> SysfsBacklight.at(panel).setPercent(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("was 0");
        assertThatThrownBy(() -> SysfsBacklight.at(panel).setPercent(101))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("was 101");
        assertThat(Files.readString(panel.resolve("brightness"))).isEqualTo("200");
    }

    @Test
    void the_simulated_twin_remembers_its_settings_and_can_fail() throws IOException {
        // given
        SimulatedBacklight backlight = new SimulatedBacklight();
        backlight.setPercent(70);

        // when
        backlight.failing(true);

        // then
        assertThatThrownBy(() -> backlight.setPercent(30)).isInstanceOf(IOException.class);
        assertThat(backlight.settings()).containsExactly(70);
    }

    private Path panel(String name, String max, String brightness) throws IOException {
        Path panel = Files.createDirectories(sys.resolve(name));
        Files.writeString(panel.resolve("max_brightness"), max + "\n");
        Files.writeString(panel.resolve("brightness"), brightness);
        return panel;
    }
}
