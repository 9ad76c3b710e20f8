package rdresults.cli.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import rdresults.sync.testing.FakeResultsApi;

/**
 * What a {@code rdr sync} test needs: the sync library's in-process fake API serving copies of the sample's
 * expected catalogs (ETags, 304, loop pages; no factor package, so versions are absent), and a SQLite database
 * path in the test's folder.
 */
final class SyncFixture implements AutoCloseable {

    final Path dir;
    final Path catalogs;
    final FakeResultsApi api;

    private SyncFixture(Path dir, Path catalogs, FakeResultsApi api) {
        this.dir = dir;
        this.catalogs = catalogs;
        this.api = api;
    }

    static SyncFixture start(Path dir) {
        try {
            Path catalogs = Files.createDirectories(dir.resolve("catalogs"));
            FakeResultsApi.copySample(catalogs);
            return new SyncFixture(dir, catalogs, FakeResultsApi.start(catalogs));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String apiUrl() {
        return api.uri().toString();
    }

    Path dbFile() {
        return dir.resolve("sync/aistock_sync.sqlite");
    }

    String dbUrl() {
        return "jdbc:sqlite:" + dbFile();
    }

    /** An API URL on a loopback port nobody listens on (connections are refused at once). */
    static String closedPortUrl() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        api.close();
    }
}
