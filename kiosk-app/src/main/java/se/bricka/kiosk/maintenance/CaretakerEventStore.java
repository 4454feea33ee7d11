package se.bricka.kiosk.maintenance;

import java.util.List;
import se.bricka.core.wire.CaretakerEventReport;

/** Where the maintenance events waiting for the backend are kept, so that a restart loses none. */
public interface CaretakerEventStore {

    /** Keeps nothing across a restart: for tests and boards without a data folder. */
    CaretakerEventStore NONE = new CaretakerEventStore() {
        @Override
        public List<CaretakerEventReport> load() {
            return List.of();
        }

        @Override
        public void save(List<CaretakerEventReport> waiting) {}
    };

    /** The events saved last, oldest first; none when nothing was saved or the save is damaged. */
    List<CaretakerEventReport> load();

    /**
     * Replaces the saved events, durably, before it returns.
     *
     * @throws java.io.UncheckedIOException when they cannot be saved
     */
    void save(List<CaretakerEventReport> waiting);
}
