package rdresults.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import rdresults.api.catalog.CatalogKind;
import rdresults.api.catalog.CatalogStore;
import rdresults.model.AtomicFiles;
import rdresults.model.PythonJson;

@QuarkusTest
@QuarkusTestResource(value = SampleRepository.class, restrictToAnnotatedClass = true)
class CatalogReloadTest {

    private static final ObjectMapper STRICT = new ObjectMapper();

    @Inject
    CatalogStore store;

    @Test
    void catalogReplacedOnDiskWhileRequestsRunIsNeverSeenHalfWritten() throws Exception {
        Path file = SampleRepository.ROOT.resolve("RDagentDB/aistock/model_catalog.json");
        byte[] original = Files.readAllBytes(file);
        ObjectNode doc = (ObjectNode) PythonJson.parse(original, "model_catalog.json");
        int before = doc.path("models").size();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> readers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                readers.add(pool.submit(() -> {
                    int ok = 0;
                    for (int i = 0; i < 50; i++) {
                        String body = given().get("/catalog/models").then().statusCode(200).extract().asString();
                        int n = STRICT.readTree(body).path("models").size();
                        assertThat(n).isIn(before, before - 1);
                        ok++;
                    }
                    return ok;
                }));
            }
            for (int i = 0; i < 10; i++) {
                ObjectNode changed = doc.deepCopy();
                if (i % 2 == 0) {
                    changed.withArray("models").remove(0);
                }
                AtomicFiles.writeString(file, PythonJson.dumpIndented(changed));
                store.reload();
            }
            for (Future<Integer> r : readers) {
                assertThat(r.get()).isEqualTo(50);
            }
        } finally {
            pool.shutdownNow();
            Files.write(file, original);
            store.reload();
        }
    }

    @Test
    void missingCatalogIs503WithTheReason() throws Exception {
        Path file = SampleRepository.ROOT.resolve("RDagentDB/aistock/alpha158_meta.json");
        Path aside = file.resolveSibling("alpha158_meta.json.aside");
        loadedBeforeTheChange(CatalogKind.ALPHA158);
        Files.move(file, aside);
        try {
            store.reload();
            given().get("/alpha158/meta").then().statusCode(503).contentType("application/problem+json")
                    .body("detail", org.hamcrest.Matchers.containsString("alpha158_meta.json not found"));
            given().get("/q/health/ready").then().statusCode(503);
        } finally {
            Files.move(aside, file);
            store.reload();
        }
        given().get("/alpha158/meta").then().statusCode(200);
    }

    @Test
    void corruptCatalogIs503NotA500() throws Exception {
        Path file = SampleRepository.ROOT.resolve("RDagentDB/aistock/strategy_catalog.json");
        byte[] original = Files.readAllBytes(file);
        loadedBeforeTheChange(CatalogKind.STRATEGIES);
        try {
            Files.writeString(file, "{\"strategies\": [ {\"broken\": ");
            store.reload();
            given().get("/catalog/strategies").then().statusCode(503)
                    .body("detail", org.hamcrest.Matchers.containsString("strategy_catalog.json is corrupt"));
        } finally {
            Files.write(file, original);
            store.reload();
        }
    }

    /**
     * Waits for the background preload of {@code kind}: a reload skips a catalog that is still being read, so a
     * preload that read the file before the change would otherwise land after the reload and hide it.
     */
    private void loadedBeforeTheChange(CatalogKind kind) {
        store.get(kind);
    }
}
