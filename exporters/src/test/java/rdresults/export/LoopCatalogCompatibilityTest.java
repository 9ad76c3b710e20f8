package rdresults.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loop catalog against the reference exporter's output for the bundled sample. */
class LoopCatalogCompatibilityTest {

    @TempDir
    static Path folder;

    private static SampleCopy sample;
    private static JsonNode reference;
    private static ObjectNode byDefault;
    private static ObjectNode solidifiedOnly;

    @BeforeAll
    static void export() {
        sample = SampleCopy.into(folder);
        reference = SampleCopy.expected("loop_catalog.json");
        byDefault = new LoopCatalogExporter(sample.context(), LoopCatalogOptions.DEFAULTS).catalog();
        solidifiedOnly = new LoopCatalogExporter(sample.context(),
                LoopCatalogOptions.DEFAULTS.withSolidifiedOnly(true)).catalog();
    }

    @AfterAll
    static void close() {
        sample.close();
    }

    @Test
    void defaultSelectionMatchesEveryReferenceEntryFieldByField() {
        assertThat(SupersetCheck.problems(reference, byDefault, "loops", LoopCatalogCompatibilityTest::key, List.of()))
                .isEmpty();
    }

    @Test
    void solidifiedOnlyMatchesEveryReferenceEntryFieldByField() {
        assertThat(SupersetCheck.problems(reference, solidifiedOnly, "loops", LoopCatalogCompatibilityTest::key,
                List.of())).isEmpty();
    }

    @Test
    void solidifiedOnlySelectsExactlyTheReferenceLoops() {
        assertThat(keys(solidifiedOnly)).isEqualTo(keys(reference));
    }

    @Test
    void defaultSelectionHasOneEntryPerWorkspaceOfEveryLoopWithAResult() {
        long rows = sample.context().loopWorkspaces().stream().filter(r -> r.loop().hasResult()).count();
        assertThat(byDefault.get("loops")).hasSize((int) rows);
        assertThat(keys(byDefault)).hasSize((int) rows);
    }

    @Test
    void entriesAreSortedByCatalogKey() {
        List<String> keys = new ArrayList<>();
        byDefault.get("loops").forEach(e -> keys.add(String.format("%s/%010d/%s", e.get("task_run_id").asText(),
                e.get("loop_id").asLong(), e.get("workspace_id").asText())));
        assertThat(keys).isSorted();
    }

    @Test
    void gateFlagsAgreeWithMissing() {
        for (JsonNode e : byDefault.get("loops")) {
            assertThat(e.get("gates_passed").asBoolean()).isEqualTo(e.get("missing").isEmpty());
        }
        for (JsonNode e : solidifiedOnly.get("loops")) {
            assertThat(e.get("gates_passed").asBoolean()).isTrue();
        }
    }

    @Test
    void everyStrategyIdNamesAStrategyOfTheStrategyCatalog() {
        Set<String> strategies = new HashSet<>();
        new StrategyCatalogExporter(sample.context()).entries()
                .forEach(s -> strategies.add(s.get("strategy_id").asText()));
        for (JsonNode e : byDefault.get("loops")) {
            assertThat(strategies).contains(e.get("strategy_id").asText());
        }
    }

    private static String key(JsonNode e) {
        return e.path("task_run_id").asText() + "|" + e.path("loop_id").asText() + "|" + e.path("workspace_id").asText();
    }

    private static Set<String> keys(JsonNode catalog) {
        Set<String> keys = new HashSet<>();
        catalog.get("loops").forEach(e -> keys.add(key(e)));
        return keys;
    }
}
