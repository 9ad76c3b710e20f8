package rdresults.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rdresults.model.PythonJson;

/** The strategy catalog against the reference exporter's output for the bundled sample. */
class StrategyCatalogCompatibilityTest {

    @TempDir
    static Path folder;

    private static SampleCopy sample;
    private static ObjectNode catalog;

    @BeforeAll
    static void export() {
        sample = SampleCopy.into(folder);
        catalog = new StrategyCatalogExporter(sample.context()).catalog();
    }

    @AfterAll
    static void close() {
        sample.close();
    }

    @Test
    void everyReferenceEntryIsMatchedFieldByField() {
        JsonNode reference = SampleCopy.expected("strategy_catalog.json");
        List<String> problems = SupersetCheck.problems(reference, catalog, "strategies",
                e -> e.path("strategy_id").asText(), List.of());
        assertThat(problems).isEmpty();
    }

    @Test
    void strategyIdsEqualTheReferenceIds() {
        assertThat(ids(catalog)).containsExactlyElementsOf(ids(SampleCopy.expected("strategy_catalog.json")));
    }

    @Test
    void entriesAreSortedByStrategyId() {
        List<String> ids = ids(catalog);
        assertThat(ids).isSortedAccordingTo(PythonJson::compareCodePoints);
    }

    @Test
    void everyEntryCarriesTheSeedExtras() {
        for (JsonNode e : catalog.get("strategies")) {
            assertThat(e.has("model_type")).isTrue();
            for (String f : List.of("train_start", "train_end", "val_start", "val_end", "test_start", "test_end")) {
                assertThat(e.has(f)).as(f).isTrue();
            }
        }
    }

    private static List<String> ids(JsonNode catalog) {
        List<String> ids = new ArrayList<>();
        catalog.get("strategies").forEach(e -> ids.add(e.get("strategy_id").asText()));
        return ids;
    }
}
