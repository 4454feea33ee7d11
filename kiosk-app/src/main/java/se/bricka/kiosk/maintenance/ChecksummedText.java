package se.bricka.kiosk.maintenance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * A small file of the board's data folder that knows when it is damaged: a {@code crc32c:} line, then
 * the body. Written whole and forced to disk ({@link AtomicFile}); a body that does not match its
 * checksum is refused with the reason, so the caller can fall back to something safe.
 */
final class ChecksummedText {

    private static final String CHECKSUM_PREFIX = "crc32c:";

    private ChecksummedText() {}

    /** Why a file was refused. */
    static final class DamagedException extends Exception {
        private static final long serialVersionUID = 1L;

        DamagedException(String why) {
            super(why);
        }
    }

    /**
     * The body of {@code file}; empty when there is no file.
     *
     * @throws DamagedException when the file cannot be read or its checksum does not match, saying why
     */
    static Optional<String> read(Path file) throws DamagedException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new DamagedException("it cannot be read (" + e.getMessage() + ")");
        }
        int lineEnd = text.indexOf('\n');
        if (!text.startsWith(CHECKSUM_PREFIX) || lineEnd < 0) {
            throw new DamagedException("its first line is not a checksum");
        }
        String body = text.substring(lineEnd + 1);
        if (!text.substring(CHECKSUM_PREFIX.length(), lineEnd).equals(checksum(body))) {
            throw new DamagedException("its checksum does not match");
        }
        return Optional.of(body);
    }

    /** Replaces {@code file} with {@code body} under its checksum, durably, before it returns. */
    static void write(Path file, String body) throws IOException {
        AtomicFile.write(file, (CHECKSUM_PREFIX + checksum(body) + "\n" + body).getBytes(StandardCharsets.UTF_8));
    }

    private static String checksum(String body) {
        CRC32C crc = new CRC32C();
        crc.update(body.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().toHexDigits((int) crc.getValue());
    }
}
