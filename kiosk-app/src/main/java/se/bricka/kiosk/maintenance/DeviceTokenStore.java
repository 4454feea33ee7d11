package se.bricka.kiosk.maintenance;

import java.util.Optional;

/** Where a panel keeps the device token it got at enrollment. */
public interface DeviceTokenStore {

    /** Keeps nothing: for tests and boards without a data folder. */
    DeviceTokenStore NONE = new DeviceTokenStore() {
        @Override
        public Optional<String> load() {
            return Optional.empty();
        }

        @Override
        public void save(String token) {}
    };

    /** The token saved at the latest enrollment, if any. */
    Optional<String> load();

    /** Keeps {@code token}, durably, before it returns. */
    void save(String token);
}
