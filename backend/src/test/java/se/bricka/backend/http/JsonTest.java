package se.bricka.backend.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import se.bricka.core.wire.ChangeEvent;

/** Changes as the backend writes them and reads them back (one node relays them to the others). */
class JsonTest {

    private final ObjectMapper mapper = Json.newMapper();

    @Test
    void a_change_without_a_slot_is_written_without_object_date_or_start_and_read_back() throws Exception {
        // given a change that concerns no slot, holding the record's 0 and filler
        ChangeEvent pins = new ChangeEvent(
                7, ChangeEvent.CARETAKER_PINS_CHANGED, 3, LocalDate.of(2026, 11, 25), LocalTime.of(7, 0));

        // when
        String written = Json.write(mapper, pins);
        ChangeEvent read = mapper.readValue(written, ChangeEvent.class);

        // then
        assertThat(written).isEqualTo("{\"version\":7,\"kind\":\"caretaker-pins-changed\",\"delta\":null}");
        assertThat(read).isEqualTo(new ChangeEvent(7, ChangeEvent.CARETAKER_PINS_CHANGED, 0, null, null));
    }

    @Test
    void a_change_of_a_slot_keeps_object_date_and_start() throws Exception {
        // given
        ChangeEvent booked =
                new ChangeEvent(8, ChangeEvent.BOOKING_CANCELLED, 3, LocalDate.of(2026, 11, 26), LocalTime.of(10, 0));

        // when
        ChangeEvent read = mapper.readValue(Json.write(mapper, booked), ChangeEvent.class);

        // then
        assertThat(read).isEqualTo(booked);
    }
}
