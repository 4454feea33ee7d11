package se.bricka.backend.install;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Folders 0700 and files 0600: the data folder holds the embedded database and the tag key, which
 * nobody but the backend's own user may read. On a file system without POSIX permissions (Windows)
 * the folder's own access list is left as it is.
 */
public final class OwnerOnly {

    /** rwx for the owner only. */
    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    /** rw for the owner only. */
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private static final Logger LOG = LoggerFactory.getLogger(OwnerOnly.class);
    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private OwnerOnly() {}

    /** Creates {@code folder} (and missing parents) owner-only, or makes an existing one owner-only. */
    public static Path folder(Path folder) {
        try {
            if (!POSIX) {
                return Files.createDirectories(folder);
            }
            if (Files.isDirectory(folder)) {
                tighten(folder, FOLDER);
                return folder;
            }
            FileAttribute<Set<PosixFilePermission>> attribute = PosixFilePermissions.asFileAttribute(FOLDER);
            Files.createDirectories(folder, attribute);
            // The process's umask can only take bits away; set exactly what is meant.
            Files.setPosixFilePermissions(folder, FOLDER);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + folder.toAbsolutePath(), e);
        }
    }

    /** Makes an existing file owner-only. */
    public static void file(Path file) {
        if (!POSIX || !Files.isRegularFile(file)) {
            return;
        }
        try {
            tighten(file, FILE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make " + file.toAbsolutePath() + " owner-only", e);
        }
    }

    /** The attribute that creates a file owner-only from the start, or none without POSIX permissions. */
    static FileAttribute<?>[] fileAttributes() {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)} : new FileAttribute<?>[0];
    }

    private static void tighten(Path path, Set<PosixFilePermission> wanted) throws IOException {
        Set<PosixFilePermission> now = Files.getPosixFilePermissions(path);
        if (!now.equals(wanted)) {
            Files.setPosixFilePermissions(path, wanted);
            LOG.info(
                    "{} was {}, now {}",
                    path,
                    PosixFilePermissions.toString(now),
                    PosixFilePermissions.toString(wanted));
        }
    }
}
