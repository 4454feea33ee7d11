package se.bricka.backend.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.bricka.backend.extract.ExtractRepository.StoredCaretakerEvent;
import se.bricka.backend.extract.RegisterExtract.CaretakerEventPart;

class CaretakerEventFilterTest {

    private static final Instant AT = Instant.parse("2026-11-25T08:30:00Z");

    private static List<CaretakerEventPart> naming1102(String... details) {
        List<StoredCaretakerEvent> events = java.util.Arrays.stream(details)
                .map(detail -> new StoredCaretakerEvent(AT, "action", detail))
                .toList();
        return CaretakerEventFilter.naming(events, "1102", Set.of(7L), Set.of("1203", "7"));
    }

    @Test
    void an_event_naming_the_apartment_or_a_closure_of_its_bookings_belongs_to_its_extract() {
        // when
        List<CaretakerEventPart> parts = naming1102(
                "close resource 3 closure 7 until 2026-11-26",
                "cancelled 1102 (2026-11-26 07:00)",
                "close resource 3 closure 8 until 2026-11-26",
                "door test pulse",
                "checked 11020 and 21102");

        // then
        assertThat(parts)
                .extracting(CaretakerEventPart::detail)
                .containsExactly("close resource 3 closure 7 until 2026-11-26", "cancelled 1102 (2026-11-26 07:00)");
    }

    @Test
    void other_apartments_numbers_are_masked_but_not_the_closure_id() {
        // when
        List<CaretakerEventPart> parts = naming1102("closure 7 cancelled 1102 and 1203");

        // then
        assertThat(parts.getFirst().detail()).isEqualTo("closure 7 cancelled 1102 and " + CaretakerEventFilter.MASK);
    }
}
