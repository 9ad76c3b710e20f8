package rdresults.cli.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rdresults.cli.TestConfig;

class SyncDatabaseOptionsTest {

    @TempDir
    Path tmp;

    private static SyncDatabaseOptions options(TestConfig config) {
        return new SyncDatabaseOptions(config);
    }

    @Test
    void defaultIsASqliteFileInTheCurrentDirectory() {
        assertThat(options(TestConfig.none()).url())
                .isEqualTo("jdbc:sqlite:" + Path.of("").toAbsolutePath().resolve("aistock_sync.sqlite"));
    }

    @Test
    void aSqliteDatabaseKeepsTheDriversNativeLibraryInTheCacheFolder() throws IOException {
        Path cache = tmp.resolve("cache");
        SyncDatabaseOptions options = options(TestConfig.withCacheDir(cache.toString()));
        options.url = "jdbc:sqlite:" + tmp.resolve("db.sqlite");
        options.open();
        try (Stream<Path> files = Files.walk(cache)) {
            assertThat(files.filter(Files::isRegularFile)).singleElement().satisfies(f -> {
                assertThat(f.getParent().getFileName().toString()).startsWith("sqlite-jdbc-");
                assertThat(Files.size(f)).isPositive();
            });
        }
        assertThat(System.getProperty("org.sqlite.lib.path")).as("left for no other class loader").isNull();
    }

    @Test
    void aPostgresqlDatabaseNeedsNoNativeLibrary() {
        Path cache = tmp.resolve("cache");
        SyncDatabaseOptions options = options(TestConfig.withCacheDir(cache.toString()));
        options.url = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
        options.open();
        assertThat(cache).doesNotExist();
    }
}
