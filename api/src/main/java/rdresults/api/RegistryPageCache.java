package rdresults.api;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import rdresults.api.catalog.PageCache;
import rdresults.api.catalog.ReadyJson;

/**
 * Registry views already built, kept while the registry is unchanged: a commit changes the WAL file (or, without a
 * WAL, the database file) and a checkpoint or a replaced file changes the other, so the size, modification time and
 * identity of both tell when anything may have changed. The modification time can be as coarse as a few
 * milliseconds, so two commits within one tick that leave the WAL the same size could go unnoticed: pages built
 * within {@link #SETTLE_MILLIS} of the files' last modification are rebuilt after that long; pages built later
 * stay until the files change (a later commit cannot share their modification tick), so a registry at rest is
 * queried once per view, not once per second.
 */
@Singleton
public final class RegistryPageCache {

    private static final long SETTLE_MILLIS = 1_000L;

    /** The size, modification time (ms) and identity of one file, or absent. */
    private record FileState(long size, long modifiedMillis, Object key) {
        static final FileState ABSENT = new FileState(-1, Long.MIN_VALUE, "absent");
    }

    /** One state of the registry files and the pages built from it. */
    private record Generation(List<FileState> stamp, long createdMillis, boolean settled, PageCache pages) {
        boolean validFor(List<FileState> now, long nowMillis) {
            return stamp.equals(now) && (settled || nowMillis - createdMillis <= SETTLE_MILLIS);
        }
    }

    private final Path registry;
    private final Path wal;
    private volatile Generation current;

    public RegistryPageCache(RegistryAccess registry) {
        this.registry = registry.path();
        this.wal = Path.of(this.registry + "-wal");
    }

    /** The body for {@code key} (path and query of the request), built by {@code build} when not cached. */
    public ReadyJson get(String key, Supplier<byte[]> build) {
        return generation().pages().get(key, build);
    }

    /** Whether the body for {@code key} is cached for the registry as it is now, so answering it reads no rows. */
    public boolean isCached(String key) {
        return generation().pages().contains(key);
    }

    private Generation generation() {
        List<FileState> stamp = List.of(state(registry), state(wal));
        long now = System.currentTimeMillis();
        Generation g = current;
        if (g == null || !g.validFor(stamp, now)) {
            long newest = Math.max(stamp.get(0).modifiedMillis(), stamp.get(1).modifiedMillis());
            g = new Generation(stamp, now, now - newest > SETTLE_MILLIS, new PageCache());
            current = g;
        }
        return g;
    }

    private static FileState state(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileState(a.size(), a.lastModifiedTime().toMillis(),
                    Objects.requireNonNullElse(a.fileKey(), ""));
        } catch (IOException e) {
            return FileState.ABSENT;
        }
    }
}
