package rdresults.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CatalogTest {

    @Test
    void eachCatalogNamesItsFileListAndPathAsTheContractDoes() {
        assertThat(Stream.of(Catalog.values()).map(Catalog::fileName)).containsExactly("factor_catalog.json",
                "strategy_catalog.json", "loop_catalog.json", "model_catalog.json", "alpha158_meta.json");
        assertThat(Stream.of(Catalog.values()).map(Catalog::listKey))
                .containsExactly("factors", "strategies", "loops", "models", "factors");
        assertThat(Stream.of(Catalog.values()).map(Catalog::apiPath)).containsExactly(Catalog.ApiPaths.FACTORS,
                Catalog.ApiPaths.STRATEGIES, Catalog.ApiPaths.LOOPS, Catalog.ApiPaths.MODELS,
                Catalog.ApiPaths.ALPHA158);
        assertThat(Catalog.LOOPS.apiPath()).isEqualTo("/catalog/loops");
        assertThat(Catalog.FACTORS.keyFields()).containsExactly("name", "source");
    }

    @Test
    void loopKeysOrderByNumericLoopIdAndKeepEmptyFieldsApart() {
        List<String> keys = Stream.of("{\"task_run_id\": \"t\", \"loop_id\": 10, \"workspace_id\": \"w\"}",
                        "{\"task_run_id\": \"t\", \"loop_id\": 9, \"workspace_id\": \"w\"}")
                .map(CatalogTest::json).map(Catalog.LOOPS::entryKey).sorted().toList();

        assertThat(keys).containsExactly("t\u0000000000000009\u0000w", "t\u0000000000000010\u0000w");
        assertThat(Catalog.FACTORS.entryKey(json("{\"name\": \"\", \"source\": \"s\"}"))).isEqualTo("\u0000s");
        assertThat(Catalog.FACTORS.entryKey(json("{\"name\": \"s\", \"source\": \"\"}"))).isEqualTo("s\u0000");
    }

    private static JsonNode json(String text) {
        return PythonJson.parse(text, "test");
    }
}
