package rdresults.api.console;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import rdresults.model.AtomicFiles;
import rdresults.model.PythonJson;
import rdresults.model.testing.TestTrees;

/** A copy of the bundled sample with its reference catalogs, plus a factor whose name and texts are markup. */
public class ConsoleRepository implements QuarkusTestResourceLifecycleManager {

    static final Path ROOT = Path.of("target/test-repo").toAbsolutePath().normalize();
    static final String HOSTILE = "<script>alert(1)</script>/x";
    static final String HOSTILE_TEXT = "<img src=x onerror=alert(2)> 动量因子";

    @Override
    public Map<String, String> start() {
        try {
            Path catalogs = TestTrees.copySampleWithExpectedCatalogs(ROOT);
            ObjectNode factors = (ObjectNode) PythonJson.parse(
                    Files.readAllBytes(TestTrees.SAMPLE.resolve("expected/factor_catalog.json")), "factors");
            ObjectNode hostile = ((ArrayNode) factors.get("factors")).addObject();
            hostile.put("name", HOSTILE);
            hostile.put("source", "rdagent_generated");
            hostile.put("description_cn", HOSTILE_TEXT);
            hostile.put("formula_hint", "</code><script>alert(3)</script>");
            hostile.putArray("tags").add("rdagent");
            AtomicFiles.writeString(catalogs.resolve("factor_catalog.json"), PythonJson.dumpIndented(factors));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("rdr.repo-root", ROOT.toString());
    }

    @Override
    public void stop() {
        // the copy stays under target/ for inspection after a failure
    }
}
