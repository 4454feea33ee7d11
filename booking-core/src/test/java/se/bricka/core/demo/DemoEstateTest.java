package se.bricka.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.bricka.core.demo.DemoEstate.DemoTag;

class DemoEstateTest {

    @Test
    void the_building_has_24_apartments_with_unique_swedish_numbers() {
        List<String> labels = DemoEstate.apartmentLabels();

        assertThat(labels).hasSize(24).doesNotHaveDuplicates().contains("1001", "1106", "1306");
    }

    @Test
    void every_apartment_has_two_tags_and_every_uid_is_unique() {
        List<DemoTag> tags = DemoEstate.tags();

        assertThat(tags).hasSize(48);
        assertThat(tags).extracting(DemoTag::uid).doesNotHaveDuplicates().doesNotContain(DemoEstate.UNKNOWN_TAG);
        assertThat(tags)
                .filteredOn(tag -> tag.apartmentLabel().equals("1102"))
                .extracting(tag -> tag.uid().hex())
                .containsExactly("11020001", "11020002");
    }

    @Test
    void exactly_one_demo_tag_is_blocked() {
        assertThat(DemoEstate.tags()).filteredOn(DemoTag::blocked).hasSize(1);
    }
}
