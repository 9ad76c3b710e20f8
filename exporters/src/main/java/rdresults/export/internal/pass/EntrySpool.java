package rdresults.export.internal.pass;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * Holds serialised catalog entries between the workspace pass that builds them and the writer that streams them
 * out in catalog order. A large export keeps its entries in a temporary file ({@link #inTempFile()}), so memory
 * holds only their positions; an export that returns documents keeps them in memory ({@link #inMemory()}).
 * Entries are added on one thread (a pass's recording steps), then may be read on several at once (the
 * catalogs are written in parallel); closing removes the temporary file.
 */
public interface EntrySpool extends AutoCloseable {

    /** A spool in a new file under {@code java.io.tmpdir}, deleted on close. */
    static EntrySpool inTempFile() {
        return FileEntrySpool.create();
    }

    static EntrySpool inMemory() {
        return new MemoryEntrySpool();
    }

    /** Stores one entry and returns its id (0, 1, 2, ... in the order added). */
    int add(byte[] entry);

    /** The entry stored under {@code id}. */
    byte[] read(int id);

    /** The entries under {@code ids}, in that order, each read when the writer gets to it. */
    default List<byte[]> list(int[] ids) {
        int[] copy = ids.clone();
        return new Entries(this, copy);
    }

    @Override
    void close();

    /** A read-through view, so writing a catalog never holds all its entries at once. */
    final class Entries extends AbstractList<byte[]> implements RandomAccess {
        private final EntrySpool spool;
        private final int[] ids;

        private Entries(EntrySpool spool, int[] ids) {
            this.spool = spool;
            this.ids = ids;
        }

        @Override
        public byte[] get(int index) {
            return spool.read(ids[index]);
        }

        @Override
        public int size() {
            return ids.length;
        }
    }
}
