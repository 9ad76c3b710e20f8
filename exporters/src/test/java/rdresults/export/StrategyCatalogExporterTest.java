package rdresults.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rdresults.model.PythonYaml;

/** Strategy catalog behaviour on private copies of the sample. */
class StrategyCatalogExporterTest {

    /** Representative of strategy a400b329… (7daba6…/3), with strategy_meta.json and model_meta.json. */
    private static final String WS_MODEL = "58b70e8668ad4960a03dfdbf0792f39d";
    private static final String ID_MODEL = "a400b32952ee522ba2c7fc1ce9170081";
    private static final String MODEL_YAML = "conf_baseline_factors_model.yaml";
    /** The coding/model strategy with no templates; the reference's representative is 7daba6…/3. */
    private static final String ID_CODING_MODEL = "65797b0e778254f98de0c127d5f4c1d9";

    @TempDir
    Path folder;

    private SampleCopy sample;

    @BeforeEach
    void copySample() {
        sample = SampleCopy.into(folder.resolve("repo"));
    }

    @AfterEach
    void close() {
        sample.close();
    }

    @Test
    void segmentFieldsEqualTheYamlSegments() throws IOException {
        JsonNode yaml = PythonYaml.load(Files.readString(sample.workspace(WS_MODEL).resolve(MODEL_YAML)), "t");
        JsonNode segments = yaml.at("/task/dataset/kwargs/segments");

        JsonNode e = strategy(export(), ID_MODEL).orElseThrow();

        assertThat(e.get("train_start").asText()).isEqualTo(segments.at("/train/0").asText()).isEqualTo("2018-08-01");
        assertThat(e.get("train_end").asText()).isEqualTo(segments.at("/train/1").asText());
        assertThat(e.get("val_start").asText()).isEqualTo(segments.at("/valid/0").asText());
        assertThat(e.get("val_end").asText()).isEqualTo(segments.at("/valid/1").asText());
        assertThat(e.get("test_start").asText()).isEqualTo(segments.at("/test/0").asText());
        assertThat(e.get("test_end").asText()).isEqualTo(segments.at("/test/1").asText()).isEqualTo("2025-12-01");
    }

    @Test
    void segmentDatetimesKeepTheirDateAndOtherValuesAreNull() throws IOException {
        Path yaml = sample.workspace(WS_MODEL).resolve(MODEL_YAML);
        String text = Files.readString(yaml)
                .replace("train: [2018-08-01, 2022-12-31]", "train: [2018-08-01 09:30:00, '2022-12-31']")
                .replace("valid: [2023-01-01, 2024-06-30]", "valid: [$start]");
        Files.writeString(yaml, text);

        JsonNode e = strategy(export(), ID_MODEL).orElseThrow();

        assertThat(e.get("train_start").asText()).isEqualTo("2018-08-01");
        assertThat(e.get("train_end").asText()).isEqualTo("2022-12-31");
        assertThat(e.get("val_start").isNull()).isTrue();
        assertThat(e.get("val_end").isNull()).isTrue();
        assertThat(e.get("test_start").asText()).isEqualTo("2024-07-01");
    }

    @Test
    void modelTypeIsTheModelBlockClass() {
        JsonNode e = strategy(export(), ID_MODEL).orElseThrow();

        assertThat(e.get("model_type").asText()).isEqualTo(e.get("model_config").get("class").asText())
                .isEqualTo("GeneralPTNN");
    }

    @Test
    void modelTypeFallsBackToModelMeta() {
        JsonNode e = strategy(export(), ID_CODING_MODEL).orElseThrow();

        assertThat(e.has("model_config")).isFalse();
        assertThat(e.get("model_type").asText()).isEqualTo("TCNModel");
        assertThat(e.get("train_start").isNull()).isTrue();
    }

    @Test
    void corruptStrategyMetaGivesAnEmptyImplementationAndAWarning() {
        sample.write(WS_MODEL, "strategy_meta.json", "{\"impl_module\": ");

        JsonNode e = strategy(export(), ID_MODEL).orElseThrow();

        assertThat(e.get("python_implementation").isObject()).isTrue();
        assertThat(e.get("python_implementation")).isEmpty();
        assertThat(sample.warnings().count()).isPositive();
        assertThat(sample.warnings().examples()).anyMatch(w -> w.contains(WS_MODEL + "/strategy_meta.json"));
    }

    @Test
    void strategyMetaThatIsNotAnObjectGivesAnEmptyImplementationAndAWarning() {
        sample.write(WS_MODEL, "strategy_meta.json", "[\"impl_module\"]");

        JsonNode e = strategy(export(), ID_MODEL).orElseThrow();

        assertThat(e.get("python_implementation")).isEmpty();
        assertThat(sample.warnings().examples()).anyMatch(w -> w.contains("not a JSON object"));
    }

    @Test
    void theRowSqliteReturnsFirstToThePythonQueryRepresentsAStrategyWhateverItsTimes() {
        // the Python exporter keeps the first row of its unordered query; times do not enter that choice
        JsonNode before = strategy(export(), ID_CODING_MODEL).orElseThrow().get("workspace_example");
        sample.update("UPDATE loops SET started_at_utc = ? WHERE task_run_id = ? AND loop_id = 0",
                "2025-01-01T00:00:00+00:00", "51963583cbd94de8919cae1dea88a8fd");

        JsonNode after = strategy(export(), ID_CODING_MODEL).orElseThrow().get("workspace_example");

        assertThat(after).isEqualTo(before);
        assertThat(before).isEqualTo(SampleCopy.expected("strategy_catalog.json").get("strategies").findParents(
                "strategy_id").stream().filter(e -> e.get("strategy_id").asText().equals(ID_CODING_MODEL))
                .findFirst().orElseThrow().get("workspace_example"));
    }

    @Test
    void outputIsByteIdenticalAcrossRunsWithAFixedClock() throws IOException {
        Path first = folder.resolve("out/first.json");
        Path second = folder.resolve("out/second.json");

        new StrategyCatalogExporter(sample.context()).export(first);
        new StrategyCatalogExporter(sample.context()).export(second);

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        assertThat(new ObjectMapper().readTree(first.toFile()).get("strategies")).hasSize(21);
    }

    private JsonNode export() {
        return new StrategyCatalogExporter(sample.context()).catalog();
    }

    private static Optional<JsonNode> strategy(JsonNode catalog, String id) {
        return StreamSupport.stream(catalog.get("strategies").spliterator(), false)
                .filter(e -> e.get("strategy_id").asText().equals(id))
                .findFirst();
    }
}
