package se.bricka.hw.display;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A backlight with no hardware, for desktops and tests: it remembers every setting, and can be made to fail. */
public final class SimulatedBacklight implements Backlight {

    private final List<Integer> settings = new CopyOnWriteArrayList<>();
    private volatile boolean failing;

    @Override
    public void setPercent(int percent) throws IOException {
        Backlight.checked(percent);
        if (failing) {
            throw new IOException("the simulated backlight was told to fail");
        }
        settings.add(percent);
    }

    @Override
    public String describe() {
        return "simulated";
    }

    /** Makes every following {@link #setPercent} fail ({@code true}) or work again. */
    public void failing(boolean fail) {
        failing = fail;
    }

    /** Every brightness set so far, in order. */
    public List<Integer> settings() {
        return List.copyOf(settings);
    }
}
