package rdresults.api;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import rdresults.model.testing.TestTrees;

/**
 * A private copy of the sample repository whose registry a test may truncate, overwrite or replace while the service
 * runs. The registry is turned from WAL into a single file (journal mode DELETE), so that what the test does to
 * {@code registry.sqlite} is all there is of it. The service exports the catalogs at start, as in production.
 */
public class ReplaceableRegistryRepository implements QuarkusTestResourceLifecycleManager {

    static final Path ROOT = Path.of("target/replaceable-repo").toAbsolutePath().normalize();
    static final Path REGISTRY = ROOT.resolve("RDagentDB/registry.sqlite");

    @Override
    public Map<String, String> start() {
        TestTrees.delete(ROOT);
        TestTrees.copySample(ROOT);
        singleFile(REGISTRY);
        return Map.of("rdr.repo-root", ROOT.toString(), "rdr.export.on-start", "true");
    }

    /** Checkpoints the registry into its main file and drops the -wal and -shm files. */
    static void singleFile(Path registry) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + registry);
             Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=DELETE");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare " + registry, e);
        }
    }

    @Override
    public void stop() {
        // left under target/ for inspection after a failure
    }
}
