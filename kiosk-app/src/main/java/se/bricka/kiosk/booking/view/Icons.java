package se.bricka.kiosk.booking.view;

import javafx.scene.layout.Region;

/** Icons drawn by the style sheet (an SVG shape per style class), so no font or image is needed. */
final class Icons {

    private Icons() {}

    /** Icons that point somewhere, and so turn round in a right-to-left layout. */
    private static final java.util.Set<String> DIRECTIONAL =
            java.util.Set.of("icon-arrow-left", "icon-arrow-right", "icon-logout");

    /**
     * An icon region with the style classes {@code icon} and {@code iconClass}. A check mark, a tag or
     * a clock looks the same in every language; only arrows mirror with the layout.
     */
    static Region icon(String iconClass) {
        Region icon = new Region();
        icon.getStyleClass().addAll("icon", iconClass);
        if (!DIRECTIONAL.contains(iconClass)) {
            icon.setNodeOrientation(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
        }
        return icon;
    }
}
