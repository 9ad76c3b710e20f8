package rdresults.api;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import rdresults.registry.NotARegistryException;
import rdresults.registry.RegistryException;
import rdresults.registry.RegistryNotFoundException;
import rdresults.registry.RegistryUnavailableException;

/**
 * What the registry file is right now, read from its attributes and its 100-byte SQLite header: one stat and one
 * small read, cheap enough for every request and every readiness probe. It tells a file that was replaced (another
 * file key: a rename over it) or whose schema changed (the header's schema cookie) from the one the pooled
 * connections were opened on, one overwritten in place (the same file key, another change counter: {@code cp other
 * registry.sqlite}, or a commit by a writer in rollback-journal mode), and finds a file truncated, emptied or overwritten with something that is not a
 * SQLite database before a query stumbles on it.
 *
 * @param fileKey      the file system's identity of the file (device and inode on Linux)
 * @param schemaCookie  the header's schema cookie, changed by SQLite at every schema change
 * @param changeCounter the header's file change counter, changed by every write to the main file (in WAL mode only
 *                      at checkpoints)
 */
record RegistryFile(Object fileKey, int schemaCookie, int changeCounter) {

    private static final int HEADER_BYTES = 100;
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /**
     * Reads the registry file's identity.
     *
     * @throws RegistryNotFoundException    no such file
     * @throws NotARegistryException        a folder, a file shorter than its header says (truncated), or one that
     *                                      is not a SQLite database
     * @throws RegistryUnavailableException the file cannot be read now
     */
    static RegistryFile read(Path path) {
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                throw new NotARegistryException(path, "registry path is not a file");
            }
            ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
            while (header.hasRemaining() && ch.read(header) >= 0) {
                // a short read returns what there is; the loop ends at the end of the file
            }
            if (header.position() < HEADER_BYTES) {
                throw new NotARegistryException(path, "registry file is empty or truncated (" + header.position()
                        + " bytes)");
            }
            if (!header.slice(0, MAGIC.length).equals(ByteBuffer.wrap(MAGIC))) {
                throw new NotARegistryException(path, "not a SQLite database (or corrupt)");
            }
            checkSize(path, header, attributes.size());
            return new RegistryFile(Objects.requireNonNullElse(attributes.fileKey(), path), header.getInt(40),
                    header.getInt(24));
        } catch (NoSuchFileException e) {
            throw new RegistryNotFoundException(path);
        } catch (IOException e) {
            if (Files.isDirectory(path)) {
                throw new NotARegistryException(path, "registry path is not a file");
            }
            throw new RegistryUnavailableException(path, "cannot read registry " + path + ": " + e, e);
        }
    }

    /** Whether this is another file than {@code other}, or the same file with another schema. */
    boolean isReplacementOf(RegistryFile other) {
        return !fileKey.equals(other.fileKey) || schemaCookie != other.schemaCookie;
    }

    /**
     * The header's page count times the page size is the database's size when the count is valid (its "valid
     * for" number equals the change counter); a shorter file lost pages.
     */
    private static void checkSize(Path path, ByteBuffer header, long actualSize) {
        int pageSizeField = Short.toUnsignedInt(header.getShort(16));
        long pageSize = pageSizeField == 1 ? 65_536 : pageSizeField;
        long pageCount = Integer.toUnsignedLong(header.getInt(28));
        boolean countValid = header.getInt(92) == header.getInt(24) && pageCount > 0;
        if (countValid && actualSize < pageCount * pageSize) {
            throw new NotARegistryException(path, "registry file is truncated (" + actualSize + " of "
                    + pageCount * pageSize + " bytes)");
        }
    }
}
