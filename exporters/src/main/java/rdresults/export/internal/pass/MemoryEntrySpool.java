package rdresults.export.internal.pass;

import java.util.ArrayList;
import java.util.List;

/** Entries kept in memory, for exports that return whole documents anyway. */
final class MemoryEntrySpool implements EntrySpool {

    private final List<byte[]> entries = new ArrayList<>();

    @Override
    public int add(byte[] entry) {
        entries.add(entry);
        return entries.size() - 1;
    }

    @Override
    public byte[] read(int id) {
        return entries.get(id);
    }

    @Override
    public void close() {
        entries.clear();
    }
}
