package rdresults.export.internal.pass;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import rdresults.export.ExportException;
import rdresults.model.FailureCategory;

/**
 * Entries appended to a temporary file; memory holds one offset per entry. The file is opened
 * {@code DELETE_ON_CLOSE}, which on Unix removes its name at once (the open channel keeps the data), so nothing is
 * left behind even when the process dies; elsewhere it is deleted on close.
 */
final class FileEntrySpool implements EntrySpool {

    private static final int BUFFER_BYTES = 1 << 16;

    private final Path file;
    private final FileChannel channel;
    private final OutputStream out;
    /** offsets[i] is where entry i starts; offsets[size] is the end of the last one. */
    private long[] offsets = new long[1024];
    private int size;
    private boolean unflushed;

    private FileEntrySpool(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
        this.out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER_BYTES);
    }

    static FileEntrySpool create() {
        Path file = null;
        try {
            file = Files.createTempFile("rdr-catalog-entries-", ".tmp");
            return new FileEntrySpool(file, FileChannel.open(file, StandardOpenOption.READ,
                    StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE));
        } catch (IOException e) {
            ExportException failure = new ExportException(FailureCategory.UNAVAILABLE,
                    "cannot create a temporary file for catalog entries"
                    + (file == null ? "" : " " + file) + ": " + e.getMessage(), e);
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException suppressed) {
                    failure.addSuppressed(suppressed);
                }
            }
            throw failure;
        }
    }

    @Override
    public int add(byte[] entry) {
        try {
            out.write(entry);
        } catch (IOException e) {
            throw failure("write to", e);
        }
        unflushed = true;
        if (size + 1 == offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        offsets[size + 1] = offsets[size] + entry.length;
        return size++;
    }

    @Override
    public byte[] read(int id) {
        if (id < 0 || id >= size) {
            throw new IndexOutOfBoundsException("no catalog entry " + id + " of " + size + " in " + file);
        }
        try {
            synchronized (this) {
                // catalogs may be written on several threads, each reading its entries
                if (unflushed) {
                    out.flush();
                    unflushed = false;
                }
            }
            ByteBuffer buffer = ByteBuffer.allocate(Math.toIntExact(offsets[id + 1] - offsets[id]));
            long position = offsets[id];
            while (buffer.hasRemaining()) {
                int n = channel.read(buffer, position + buffer.position());
                if (n < 0) {
                    throw new IOException("file ends before entry " + id);
                }
            }
            return buffer.array();
        } catch (IOException e) {
            throw failure("read from", e);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw failure("remove", e);
        }
    }

    private ExportException failure(String action, IOException e) {
        return new ExportException(FailureCategory.UNAVAILABLE,
                "cannot " + action + " the catalog entry file " + file + ": " + e.getMessage(), e);
    }
}
