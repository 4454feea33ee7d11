package se.bricka.kiosk;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import se.bricka.hw.reader.SimulatedTagReader;
import se.bricka.hw.reader.TagRead;
import se.bricka.hw.reader.TagReader;
import se.bricka.kiosk.backend.BoardBackend;
import se.bricka.kiosk.backend.ChangeSubscription;
import se.bricka.kiosk.backend.HttpBoardBackend;
import se.bricka.kiosk.booking.BoardModel;
import se.bricka.kiosk.booking.BoardSettings;
import se.bricka.kiosk.booking.view.BoardView;
import se.bricka.kiosk.demo.SimulatedReaderWindow;
import se.bricka.kiosk.door.StatusReporter;
import se.bricka.kiosk.fx.ActionQueue;
import se.bricka.kiosk.fx.FxStallWatch;
import se.bricka.kiosk.fx.FxThread;
import se.bricka.kiosk.fx.ScheduledDelays;
import se.bricka.kiosk.i18n.Languages;
import se.bricka.kiosk.i18n.Texts;
import se.bricka.kiosk.maintenance.BoardInstallation;
import se.bricka.kiosk.maintenance.CaretakerEventFile;
import se.bricka.kiosk.maintenance.CaretakerStateFile;
import se.bricka.kiosk.maintenance.DemoDoor;
import se.bricka.kiosk.maintenance.DeviceSettingsFile;
import se.bricka.kiosk.maintenance.DeviceTokenFile;
import se.bricka.kiosk.maintenance.HttpMaintenanceBackend;
import se.bricka.kiosk.maintenance.MaintenanceModel;
import se.bricka.kiosk.maintenance.view.MaintenanceView;
import se.bricka.kiosk.reader.KeyboardWedgeReader;
import se.bricka.kiosk.reader.ReaderChoice;
import se.bricka.kiosk.reader.WedgeKeyFilter;

/**
 * One running board, put together: backend client, model, screen, tag reader and its demo window.
 * The reader and the screen are two views of the one model: the reader calls {@code tagRead}.
 */
public final class Kiosk implements AutoCloseable {

    /** The panel's size: a 10.1" 1280×800 touchscreen. */
    public static final double WIDTH = 1280;

    public static final double HEIGHT = 800;

    /** The languages a tenant can switch the board to. */
    private static final List<String> LANGUAGES = Languages.CODES;

    /** How long the FX thread may not answer before the board counts it as stalled. */
    private static final java.time.Duration FX_STALL_LIMIT = java.time.Duration.ofSeconds(5);

    /** The caretakers' PIN hashes and wrong-PIN counts, in the data folder. */
    private static final String CARETAKER_STATE_FILE = "caretaker-state.json";

    /** The caretaker's screen settings (rooms shown, brightness, large text), in the data folder. */
    private static final String DEVICE_SETTINGS_FILE = "device-settings.json";

    /** Maintenance events not yet stored by the backend, in the data folder. */
    private static final String CARETAKER_EVENTS_FILE = "caretaker-events.json";

    /** The device token the board got at enrollment, in the data folder. */
    private static final String DEVICE_TOKEN_FILE = "device-token";

    private final BoardBackend backend;
    private final ActionQueue queue = new ActionQueue("board-actions");
    private final ScheduledDelays delays = new ScheduledDelays("board-timer");
    private final SimulatedTagReader reader = new SimulatedTagReader("simulated-1");
    private final BoardModel model;
    private final SimulatedReaderWindow readerWindow;
    private final KeyboardWedgeReader wedgeReader;
    private final Optional<TagReader> grabbedReader;
    private final FxStallWatch stallWatch;
    private final HttpMaintenanceBackend maintenanceBackend;
    private final StatusReporter.Running status;
    private final MaintenanceModel maintenance;
    private final Texts maintenanceTexts;
    private final ChangeSubscription maintenanceChanges;
    private final DemoDoor demoDoor;

