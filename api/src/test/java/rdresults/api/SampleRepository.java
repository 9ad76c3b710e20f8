package rdresults.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import rdresults.factorlib.FactorPackage;
import rdresults.model.AtomicFiles;
import rdresults.model.PythonJson;
import rdresults.model.testing.TestTrees;

/**
 * A private copy of the bundled sample repository for the service under test, with catalogs in
 * {@code RDagentDB/aistock}: the reference catalogs, plus one factor whose name needs percent-encoding.
 */
public class SampleRepository implements QuarkusTestResourceLifecycleManager {

    public static final Path SAMPLE = TestTrees.SAMPLE;
    static final Path ROOT = Path.of("target/test-repo").toAbsolutePath().normalize();
    static final String FACTOR_LIB = "rd-factors-lib";
    static final String UNICODE_FACTOR = "动量/因子 Alpha é";

    @Override
    public Map<String, String> start() {
        try {
            Path catalogs = TestTrees.copySampleWithExpectedCatalogs(ROOT);
            // Python writes bare NaN for missing metrics; the service must never pass it on
            String loops = Files.readString(SAMPLE.resolve("expected/loop_catalog.json"));
            Files.writeString(catalogs.resolve("loop_catalog.json"),
                    loops.replaceFirst("\"win_rate\": null", "\"win_rate\": NaN"));
            ObjectNode factors = (ObjectNode) PythonJson.parse(
                    Files.readAllBytes(SAMPLE.resolve("expected/factor_catalog.json")), "factor_catalog.json");
            ObjectNode unicode = ((ArrayNode) factors.get("factors")).addObject();
            unicode.put("name", UNICODE_FACTOR);
            unicode.put("source", "rdagent_generated");
            unicode.put("expression", "Mean($close, 5)");
            unicode.putArray("tags").add("rdagent");
            unicode.put("best_performance", "无回测记录");
            ObjectNode otherSource = ((ArrayNode) factors.get("factors")).addObject();
            otherSource.setAll(unicode.deepCopy());
            otherSource.put("source", "sota");
            AtomicFiles.writeString(catalogs.resolve("factor_catalog.json"), PythonJson.dumpIndented(factors));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FactorPackage.init(ROOT.resolve(FACTOR_LIB));
        return Map.of("rdr.repo-root", ROOT.toString(), "rdr.factor-lib.root", FACTOR_LIB);
    }

    @Override
    public void stop() {
        // the copy stays under target/ for inspection after a failure
    }
}
