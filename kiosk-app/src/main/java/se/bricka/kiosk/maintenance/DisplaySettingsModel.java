package se.bricka.kiosk.maintenance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.core.wire.DeviceBinding;
import se.bricka.core.wire.ResourceSummary;
import se.bricka.hw.display.Backlight;
import se.bricka.kiosk.fx.ActionQueue;

/**
 * The screen part of the "Device setup" tool: which of the rooms the backend serves this board it
 * shows, the screen brightness, and large text as the default. A change is saved first
 * ({@link DeviceSettingsStore}), recorded under the caretaker, then takes effect: the board follows
 * {@link #settingsProperty()}, the brightness goes to the {@link Backlight}. A backlight that cannot be
 * set is told to the caretaker; the setting is kept for the next start.
 */
public final class DisplaySettingsModel {

    private static final Logger LOG = LoggerFactory.getLogger(DisplaySettingsModel.class);

    /** One press of "brighter" or "dimmer". */
    public static final int BRIGHTNESS_STEP = 10;

    private final MaintenanceModel maintenance;
    private final DeviceSettingsStore store;
    private final Backlight backlight;
    private final ActionQueue queue;
    private final Executor ui;
    private final Supplier<DeviceBinding> binding;
    private final ObjectProperty<DeviceSettings> settings = new SimpleObjectProperty<>();
    private final StringProperty messageKey = new SimpleStringProperty();
    /** The settings asked for last, ahead of the saved ones while a save is on the queue: quick presses add up. */
    private DeviceSettings asked;

    DisplaySettingsModel(
            MaintenanceModel maintenance,
            DeviceSettingsStore store,
            Backlight backlight,
            ActionQueue queue,
            Executor ui,
            Supplier<DeviceBinding> binding) {
        this.maintenance = maintenance;
        this.store = store;
        this.backlight = backlight;
        this.queue = queue;
        this.ui = ui;
        this.binding = binding;
        DeviceSettings saved = store.load();
        settings.set(saved);
        asked = saved;
    }

    // ---- Properties

    /** The settings in force; the board's rooms and default text size follow them. */
    public ReadOnlyObjectProperty<DeviceSettings> settingsProperty() {
        return settings;
    }

    /** The text key of the latest outcome, or {@code null}. */
    public ReadOnlyStringProperty messageKeyProperty() {
        return messageKey;
    }

    /** Where the brightness goes, for the message when it could not be set. */
    public String backlightName() {
        return backlight.describe();
    }

    // ---- Commands

    /** Shows or hides a room the backend serves this board; the last room shown stays. */
    public void toggleRoom(long roomId) {
        maintenance.touched();
        DeviceBinding bound = binding.get();
        if (maintenance.caretaker().isEmpty() || bound == null) {
            return;
        }
        Set<Long> served = bound.resources().stream().map(ResourceSummary::id).collect(Collectors.toSet());
        if (!served.contains(roomId)) {
            return;
        }
        Set<Long> shown = new TreeSet<>(served);
        shown.removeIf(id -> !asked.shows(id));
        if (!shown.remove(roomId)) {
            shown.add(roomId);
        }
        if (shown.isEmpty()) {
            messageKey.set("maintenance.setup.rooms-at-least-one");
            return;
        }
        // Every room served is kept as "all", so a room the backend adds later shows without a visit.
        Set<Long> kept = shown.containsAll(served) ? Set.of() : shown;
        change(asked.withRooms(kept), "rooms shown: " + (kept.isEmpty() ? "all" : kept));
    }

    /** One step brighter, up to full brightness. */
    public void brighter() {
        brightness(Math.min(Backlight.MAX_PERCENT, asked.brightnessPercent() + BRIGHTNESS_STEP));
    }

    /** One step dimmer, down to the dimmest setting offered. */
    public void dimmer() {
        brightness(Math.max(Backlight.MIN_PERCENT, asked.brightnessPercent() - BRIGHTNESS_STEP));
    }

    /** Large text as the board's default after each log-out, or not. */
    public void toggleLargeText() {
        maintenance.touched();
        if (maintenance.caretaker().isEmpty()) {
            return;
        }
        boolean large = !asked.largeText();
        change(asked.withLargeText(large), "large text default " + (large ? "on" : "off"));
    }

    /** Sets the saved brightness at start; a backlight that cannot be set is logged, the board runs on. */
    void applyAtStart() {
        int percent = settings.get().brightnessPercent();
        queue.submit(() -> {
            try {
                backlight.setPercent(percent);
            } catch (IOException e) {
                LOG.warn("screen brightness {} % not set on {}: {}", percent, backlight.describe(), e.getMessage());
            }
        });
    }

    private void brightness(int percent) {
        maintenance.touched();
        if (maintenance.caretaker().isEmpty() || percent == asked.brightnessPercent()) {
            return;
        }
        change(asked.withBrightness(percent), "brightness " + percent + " %");
    }

    private void change(DeviceSettings next, String action) {
        DeviceSettings before = asked;
        asked = next;
        messageKey.set(null);
        queue.submit(() -> {
            try {
                store.save(next);
            } catch (UncheckedIOException e) {
                LOG.error("device settings not saved; nothing changed", e);
                ui.execute(() -> {
                    asked = before;
                    messageKey.set("maintenance.setup.settings-not-saved");
                });
                return;
            }
            maintenance.recordActionOnQueue(action);
            String outcome = "maintenance.setup.settings-saved";
            if (next.brightnessPercent() != before.brightnessPercent()) {
                try {
                    backlight.setPercent(next.brightnessPercent());
                } catch (IOException e) {
                    LOG.warn("screen brightness not set on {}: {}", backlight.describe(), e.getMessage());
                    outcome = "maintenance.setup.brightness-failed";
                }
            }
            String told = outcome;
            ui.execute(() -> {
                settings.set(next);
                messageKey.set(told);
            });
        });
    }
}
