package se.bricka.backend.install;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.backend.BackendConfig;
import se.bricka.backend.ConfigException;

/**
 * The tag key a backend generated itself: {@code tag-key} in the data folder, base64 on one line,
 * created owner-only on first start and read on every later one. Several nodes on one PostgreSQL must
 * share it (copy the file or set {@code BRICKA_TAG_KEY}); {@link InstallationCheck} refuses a node with
 * another key.
 */
public final class TagKeyFile {

    /** The file's name in the data folder. */
    public static final String NAME = "tag-key";

    private static final Logger LOG = LoggerFactory.getLogger(TagKeyFile.class);
    private static final int KEY_BYTES = 32;

    private TagKeyFile() {}

    /** The key in {@code dataDir}, generated and stored owner-only when there is none yet. */
    public static byte[] loadOrCreate(Path dataDir) {
        Path file = OwnerOnly.folder(dataDir).resolve(NAME);
        if (Files.exists(file)) {
            return read(file);
        }
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        byte[] line = (Base64.getEncoder().encodeToString(key) + "\n").getBytes(StandardCharsets.US_ASCII);
        try (SeekableByteChannel out = Files.newByteChannel(
                file,
                Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.SYNC),
                OwnerOnly.fileAttributes())) {
            out.write(ByteBuffer.wrap(line));
        } catch (FileAlreadyExistsException e) {
            // Another process of this installation wrote it first: use that one.
            return read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the new tag key in " + file.toAbsolutePath(), e);
        }
        OwnerOnly.file(file);
        LOG.info("generated a new tag key in {} (owner-only; keep a backup: tags are hashed with it)", file);
        return key;
    }

    private static byte[] read(Path file) {
        OwnerOnly.file(file);
        try {
            byte[] key = Base64.getDecoder()
                    .decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (key.length < BackendConfig.MIN_TAG_KEY_BYTES) {
                throw new ConfigException(file + " must hold a base64 key of at least "
                        + BackendConfig.MIN_TAG_KEY_BYTES + " bytes, was " + key.length + " bytes");
            }
            return key;
        } catch (IllegalArgumentException e) {
            if (e instanceof ConfigException config) {
                throw config;
            }
            throw new ConfigException(file + " must hold a base64 tag key, was not base64");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tag key in " + file.toAbsolutePath(), e);
        }
    }
}
