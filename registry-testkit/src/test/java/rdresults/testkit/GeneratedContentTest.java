package rdresults.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;
import rdresults.testkit.internal.workspace.Blob;

/** A 3 x 8 registry with the default options has the sample's rows, value domains and files. */
class GeneratedContentTest {

    private static final Pattern ISO = Pattern.compile(
            "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{6})?\\+00:00");
    private static final Pattern HEX32 = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern DASHED_UUID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

    @TempDir
    static Path dir;
    static GeneratedRegistry registry;

    @BeforeAll
    static void generate() {
        registry = SyntheticRegistryGenerator.of(SyntheticRegistryOptions.defaults()).generate(dir.resolve("repo"));
    }

    @Test
    void rowCountsMatchGeneratedBy() {
        JsonNode counts = RegistryTestSupport.generatedBy(registry).get("counts");
        assertThat(count("task_runs")).isEqualTo(3).isEqualTo(counts.get("task_runs").asInt());
        assertThat(count("loops")).isEqualTo(24).isEqualTo(counts.get("loops").asInt());
        assertThat(count("workspaces")).isEqualTo(counts.get("workspaces").asInt()).isGreaterThan(24 * 2);
        assertThat(count("artifacts")).isEqualTo(counts.get("artifacts").asInt()).isPositive();
        assertThat(count("artifact_files")).isEqualTo(counts.get("artifact_files").asInt()).isPositive();
        assertThat(count("factor_registry")).isEqualTo(counts.get("factor_registry").asInt()).isPositive();
        assertThat(rows("SELECT 1 FROM loops WHERE has_result = 1")).hasSize(counts.get("loops_with_result").asInt());
        assertThat(rows("SELECT 1 FROM loops WHERE is_solidified = 1")).hasSize(counts.get("loops_solidified").asInt())
                .isNotEmpty();
    }

    @Test
    void generatedByFollowsTheSampleLayout() {
        JsonNode doc = RegistryTestSupport.generatedBy(registry);
        assertThat(doc.get("generator").asText()).isEqualTo("rdr dev generate");
        assertThat(iterable(doc.fieldNames())).startsWith("generator", "generator_version", "options",
                "stored_root_prefix", "stored_separator", "workspace_root_rel", "alpha158_conf_rel", "counts",
                "edge_cases");
        assertThat(doc.get("options").get("path_style").asText()).isEqualTo("wsl");
        assertThat(doc.get("stored_root_prefix").asText()).isEqualTo("/mnt/f/Dev/RD-Agent-main");
        assertThat(doc.get("edge_cases").size()).isZero();
    }

    @Test
    void loopColumnsStayInTheirValueDomains() {
        for (Map<String, Object> loop : rows("SELECT * FROM loops")) {
            assertThat(loop.get("action")).isIn("factor", "model");
            assertThat(loop.get("status")).isIn("running", "success", "failed");
            assertThat(loop.get("has_result")).isIn(0, 1);
            assertThat(loop.get("materialization_status")).isIn(null, "running", "done", "failed", "pending");
            assertThat((String) loop.get("started_at_utc")).matches(ISO);
            assertThat((String) loop.get("ended_at_utc")).matches(ISO);
            assertThat((String) loop.get("updated_at_utc")).matches(ISO);
            for (String metric : List.of("ic_mean", "rank_ic_mean", "ann_return", "mdd", "turnover", "multi_score",
                    "metrics_json", "best_workspace_id")) {
                assertThat(loop.get(metric)).as(metric).isNull();
            }
            if (loop.get("asset_bundle_id") != null) {
                assertThat((String) loop.get("asset_bundle_id")).matches(DASHED_UUID);
                assertThat(loop.get("is_solidified")).isEqualTo(1);
                assertThat(loop.get("sync_status")).isIn("pending", "synced");
                assertThat(loop.get("has_result")).isEqualTo(1);
            } else {
                assertThat(loop.get("is_solidified")).isNull();
                assertThat(loop.get("sync_status")).isNull();
            }
            if ("failed".equals(loop.get("status"))) {
                assertThat(loop.get("error_type")).isNotNull();
            }
        }
        assertThat(rows("SELECT * FROM task_runs")).allSatisfy(run -> {
            assertThat((String) run.get("task_run_id")).matches(HEX32);
            assertThat(run.get("scenario")).isIn("QuantRDLoop", "FactorRDLoop", "ModelRDLoop");
            assertThat(run.get("params_json")).isEqualTo("{}");
            assertThat((String) run.get("log_trace_path")).startsWith("/mnt/f/Dev/RD-Agent-main/log/");
        });
    }

