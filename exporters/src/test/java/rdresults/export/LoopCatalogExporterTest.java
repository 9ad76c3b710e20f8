package rdresults.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loop catalog behaviour on private copies of the sample. */
class LoopCatalogExporterTest {

    private static final LoopCatalogOptions SOLIDIFIED = LoopCatalogOptions.DEFAULTS.withSolidifiedOnly(true);
    /** acb957…/5: solidified, every gate passed, root model.pkl plus one MLflow run. */
    private static final String WS_LOOP5 = "278779405f0e441fb8e951e9b6f1a1ef";
    /** acb957…/4: solidified, every gate passed. */
    private static final String WS_LOOP4 = "3db2649c9ebb424f99929b1d5373bec8";
    /** 7daba6…/3: solidified; its only weights are a root model.pkl. */
    private static final String WS_ROOT_MODEL_ONLY = "58b70e8668ad4960a03dfdbf0792f39d";
    /** 7daba6…/1: its only weights are an MLflow params.pkl. */
    private static final String WS_MLRUNS_ONLY = "b1058521ce15472fb568973a73a8ee2a";
    /** 7daba6…/0: solidified. */
    private static final String WS_LOOP0 = "8dc9ae336f6b404bae28df66d92a7fc2";

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
    void feedbackWithUtf8BomIsRead() {
        sample.write(WS_LOOP5, "feedback.json", "\uFEFF{\"decision\": true, \"summary\": {\"execution\": \"ran\","
                + " \"value_feedback\": \"好\", \"shape_feedback\": \"ok\"}}");

        JsonNode e = entry(export(LoopCatalogOptions.DEFAULTS), WS_LOOP5).orElseThrow();

        assertThat(e.get("decision").asBoolean()).isTrue();
        assertThat(e.get("summary_texts").get("execution").asText()).isEqualTo("ran");
        assertThat(e.get("summary_texts").get("value_feedback").asText()).isEqualTo("好");
        assertThat(e.get("summary_texts").get("shape_feedback").asText()).isEqualTo("ok");
    }

    @Test
    void nanMetricsAreWrittenAsNullInStrictJson() throws IOException {
        String perf = read(WS_LOOP5, "factor_perf.json")
                .replace("\"IC\": 0.031635210829842074", "\"IC\": NaN")
                .replace("\"sharpe\": 5.044385105542973", "\"sharpe\": Infinity");
        sample.write(WS_LOOP5, "factor_perf.json", perf);
        Path out = folder.resolve("out/loop_catalog.json");

        new LoopCatalogExporter(sample.context(), LoopCatalogOptions.DEFAULTS).export(out);

        JsonNode strict = new ObjectMapper().readTree(Files.readString(out));
        JsonNode e = entry(strict, WS_LOOP5).orElseThrow();
        assertThat(e.get("ic").isNull()).isTrue();
        assertThat(e.get("metrics").get("IC").isNull()).isTrue();
        assertThat(e.get("sharpe").isNull()).isTrue();
        assertThat(e.get("ic_ir").asDouble()).isEqualTo(0.22262088144527356);
    }

    @Test
    void loopsStoredWithWindowsPathsArePresent() {
        String tail = "git_ignore_folder\\RD-Agent_workspace\\";
        sample.update("UPDATE workspaces SET workspace_path = ? WHERE workspace_id = ?",
                "F:\\Dev\\RD-Agent-main\\" + tail + WS_LOOP5, WS_LOOP5);
        sample.update("UPDATE workspaces SET workspace_path = ? WHERE workspace_id = ?",
                "f:/Dev/RD-Agent-main/git_ignore_folder/RD-Agent_workspace/" + WS_LOOP4, WS_LOOP4);

        JsonNode catalog = export(SOLIDIFIED);

        JsonNode windows = entry(catalog, WS_LOOP5).orElseThrow();
        assertThat(windows.get("workspace_path").asText()).isEqualTo("F:\\Dev\\RD-Agent-main\\" + tail + WS_LOOP5);
        assertThat(windows.get("gates_passed").asBoolean()).isTrue();
        assertThat(windows.get("strategy_id").asText()).isEqualTo("e7aaa9e48b485037a42fb50104174b05");
        JsonNode forwardSlashes = entry(catalog, WS_LOOP4).orElseThrow();
        assertThat(forwardSlashes.get("gates_passed").asBoolean()).isTrue();
    }

