package rdresults.api;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import rdresults.api.http.PageCache;
import rdresults.api.http.ReadyJson;

/**
 * Registry views already built, kept while the registry is unchanged: a commit changes the WAL file (or, without a
 * WAL, the database file) and a checkpoint or a replaced file changes the other, so the size, modification time and
 * identity of both tell when anything may have changed. Pages are also rebuilt after {@link #MAX_AGE_NANOS}, because
 * the modification time can be as coarse as a few milliseconds: two commits within one tick that leave the WAL the
 * same size would otherwise go unnoticed.
 */
@Singleton
public final class RegistryPageCache {

    private static final long MAX_AGE_NANOS = 1_000_000_000L;

    /** One state of the registry files and the pages built from it. */
    private record Generation(List<Object> stamp, long createdNanos, PageCache pages) {
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

    private Generation generation() {
        List<Object> stamp = List.of(stamp(registry), stamp(wal));
        long now = System.nanoTime();
        Generation g = current;
        if (g == null || !g.stamp().equals(stamp) || now - g.createdNanos() > MAX_AGE_NANOS) {
            g = new Generation(stamp, now, new PageCache());
            current = g;
        }
        return g;
    }

    private static Object stamp(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return List.of(a.size(), a.lastModifiedTime(), Objects.requireNonNullElse(a.fileKey(), ""));
        } catch (IOException e) {
            return "absent";
        }
    }
}
