package se.bricka.kiosk.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import se.bricka.core.demo.DemoDoors;
import se.bricka.core.demo.DemoEstate;
import se.bricka.core.tag.TagUid;
import se.bricka.hw.reader.SimulatedTagReader;
import se.bricka.kiosk.booking.view.BoardView;
import se.bricka.kiosk.i18n.Texts;

/**
 * A small window titled "Simulated reader" standing in for the reader under the screen: one button
 * per demo tag, by apartment, plus an unknown tag and the blocked one. A button lays its tag on the
 * simulated reader; the board hears it exactly as it would hear real hardware.
 */
public final class SimulatedReaderWindow {

    private static final int COLUMNS = 2;
    private static final double WIDTH = 640;
    private static final double HEIGHT = 640;

    private final SimulatedTagReader reader;
    private final Texts texts;
    private final Stage stage = new Stage();
    private boolean closed;

    /** A window whose buttons tap on {@code reader}, labelled in the language of {@code texts}. */
    public SimulatedReaderWindow(SimulatedTagReader reader, Texts texts) {
        this.reader = reader;
        this.texts = texts;
        stage.setTitle(texts.get("reader.title"));
        Scene scene = new Scene(content(), WIDTH, HEIGHT);
        scene.getStylesheets().add(BoardView.STYLESHEET);
        stage.setScene(scene);
    }

    /** Shows the window beside {@code owner} if the screen has room, else in the bottom right corner. */
    public void show(Window owner) {
        if (closed) {
            return;
        }
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        boolean roomBeside = owner.getX() + owner.getWidth() + WIDTH <= screen.getMaxX();
        stage.setX(roomBeside ? owner.getX() + owner.getWidth() : screen.getMaxX() - WIDTH);
        stage.setY(roomBeside ? owner.getY() : screen.getMaxY() - HEIGHT);
        stage.show();
    }

    /** Closes the window for good (a later {@link #show} does nothing); the reader keeps running. */
    public void close() {
        closed = true;
        stage.close();
    }

    private ScrollPane content() {
        Label hint = new Label(texts.get("reader.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("reader-hint");
        VBox rows = new VBox(hint);
        rows.getStyleClass().add("reader-window");
        Map<String, HBox> byApartment = new LinkedHashMap<>();
        for (DemoEstate.DemoTag tag : DemoEstate.tags()) {
            HBox row = byApartment.computeIfAbsent(tag.apartmentLabel(), this::apartmentRow);
            row.getChildren().add(tagButton(tag));
        }
        GridPane apartments = new GridPane();
        apartments.getStyleClass().add("reader-apartments");
        int index = 0;
        for (HBox row : byApartment.values()) {
            apartments.add(row, index % COLUMNS, index / COLUMNS);
            index++;
        }
        Button unknown = tapButton(DemoEstate.UNKNOWN_TAG, texts.get("reader.unknown"));
        unknown.getStyleClass().add("reader-odd-tag");
        Button caretaker = tapButton(DemoDoors.CARETAKER_TAG, texts.get("reader.caretaker"));
        caretaker.getStyleClass().add("reader-odd-tag");
        rows.getChildren().addAll(apartments, new HBox(unknown, caretaker));
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private HBox apartmentRow(String apartment) {
        Label label = new Label(texts.format("reader.apartment", apartment));
        label.getStyleClass().add("reader-apartment");
        HBox row = new HBox(label);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("reader-row");
        return row;
    }

    private Button tagButton(DemoEstate.DemoTag tag) {
        if (tag.blocked()) {
            Button blocked = tapButton(tag.uid(), texts.format("reader.blocked", Integer.toString(tag.number())));
            blocked.getStyleClass().add("reader-odd-tag");
            return blocked;
        }
        return tapButton(tag.uid(), texts.format("reader.tag", Integer.toString(tag.number())));
    }

    private Button tapButton(TagUid uid, String text) {
        Button button = new Button(text);
        button.setId("tap-" + uid.hex());
        button.getStyleClass().add("reader-tag");
        button.setOnAction(event -> reader.tap(uid));
        return button;
    }
}