    @Test
    void limitCountsEntriesAfterSelection() {
        // the reference applied LIMIT 3 before its gates: the three latest solidified rows all fail a gate, so it
        // exported nothing; here the three latest rows that pass are kept
        JsonNode limited = export(SOLIDIFIED.withLimit(3));

        assertThat(keys(limited)).containsExactly(
                "acb957e44adf4ba493fca15ceb2b3578/3/64f72d16e13e40939bd61c9fe2103942",
                "acb957e44adf4ba493fca15ceb2b3578/4/3db2649c9ebb424f99929b1d5373bec8",
                "acb957e44adf4ba493fca15ceb2b3578/5/278779405f0e441fb8e951e9b6f1a1ef");
    }

    @Test
    void limitKeepsTheMostRecentlyStartedEntriesOfTheDefaultSelection() {
        JsonNode limited = export(LoopCatalogOptions.DEFAULTS.withLimit(4));

        assertThat(keys(limited)).containsExactly(
                "51963583cbd94de8919cae1dea88a8fd/5/053e3d65725b44b58f20167fdec73a2d",
                "51963583cbd94de8919cae1dea88a8fd/5/26c2da626aab45fbbafc50ce7eee122e",
                "51963583cbd94de8919cae1dea88a8fd/6/921839ad5151471aa3a172c7b0dec07a",
                "51963583cbd94de8919cae1dea88a8fd/6/a1e179d4a867426da70eb5fb531069f6");
    }

    @Test
    void missingModelFileIsFlaggedByDefaultAndDroppedWhenSolidifiedOnly() {
        sample.delete(WS_ROOT_MODEL_ONLY, "model.pkl");

        JsonNode flagged = entry(export(LoopCatalogOptions.DEFAULTS), WS_ROOT_MODEL_ONLY).orElseThrow();
        assertThat(texts(flagged.get("missing"))).containsExactly("model_file");
        assertThat(flagged.get("gates_passed").asBoolean()).isFalse();
        assertThat(flagged.get("paths").has("model_files")).isFalse();
        assertThat(flagged.get("model_file_paths")).isEmpty();

        assertThat(entry(export(SOLIDIFIED), WS_ROOT_MODEL_ONLY)).isEmpty();
    }

    @Test
    void unresolvableWorkspaceIsFlaggedByDefaultAndDroppedWhenSolidifiedOnly() {
        sample.update("UPDATE workspaces SET workspace_path = ? WHERE workspace_id = ?",
                "/mnt/z/elsewhere/" + WS_LOOP0, WS_LOOP0);

        JsonNode e = entry(export(LoopCatalogOptions.DEFAULTS), WS_LOOP0).orElseThrow();
        assertThat(texts(e.get("missing"))).containsExactly("workspace_dir");
        assertThat(e.get("strategy_id").isNull()).isTrue();
        assertThat(e.get("factor_names")).isEmpty();
        assertThat(e.get("metrics")).isEmpty();
        assertThat(e.get("is_solidified").asBoolean()).isTrue();
        assertThat(sample.warnings().count()).isPositive();

        assertThat(entry(export(SOLIDIFIED), WS_LOOP0)).isEmpty();
    }

    @Test
    void modelFilePathsKeepTheMlrunsLocation() {
        JsonNode e = entry(export(LoopCatalogOptions.DEFAULTS), WS_MLRUNS_ONLY).orElseThrow();

        assertThat(texts(e.get("paths").get("model_files"))).containsExactly("params.pkl");
        assertThat(texts(e.get("model_file_paths")))
                .containsExactly("mlruns/1/781b4839d5744b7784684a8a26fdb59f/artifacts/params.pkl");
        assertThat(e.get("model_run_id").asText()).isEqualTo("781b4839d5744b7784684a8a26fdb59f");
    }

