package se.bricka.kiosk.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.bricka.core.wire.Household;
import se.bricka.kiosk.fx.FxThread;
import se.bricka.kiosk.testing.ManualDelays;

class SessionTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    private final BoardState state = new BoardState(Clock.systemUTC());
    private final Session session = new Session(
            new IdleWatch(state, FxThread.direct(), new ManualDelays(), BoardSettings.DEFAULT_IDLE_TIMEOUT, () -> {}));
    private final Visit visit = new Visit("hash", new Household(7, "1102"), MONDAY);

    @Test
    void a_begun_visit_is_current_until_it_ends() {
        // when
        session.begin(visit);

        // then
        assertThat(session.current()).isEqualTo(visit);
        session.end();
        assertThat(session.current()).isNull();
    }

    @Test
    void an_answer_taken_before_the_watchdog_gave_up_is_known_as_abandoned() {
        // given
        session.begin(visit);
        long ticket = session.ticket();

        // when
        session.abandon();

        // then
        assertThat(session.abandonedSince(ticket)).isTrue();
        assertThat(session.abandonedSince(session.ticket())).isFalse();
        assertThat(session.current()).isNull();
    }

    @Test
    void moving_to_another_week_keeps_the_household() {
        // given
        session.begin(visit);

        // when
        session.move(visit.withWeek(MONDAY.plusWeeks(1)));

        // then
        assertThat(session.current().household()).isEqualTo(visit.household());
        assertThat(session.current().weekStart()).isEqualTo(MONDAY.plusWeeks(1));
    }
}