    private Kiosk(Stage stage, KioskOptions options) {
        Texts texts = Texts.forLanguage(options.language());
        DeviceTokenFile enrolledToken = new DeviceTokenFile(deviceTokenFile(options));
        String deviceToken = deviceToken(options).orElseThrow(() -> new IllegalStateException("not enrolled"));
        backend = new HttpBoardBackend(options.backend(), deviceToken);
        BoardSettings settings = options.resourceId().isPresent()
                ? BoardSettings.defaults().withResource(options.resourceId().getAsLong())
                : BoardSettings.defaults();
        model = new BoardModel(backend, queue, FxThread.executor(), delays, Clock.systemDefaultZone(), settings);
        maintenanceBackend = new HttpMaintenanceBackend(options.backend(), deviceToken);
        status = StatusReporter.startBoard(options.backend(), deviceToken);
        maintenance = new MaintenanceModel(
                maintenanceBackend,
                queue,
                FxThread.executor(),
                Clock.systemDefaultZone(),
                new BoardInstallation(
                        new CaretakerStateFile(options.dataDir().resolve(CARETAKER_STATE_FILE)),
                        enrolledToken,
                        new ProgramExit(options.allowExit()),
                        new DeviceSettingsFile(options.dataDir().resolve(DEVICE_SETTINGS_FILE)),
                        options.backlightDevice(),
                        new CaretakerEventFile(options.dataDir().resolve(CARETAKER_EVENTS_FILE))));
        // The board follows the caretaker's screen settings: the saved ones now, each change at once.
        maintenance.display().settingsProperty().subscribe(chosen -> {
            model.showOnlyRooms(chosen.roomSet());
            model.largeTextByDefault(chosen.largeText());
        });
        maintenanceTexts = texts;
        maintenance.sync().backendAddress(options.backend());
        demoDoor = new DemoDoor(maintenance.doorTest());
        // The backend is asked first: its answer (and loading the HTTP client) overlaps building the
        // screens; what it changes reaches the properties after this constructor, once they are bound.
        model.start();
        maintenance.start();

        stage.setTitle(texts.get("app.title"));
        Scene scene = new Scene(withMaintenance(new BoardView(model, texts)), WIDTH, HEIGHT);
        switchLanguageOf(scene, options.language());
        stage.setScene(scene);
        if (!options.windowed()) {
            stage.setFullScreenExitHint("");
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreen(true);
        }
        stage.show();

        ReaderChoice readerChoice = options.readerChoice();
        wedgeReader = readerChoice.wedgeReader(Clock.systemUTC());
        grabbedReader = readerChoice.grabbedReader(Clock.systemUTC());
        List<TagReader> readers = new ArrayList<>(List.of(reader, wedgeReader));
        grabbedReader.ifPresent(readers::add);
        maintenance.readerCheck().useReaders(readers);
        reader.start(this::tagRead);
        grabbedReader.ifPresent(grabbed -> grabbed.start(this::tagRead));
        // A USB reader that types the UID may be plugged in at any time: its keys go to it, not to buttons.
        // With a grabbed reader its keys never reach the window; this stays as the fallback.
        WedgeKeyFilter.install(scene, wedgeReader);
        wedgeReader.start(this::tagRead);
        stallWatch = new FxStallWatch(FxThread.executor(), System::nanoTime, FX_STALL_LIMIT, model::logOut).start();
        readerWindow = new SimulatedReaderWindow(reader, texts);
        showAfterFirstFrame(scene, () -> readerWindow.show(stage));
        // Joins the board's one push connection: the backend client shares it among its listeners.
        maintenanceChanges = backend.subscribe(maintenance.changeListener());
    }

    /**
     * A read goes to the board unless the caretaker's reader check takes it as its test tap or it is a
     * caretaker's staff tag, which opens the PIN pad for them.
     */
    private void tagRead(TagRead read) {
        if (!maintenance.readerCheck().offer(read) && !maintenance.tagRead(read.uid())) {
            model.tagRead(read.uid());
        }
    }

    /**
     * Runs {@code task} once the board's first frame is laid out: the demo reader's window is a second
     * window to style, lay out and draw, which would otherwise delay the board's first frame.
     */
    private static void showAfterFirstFrame(Scene scene, Runnable task) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(task);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /** Lays the caretakers' maintenance layer, in the board's own language, over a board view. */
    private BoardView withMaintenance(BoardView view) {
        view.getChildren().add(new MaintenanceView(maintenance, maintenanceTexts));
        return view;
    }

    /**
     * Keeps one view per language, all bound to the one model, and shows the one the tenant chose;
     * back on the idle screen the board speaks its own language again.
     */
    private void switchLanguageOf(Scene scene, String ownLanguage) {
        Map<String, BoardView> views = new HashMap<>();
        views.put(ownLanguage, (BoardView) scene.getRoot());
        model.state().languageProperty().subscribe(chosen -> {
            // Built when first chosen: six boards up front would cost memory most visits never use.
            String language = chosen != null && LANGUAGES.contains(chosen) ? chosen : ownLanguage;
            BoardView view = views.computeIfAbsent(
                    language, code -> withMaintenance(new BoardView(model, Texts.forLanguage(code))));
            if (scene.getRoot() != view) {
                scene.setRoot(view);
            }
        });
    }

    /** Where the board keeps the token it got at enrollment. */
    static java.nio.file.Path deviceTokenFile(KioskOptions options) {
        return options.dataDir().resolve(DEVICE_TOKEN_FILE);
    }

    /**
     * The token the board speaks with: the one it got at enrollment beats the configured one (that is
     * what enrollment is for); empty when it has neither, so it is not enrolled.
     */
    static Optional<String> deviceToken(KioskOptions options) {
        Optional<String> enrolled = new DeviceTokenFile(deviceTokenFile(options)).load();
        return enrolled.isPresent() ? enrolled : Optional.ofNullable(options.deviceToken());
    }

    /** Opens the board on {@code stage}. Call on the FX thread. */
    public static Kiosk open(Stage stage, KioskOptions options) {
        return new Kiosk(stage, options);
    }

    /** The board's presentation model. */
    public BoardModel model() {
        return model;
    }

    /** The simulated reader the demo window taps on. */
    public SimulatedTagReader reader() {
        return reader;
    }

    /** The demo window of the simulated reader. */
    public SimulatedReaderWindow readerWindow() {
        return readerWindow;
    }

    /** The queue backend calls run on, so tests can wait for it to drain. */
    public ActionQueue queue() {
        return queue;
    }

    /** The caretakers' maintenance mode. */
    public MaintenanceModel maintenance() {
        return maintenance;
    }

    @Override
    public void close() {
        maintenanceChanges.close();
        status.close();
        demoDoor.close();
        maintenanceBackend.close();
        stallWatch.close();
        grabbedReader.ifPresent(TagReader::close);
        wedgeReader.close();
        readerWindow.close();
        reader.close();
        model.close();
        queue.close();
        delays.close();
        backend.close();
    }
}
