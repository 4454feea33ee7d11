package se.bricka.kiosk.booking.view;

import javafx.scene.layout.Region;

/** Icons drawn by the style sheet (an SVG shape per style class), so no font or image is needed. */
final class Icons {

    private Icons() {}

    /** An icon region with the style classes {@code icon} and {@code iconClass}. */
    static Region icon(String iconClass) {
        Region icon = new Region();
        icon.getStyleClass().addAll("icon", iconClass);
        return icon;
    }
}
