package rdresults.api;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.Map;
import rdresults.model.testing.TestTrees;

/** A copy of the sample without any catalog, so the service must export them itself. */
public class EmptyCatalogsRepository implements QuarkusTestResourceLifecycleManager {

    static final Path ROOT = Path.of("target/test-repo-empty").toAbsolutePath().normalize();

    @Override
    public Map<String, String> start() {
        TestTrees.delete(ROOT);
        TestTrees.copySample(ROOT);
        return Map.of("rdr.repo-root", ROOT.toString(), "rdr.export.on-start", "true");
    }

    @Override
    public void stop() {
        // left for inspection
    }
}
