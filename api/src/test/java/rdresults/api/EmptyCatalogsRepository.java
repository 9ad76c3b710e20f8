package rdresults.api;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/** A copy of the sample without any catalog, so the service must export them itself. */
public class EmptyCatalogsRepository implements QuarkusTestResourceLifecycleManager {

    static final Path ROOT = Path.of("target/test-repo-empty").toAbsolutePath().normalize();

    @Override
    public Map<String, String> start() {
        try {
            SampleRepository.deleteTree(ROOT);
            SampleRepository.copyTree(SampleRepository.SAMPLE, ROOT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("rdr.repo-root", ROOT.toString(), "rdr.export.on-start", "true");
    }

    @Override
    public void stop() {
        // left for inspection
    }
}
