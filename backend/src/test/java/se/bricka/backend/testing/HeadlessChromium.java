package se.bricka.backend.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven by its chromedriver, with a profile folder of its own that is
 * removed on close: what the browser tests of the staff pages walk in.
 */
public final class HeadlessChromium implements AutoCloseable {

    private final WebDriver driver;
    private final Path profile;

    private HeadlessChromium(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A 1280×900 window; {@code extraArguments} such as {@code --hide-scrollbars} are added. */
    public static HeadlessChromium open(String... extraArguments) {
        try {
            Path profile = Files.createTempDirectory("bricka-chromium-");
            List<String> arguments = new ArrayList<>(List.of(
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--window-size=1280,900",
                    "--user-data-dir=" + profile.toAbsolutePath()));
            arguments.addAll(List.of(extraArguments));
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments(arguments);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                    .usingAnyFreePort()
                    .build();
            WebDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
            return new HeadlessChromium(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a Chromium profile folder", e);
        }
    }

    /** The browser to drive. */
    public WebDriver driver() {
        return driver;
    }

    /** Quits the browser and removes its profile. */
    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the Chromium profile " + profile, e);
        }
    }
}