    @Test
    void modelRunIdIsTheNewestMlflowRun() {
        sample.write(WS_LOOP5, "mlruns/1/00000000000000000000000000000new/meta.yaml",
                "run_id: 00000000000000000000000000000new\nstart_time: 1900000000000\nend_time: 1900000001000\n");
        sample.write(WS_LOOP5, "mlruns/1/ffffffffffffffffffffffffffff0old/meta.yaml",
                "run_id: ffffffffffffffffffffffffffff0old\nstart_time: 1000\nend_time: 2000\n");

        JsonNode e = entry(export(LoopCatalogOptions.DEFAULTS), WS_LOOP5).orElseThrow();

        assertThat(e.get("model_run_id").asText()).isEqualTo("00000000000000000000000000000new");
    }

    @Test
    void entriesCarryTheLoopsRegistryTimes() {
        sample.update("UPDATE loops SET updated_at_utc = NULL, ended_at_utc = '2025-10-14T00:00:00+00:00'"
                + " WHERE loop_id = 5");
        JsonNode e = entry(export(LoopCatalogOptions.DEFAULTS), WS_LOOP5).orElseThrow();
        assertThat(e.get("started_at_utc").isTextual()).isTrue();
        assertThat(e.get("updated_at_utc").asText()).isEqualTo("2025-10-14T00:00:00+00:00");
    }

    @Test
    void factorImplVersionIsTheHighestOfTheLoopsFactors() {
        sample.write(WS_LOOP5, "factor_meta.json", "{\"factors\": [{\"name\": \"a\", \"impl_version\": \"20251013\"},"
                + " {\"name\": \"b\", \"impl_version\": \"20260112\"}, {\"name\": \"c\", \"impl_version\": \"9\"},"
                + " {\"name\": \"d\"}]}");

        JsonNode e = entry(export(LoopCatalogOptions.DEFAULTS), WS_LOOP5).orElseThrow();

        assertThat(e.get("factor_impl_version").asText()).isEqualTo("20260112");
    }

    @Test
    void outputIsByteIdenticalAcrossRunsWithAFixedClock() throws IOException {
        Path first = folder.resolve("out/first.json");
        Path second = folder.resolve("out/second.json");

        new LoopCatalogExporter(sample.context(), LoopCatalogOptions.DEFAULTS).export(first);
        new LoopCatalogExporter(sample.context(), LoopCatalogOptions.DEFAULTS).export(second);

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        assertThat(new ObjectMapper().readTree(first.toFile()).get("generated_at_utc").asText())
                .isEqualTo("2026-01-02T03:04:05.123456+00:00");
    }

    @Test
    void invalidFactorPerfSkipsItsPiecesAndIsWarned() {
        sample.write(WS_LOOP5, "factor_perf.json", "{\"combinations\": [");

        JsonNode e = entry(export(LoopCatalogOptions.DEFAULTS), WS_LOOP5).orElseThrow();

        assertThat(texts(e.get("missing"))).containsExactly("factor_names");
        assertThat(e.get("annualized_return").isNull()).isTrue();
        assertThat(e.get("paths").get("factor_perf").asText()).isEqualTo("factor_perf.json");
        assertThat(sample.warnings().examples()).anyMatch(w -> w.contains("factor_perf.json"));
    }

    private JsonNode export(LoopCatalogOptions options) {
        return new LoopCatalogExporter(sample.context(), options).catalog();
    }

    private String read(String workspaceId, String relative) {
        try {
            return Files.readString(sample.workspace(workspaceId).resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<JsonNode> entry(JsonNode catalog, String workspaceId) {
        return StreamSupport.stream(catalog.get("loops").spliterator(), false)
                .filter(e -> e.get("workspace_id").asText().equals(workspaceId))
                .findFirst();
    }

    private static List<String> keys(JsonNode catalog) {
        List<String> keys = new ArrayList<>();
        catalog.get("loops").forEach(e -> keys.add(e.get("task_run_id").asText() + "/" + e.get("loop_id").asText()
                + "/" + e.get("workspace_id").asText()));
        return keys;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
