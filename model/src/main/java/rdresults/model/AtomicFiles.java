package rdresults.model;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes files so that a reader sees either the old content or the new, never half: the bytes go to a temporary
 * file in the target's folder, are forced to disk, and the temporary file is renamed over the target.
 */
public final class AtomicFiles {

    /** Large enough that streamed content reaches the channel in few system calls. */
    private static final int BUFFER_BYTES = 1 << 16;

    private AtomicFiles() {
    }

    /** Writes {@code text} as UTF-8. */
    public static void writeString(Path target, String text) {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Produces a file's content by writing to a stream; the stream must not be closed by the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code bytes} to {@code target}, creating missing parent folders.
     *
     * @throws UncheckedIOException naming the target when the folder is not writable or the disk is full; the
     *                              target is then unchanged
     */
    public static void write(Path target, byte[] bytes) {
        write(target, out -> out.write(bytes));
    }

    /**
     * As {@link #write(Path, byte[])} with the bytes streamed from {@code content}, so a large file never has to
     * be held in memory whole. An exception thrown by {@code content} leaves the target unchanged too.
     */
    public static void write(Path target, Content content) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
            readableLikeANormalFile(tmp, absolute);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), BUFFER_BYTES);
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
            move(tmp, absolute);
        } catch (IOException e) {
            UncheckedIOException failure = new UncheckedIOException("cannot write " + absolute + ": " + e, e);
            deleteLeftover(tmp, failure);
            throw failure;
        } catch (RuntimeException | Error e) {
            deleteLeftover(tmp, e);
            throw e;
        }
    }

    /** The target is untouched after a failure; the temp file is removed, or its removal failure attached. */
    private static void deleteLeftover(Path tmp, Throwable failure) {
        if (tmp == null) {
            return;
        }
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * Temp files are created owner-only; the result must be readable like any file the tools write (the API or a
     * consumer may run as another user), so it takes the replaced file's permissions, else rw-r--r--.
     */
    private static void readableLikeANormalFile(Path tmp, Path target) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> perms = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, perms);
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
