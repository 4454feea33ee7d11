package se.bricka.kiosk.backend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.bricka.core.wire.ChangeEvent;

/** The board reads pushed changes as the backend writes them, with or without a slot. */
class WireChangeEventTest {

    @Test
    void a_change_without_a_slot_is_read_with_no_object_and_no_date() throws Exception {
        // when the backend pushes a change that concerns no slot: no resourceId, date or start
        ChangeEvent event = WireJson.mapper()
                .readValue("{\"version\":4,\"kind\":\"caretaker-pins-changed\",\"delta\":null}", ChangeEvent.class);

        // then the board reads it, and it matches no object's week
        assertThat(event.kind()).isEqualTo(ChangeEvent.CARETAKER_PINS_CHANGED);
        assertThat(event.resourceId()).isZero();
        assertThat(event.date()).isNull();
        assertThat(event.concernsSlot()).isFalse();
    }

    @Test
    void a_change_of_a_slot_keeps_its_object_and_date() throws Exception {
        // when
        ChangeEvent event = WireJson.mapper()
                .readValue(
                        "{\"version\":5,\"kind\":\"booking-cancelled\",\"resourceId\":1,\"date\":\"2026-11-26\","
                                + "\"start\":\"10:00:00\",\"delta\":null}",
                        ChangeEvent.class);

        // then
        assertThat(event.resourceId()).isEqualTo(1);
        assertThat(event.date()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(event.concernsSlot()).isTrue();
    }
}