    @Test
    void workspaceRowsPointAtExistingFolders() {
        List<Map<String, Object>> workspaces = rows("SELECT * FROM workspaces");
        assertThat(workspaces).extracting(w -> w.get("workspace_role"))
                .contains("experiment_workspace", "sub_workspace");
        for (Map<String, Object> w : workspaces) {
            String path = (String) w.get("workspace_path");
            assertThat(path).startsWith("/mnt/f/Dev/RD-Agent-main/git_ignore_folder/RD-Agent_workspace/");
            assertThat(registry.workspaceRoot().resolve(RegistryTestSupport.folderOf(path))).isDirectory();
            assertThat(w.get("workspace_role")).isIn("experiment_workspace", "sub_workspace", "other");
            if (!"other".equals(w.get("workspace_role"))) {
                assertThat(RegistryTestSupport.folderOf(path)).isEqualTo(w.get("workspace_id"));
                assertThat(w.get("status")).isEqualTo("success");
            }
            if (w.get("meta_path") != null) {
                Path folder = registry.workspaceRoot().resolve(RegistryTestSupport.folderOf(path));
                assertThat(folder.resolve("workspace_meta.json")).isRegularFile();
                assertThat(folder.resolve("experiment_summary.json")).isRegularFile();
                assertThat(folder.resolve("manifest.json")).isRegularFile();
            }
        }
    }

    @Test
    void everyJsonFileParsesAndHasTheSampleKeys() throws IOException {
        List<Path> jsonFiles = files(".json");
        assertThat(jsonFiles).hasSizeGreaterThan(30);
        for (Path file : jsonFiles) {
            JsonNode doc = RegistryTestSupport.readJson(file);
            String name = file.getFileName().toString();
            switch (name) {
                case "factor_meta.json" -> {
                    assertThat(iterable(doc.fieldNames())).containsExactly("version", "task_run_id", "loop_id",
                            "created_at_utc", "factors");
                    assertThat(doc.get("factors").get(0).has("impl_func")).isTrue();
                }
                case "factor_perf.json" -> {
                    assertThat(iterable(doc.fieldNames())).containsExactly("version", "task_run_id", "loop_id",
                            "generated_at_utc", "factors", "combinations");
                    JsonNode window = doc.get("combinations").get(0).get("windows").get(0);
                    assertThat(iterable(window.fieldNames())).containsExactly("name", "annual_return",
                            "max_drawdown", "sharpe", "metrics");
                }
                case "feedback.json" -> {
                    assertThat(doc.get("decision").isBoolean() || doc.get("decision").isNull()).isTrue();
                    assertThat(iterable(doc.get("summary").fieldNames())).containsExactly("execution",
                            "value_feedback", "shape_feedback", "code_critic", "limitations");
                }
                case "model_meta.json" -> assertThat(iterable(doc.fieldNames())).startsWith("model_type",
                        "model_conf", "dataset_conf", "feature_schema", "preprocess_config");
                case "strategy_meta.json" -> assertThat(iterable(doc.fieldNames())).containsExactly(
                        "strategy_name", "impl_module", "impl_func", "python_implementation", "portfolio_config");
                case "experiment_summary.json" -> assertThat(doc.get("files").has("mlruns")).isTrue();
                case "workspace_meta.json", "manifest.json" ->
                        assertThat(doc.get("pointers").get("meta_path").asText()).isEqualTo("workspace_meta.json");
                case "ret_schema.json", "signals.json" -> assertThat(doc.get("schema").has("fields")).isTrue();
                default -> throw new AssertionError("unexpected JSON file " + file);
            }
        }
    }

