package se.bricka.kiosk.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Renders a scene; writes it to the folder named by {@code -Dbricka.screenshots} when one is given. */
public final class Screenshots {

    private Screenshots() {}

    /** Renders {@code scene}; writes it as {@code fileName} if {@code keep} and a folder is given. */
    public static WritableImage shoot(Scene scene, String fileName, boolean keep) {
        Fx.settle();
        WritableImage image = Fx.call(() -> scene.snapshot(null));
        String folder = System.getProperty("bricka.screenshots", "");
        if (keep && !folder.isBlank()) {
            Path file = Path.of(folder).resolve(fileName);
            try {
                Files.createDirectories(file.getParent());
                ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
            } catch (IOException e) {
                throw new IllegalStateException("cannot write " + file, e);
            }
        }
        return image;
    }
}
