package se.bricka.kiosk.maintenance;

import java.time.Instant;

/** Where the maintenance mode keeps its {@link CaretakerState} across restarts. */
public interface CaretakerStateStore {

    /** Keeps nothing: every start is a first start. For tests and boards without a data folder. */
    CaretakerStateStore NONE = new CaretakerStateStore() {
        @Override
        public CaretakerState load(Instant now) {
            return CaretakerState.empty();
        }

        @Override
        public void save(CaretakerState state) {}
    };

    /**
     * The state saved last; {@link CaretakerState#empty()} when none was ever saved. A damaged save
     * gives a locked pad and no PINs, never an open one.
     */
    CaretakerState load(Instant now);

    /** Replaces the saved state, durably, before it returns. */
    void save(CaretakerState state);
}
