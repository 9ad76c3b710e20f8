package rdresults.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Registry pages are built once per state of the registry files and again after any change to them. */
class RegistryPageCacheTest {

    @TempDir
    Path dir;

    @Test
    void aRegistryAtRestIsReadOncePerPageAndAChangedOneAgain() throws IOException {
        Path db = dir.resolve("registry.sqlite");
        Files.writeString(db, "state 1");
        Path wal = dir.resolve("registry.sqlite-wal");
        Files.writeString(wal, "wal 1");
        // last modified an hour ago: no commit can share the modification tick of pages built now
        settle(db);
        settle(wal);
        RegistryPageCache cache = new RegistryPageCache(new RegistryAccess(db));
        AtomicInteger builds = new AtomicInteger();

        assertFalse(cache.isCached("/loops?limit=1"));
        byte[] first = cache.get("/loops?limit=1", () -> page(builds)).body();
        assertTrue(cache.isCached("/loops?limit=1"));
        assertArrayEquals(first, cache.get("/loops?limit=1", () -> page(builds)).body());
        assertEquals(1, builds.get());

        Files.writeString(wal, "!", StandardOpenOption.APPEND); // a commit
        assertFalse(cache.isCached("/loops?limit=1"));
        assertEquals("page 2", new String(cache.get("/loops?limit=1", () -> page(builds)).body(),
                StandardCharsets.UTF_8));

        Files.delete(wal); // a checkpoint that removes the WAL
        assertFalse(cache.isCached("/loops?limit=1"));
        cache.get("/loops?limit=1", () -> page(builds));
        assertEquals(3, builds.get());
    }

    private static byte[] page(AtomicInteger builds) {
        return ("page " + builds.incrementAndGet()).getBytes(StandardCharsets.UTF_8);
    }

    private static void settle(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(3600)));
    }
}
