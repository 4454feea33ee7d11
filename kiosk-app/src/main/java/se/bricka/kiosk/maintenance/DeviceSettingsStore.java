package se.bricka.kiosk.maintenance;

/** Where the board keeps its {@link DeviceSettings} across restarts. */
public interface DeviceSettingsStore {

    /** Keeps nothing: every start has the defaults. For tests and boards without a data folder. */
    DeviceSettingsStore NONE = new DeviceSettingsStore() {
        @Override
        public DeviceSettings load() {
            return DeviceSettings.DEFAULTS;
        }

        @Override
        public void save(DeviceSettings settings) {}
    };

    /** The settings saved last; the defaults when none were saved or the saved ones are damaged. */
    DeviceSettings load();

    /**
     * Replaces the saved settings, durably, before it returns.
     *
     * @throws java.io.UncheckedIOException when they cannot be saved; the saved ones stay as they were
     */
    void save(DeviceSettings settings);
}
