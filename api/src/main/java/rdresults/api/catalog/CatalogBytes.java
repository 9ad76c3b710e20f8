package rdresults.api.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * The bytes of one catalog generation, kept in spool files: the body as sent, its gzip form, and each entry as
 * compact JSON (in catalog-key order, read back with positional reads when a page is assembled). Reference-counted:
 * the store holds one reference while the generation is current, and every response or page that reads the files
 * holds one until it is done; the last release deletes the files at once, so a reload needs room for one extra
 * generation and never waits for a garbage collection to free the previous one.
 */
public final class CatalogBytes {

    private static final Logger LOG = Logger.getLogger(CatalogBytes.class);

    private final Path body;
    private final Path gzipBody;
    private final Path entryFile;
    private final FileChannel entries;
    private final long[] offsets;
    private final int[] lengths;
    private final AtomicInteger references = new AtomicInteger(1);

    CatalogBytes(Path body, Path gzipBody, Path entryFile, long[] offsets, int[] lengths) throws IOException {
        this.body = body;
        this.gzipBody = gzipBody;
        this.entryFile = entryFile;
        this.entries = FileChannel.open(entryFile, StandardOpenOption.READ);
        this.offsets = offsets;
        this.lengths = lengths;
    }

    /** The body as sent without compression. Valid while a reference is held. */
    public Path body() {
        return body;
    }

    /** The body's gzip form. Valid while a reference is held. */
    public Path gzipBody() {
        return gzipBody;
    }

    /** The file of the compact entries. Valid while a reference is held. */
    Path entryFile() {
        return entryFile;
    }

    /** Where entry {@code i} starts in {@link #entryFile()}. */
    long offset(int i) {
        return offsets[i];
    }

    /** How many bytes entry {@code i} takes in {@link #entryFile()}. */
    int length(int i) {
        return lengths[i];
    }

    public int entryCount() {
        return offsets.length;
    }

    /** Entry {@code i} (in catalog-key order) as compact JSON. Valid while a reference is held. */
    public byte[] entry(int i) {
        byte[] out = new byte[lengths[i]];
        ByteBuffer target = ByteBuffer.wrap(out);
        try {
            while (target.hasRemaining()) {
                if (entries.read(target, offsets[i] + target.position()) < 0) {
                    throw new IOException("unexpected end of " + entryFile);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("catalog spool file unreadable: " + entryFile, e);
        }
        return out;
    }

    /** Takes a reference; false when the files are already gone (the generation was replaced and released). */
    public boolean retain() {
        while (true) {
            int n = references.get();
            if (n == 0) {
                return false;
            }
            if (references.compareAndSet(n, n + 1)) {
                return true;
            }
        }
    }

    /** Drops a reference; the last one deletes the files. */
    public void release() {
        int left = references.decrementAndGet();
        if (left == 0) {
            delete();
        } else if (left < 0) {
            throw new IllegalStateException("catalog bytes released more often than retained: " + body);
        }
    }

    /** Whether the files still exist (some reference is held). */
    public boolean isLive() {
        return references.get() > 0;
    }

    private void delete() {
        try {
            entries.close();
        } catch (IOException e) {
            LOG.warnf("cannot close %s: %s", entryFile, e.getMessage());
        }
        for (Path p : new Path[] {body, gzipBody, entryFile}) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                LOG.warnf("cannot delete %s: %s", p, e.getMessage());
            }
        }
    }
}
