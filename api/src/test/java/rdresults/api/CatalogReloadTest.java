package rdresults.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

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
    void corruptFileAfterAGoodOneKeepsTheGoodOneServedAndMarkedStale() throws Exception {
        Path file = SampleRepository.ROOT.resolve("RDagentDB/aistock/strategy_catalog.json");
        byte[] original = Files.readAllBytes(file);
        loadedBeforeTheChange(CatalogKind.STRATEGIES);
        String good = given().header("Accept-Encoding", "identity").get("/catalog/strategies").then()
                .statusCode(200).header(CatalogResource.STALE_HEADER, nullValue()).extract().asString();
        try {
            Files.writeString(file, "{\"strategies\": [ {\"broken\": ");
            store.reload();
            String served = given().header("Accept-Encoding", "identity").get("/catalog/strategies").then()
                    .statusCode(200).header(CatalogResource.STALE_HEADER, "strategy_catalog.json")
                    .extract().asString();
            assertThat(served).isEqualTo(good);
            given().get("/catalog/strategies?limit=1").then().statusCode(200)
                    .header(CatalogResource.STALE_HEADER, "strategy_catalog.json");
            given().get("/q/health/ready").then().statusCode(200)
                    .body("checks[0].data.'strategy_catalog.json'", containsString("stale: strategy_catalog.json "
                            + "is corrupt"));
        } finally {
            AtomicFiles.writeString(file, new String(original, java.nio.charset.StandardCharsets.UTF_8));
            store.reload();
        }
        given().get("/catalog/strategies").then().statusCode(200).header(CatalogResource.STALE_HEADER, nullValue());
        given().get("/q/health/ready").then()
                .body("checks[0].data.'strategy_catalog.json'", startsWith("loaded ("));
    }

    @Test
    void catalogWhoseEntriesAreNotObjectsIs503OnEveryEndpointBuiltFromIt() throws Exception {
        Path file = SampleRepository.ROOT.resolve("RDagentDB/aistock/factor_catalog.json");
        Path aside = file.resolveSibling("factor_catalog.json.aside");
        loadedBeforeTheChange(CatalogKind.FACTORS);
        Files.move(file, aside);
        try {
            store.reload(); // the good catalog is gone: nothing earlier to fall back on
            Files.writeString(file, "{\"factors\":[1,2,3]}");
            store.reload();
            for (String path : new String[] {"/catalog/factors", "/catalog/factors?limit=1", "/factors/x"}) {
                given().get(path).then().statusCode(503).contentType("application/problem+json")
                        .body("detail", containsString("factor_catalog.json is invalid: entry 1 of 'factors' is "
                                + "number, not an object"));
            }
            given().get("/q/health/ready").then().statusCode(503)
                    .body("checks[0].data.'factor_catalog.json'", containsString("is invalid"));
        } finally {
            Files.move(aside, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            store.reload();
        }
        given().get("/catalog/factors").then().statusCode(200);
    }

    @Test
    void readinessNamesEveryCatalogItWaitedFor() {
        for (CatalogKind kind : CatalogKind.values()) {
            loadedBeforeTheChange(kind);
        }
        var data = given().get("/q/health/ready").then().statusCode(200).extract().jsonPath()
                .getMap("checks[0].data");
        for (CatalogKind kind : CatalogKind.values()) {
            assertThat(data.get(kind.fileName())).as(kind.fileName()).asString().startsWith("loaded (");
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