    @Test
    void someFactorPerfFilesCarryTheDictReaderJunkKeys() {
        List<JsonNode> metrics = new ArrayList<>();
        for (Path file : files("factor_perf.json")) {
            metrics.add(RegistryTestSupport.readJson(file).get("combinations").get(0).get("windows").get(0)
                    .get("metrics"));
        }
        assertThat(metrics).anySatisfy(m -> {
            assertThat(m.path("").asText()).isEqualTo("IC");
            assertThat(m.path("0").asDouble()).isEqualTo(m.path("IC").asDouble());
        });
        assertThat(metrics).anySatisfy(m -> assertThat(m.has("")).isFalse());
    }

    @Test
    void yamlConfigsKeepTheTemplatesStructure() throws IOException {
        List<Path> configs = files(".yaml").stream().filter(p -> !p.toString().contains("mlruns")).toList();
        assertThat(configs).isNotEmpty();
        for (Path file : configs) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(text).contains("data_handler_config: &data_handler_config", "kwargs: *data_handler_config",
                    "valid: [2023-01-01, 2024-06-30]", "start_time: 2018-08-01");
            Map<String, Object> yaml = new Yaml().load(text);
            assertThat(yaml).containsKeys("qlib_init", "market", "data_handler_config", "port_analysis_config",
                    "task");
        }
        assertThat(configs).anySatisfy(f -> assertThat(f.getFileName().toString())
                .isIn("conf_baseline_factors_model.yaml", "conf_sota_factors_model.yaml"));
        assertThat(registry.root().resolve(GeneratedByWriter.ALPHA158_CONF_REL)).isRegularFile();
    }

    @Test
    void artifactRowsFollowTheBackfillTable() {
        List<Map<String, Object>> artifacts = rows("SELECT * FROM artifacts");
        assertThat(artifacts).extracting(a -> a.get("artifact_type")).contains("report", "backtest_metrics",
                "backtest_curve", "signals", "ret_schema", "model", "config_snapshot", "factor_data", "factor_meta",
                "factor_perf", "feedback", "strategy_meta", "model_meta");
        assertThat(artifacts).allSatisfy(a -> {
            assertThat(a.get("version")).isEqualTo("v1");
            assertThat(a.get("status")).isIn("present", "missing");
            assertThat((String) a.get("artifact_id")).matches(HEX32);
        });
        for (Map<String, Object> file : rows("SELECT f.*, w.workspace_path FROM artifact_files f"
                + " JOIN workspaces w USING (workspace_id)")) {
            Path onDisk = registry.workspaceRoot().resolve(RegistryTestSupport.folderOf(
                    (String) file.get("workspace_path"))).resolve((String) file.get("path"));
            if ("mlruns".equals(file.get("path"))) {
                assertThat(onDisk).isDirectory();
                assertThat(file.get("sha256")).isNull();
            } else {
                assertThat(onDisk).isRegularFile();
                assertThat(((Number) file.get("size_bytes")).longValue()).isEqualTo(sizeOf(onDisk));
                assertThat(file.get("sha256")).isEqualTo(Blob.sha256Hex(readAll(onDisk)));
            }
            assertThat((String) file.get("mtime_utc")).matches(ISO);
        }
    }

    @Test
    void factorCodeIsRdAgentStyle() throws IOException {
        List<Path> factorFiles = files("factor.py");
        assertThat(factorFiles).isNotEmpty();
        for (Path file : factorFiles) {
            String code = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(code).contains("pd.read_hdf(\"daily_pv.h5\", key=\"data\")", "result.to_hdf(\"result.h5\"",
                    "if __name__ == \"__main__\":").containsPattern("def (calculate_)?\\w+\\(\\):");
        }
    }

    private static List<Path> files(String suffix) {
        try (Stream<Path> walk = Files.walk(registry.workspaceRoot())) {
            return walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(suffix))
                    .sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long sizeOf(Path file) {
        return readAll(file).length;
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int count(String table) {
        return ((Number) rows("SELECT count(*) AS n FROM " + table).get(0).get("n")).intValue();
    }

    private static List<Map<String, Object>> rows(String sql) {
        return RegistryTestSupport.rows(registry.registryDb(), sql);
    }

    private static List<String> iterable(Iterator<String> names) {
        List<String> out = new ArrayList<>();
        names.forEachRemaining(out::add);
        return out;
    }
}
