package rdresults.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rdresults.testkit.internal.planner.EdgeCaseEffects;

/** Every loop-level edge case shows up exactly where GENERATED_BY.json says. */
class EdgeCasePlantingTest {

    @TempDir
    static Path dir;
    static GeneratedRegistry registry;
    static JsonNode edgeCases;

    @BeforeAll
    static void generate() {
        // POSIX paths, so the WSL / Windows rows planted by the path cases stand out
        SyntheticRegistryOptions options = SyntheticRegistryOptions.defaults().withSize(3, 10)
                .withPathStyle(PathStyle.POSIX).withEdgeCases(EnumSet.complementOf(EnumSet.of(EdgeCase.LEGACY_SCHEMA)));
        registry = SyntheticRegistryGenerator.of(options).generate(dir.resolve("repo"));
        edgeCases = RegistryTestSupport.generatedBy(registry).get("edge_cases");
    }

    @Test
    void everyEnabledCaseIsListedWithHits() {
        for (EdgeCase edgeCase : EnumSet.complementOf(EnumSet.of(EdgeCase.LEGACY_SCHEMA))) {
            assertThat(edgeCases.get(edgeCase.key())).as(edgeCase.key()).isNotEmpty();
            assertThat(registry.hits(edgeCase)).as(edgeCase.key()).hasSize(edgeCases.get(edgeCase.key()).size());
        }
    }

    @Test
    void bomJsonFilesStartWithAByteOrderMark() throws IOException {
        for (JsonNode hit : edgeCases.get("bom_json")) {
            Path file = registry.workspaceRoot().resolve(hit.get("workspace_id").asText())
                    .resolve(hit.get("path").asText());
            byte[] bytes = Files.readAllBytes(file);
            assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
            assertThat(RegistryTestSupport.readJson(file).get("task_run_id").asText())
                    .isEqualTo(hit.get("task_run_id").asText());
        }
    }

    @Test
    void nanMetricsAreBareTokens() throws IOException {
        for (JsonNode hit : edgeCases.get("nan_metrics")) {
            Path perf = experiment(hit).resolve("factor_perf.json");
            assertThat(Files.readString(perf, StandardCharsets.UTF_8)).contains("\"IC\": NaN", "\"sharpe\": NaN");
            JsonNode window = RegistryTestSupport.readJson(perf).get("combinations").get(0).get("windows").get(0);
            assertThat(window.get("sharpe").asDouble()).isNaN();
        }
    }

    @Test
    void nullSharpeIsJsonNull() {
        for (JsonNode hit : edgeCases.get("null_sharpe")) {
            JsonNode window = RegistryTestSupport.readJson(experiment(hit).resolve("factor_perf.json"))
                    .get("combinations").get(0).get("windows").get(0);
            assertThat(window.get("sharpe").isNull()).isTrue();
            assertThat(window.get("annual_return").isNumber()).isTrue();
        }
    }

    @Test
    void textFlagsAreStoredAsText() {
        for (JsonNode hit : edgeCases.get("text_flags")) {
            Map<String, Object> loop = loopRow(hit, "typeof(has_result) AS h, typeof(is_solidified) AS s,"
                    + " has_result, is_solidified");
            assertThat(loop).containsEntry("h", "text").containsEntry("s", "text")
                    .containsEntry("has_result", "1").containsEntry("is_solidified", "1");
        }
        assertThat(RegistryTestSupport.rows(registry.registryDb(),
                "SELECT 1 FROM loops WHERE typeof(has_result) = 'integer'")).isNotEmpty();
    }

    @Test
    void pathCasesStoreForeignPathsOnLoopsThatReachTheCatalog() {
        Map<String, String> prefixes = Map.of(
                "windows_path", "F:\\Dev\\RD-Agent-main\\git_ignore_folder\\RD-Agent_workspace\\",
                "wsl_path", "/mnt/f/Dev/RD-Agent-main/git_ignore_folder/RD-Agent_workspace/",
                "fwd_slash_windows_path", "f:/Dev/RD-Agent-main/git_ignore_folder/RD-Agent_workspace/");
        prefixes.forEach((key, prefix) -> {
            for (JsonNode hit : edgeCases.get(key)) {
                List<Map<String, Object>> rows = workspaceRows(hit);
                assertThat(rows).as(key).isNotEmpty().allSatisfy(row -> {
                    String path = (String) row.get("workspace_path");
                    assertThat(path).startsWith(prefix).endsWith((String) row.get("workspace_id"));
                    assertThat(registry.workspaceRoot().resolve(RegistryTestSupport.folderOf(path))).isDirectory();
                });
                assertThat(loopRow(hit, "is_solidified, has_result")).containsEntry("is_solidified", 1)
                        .containsEntry("has_result", 1);
                JsonNode perf = RegistryTestSupport.readJson(experiment(hit).resolve("factor_perf.json"));
                assertThat(perf.get("combinations").get(0).get("factor_names")).isNotEmpty();
            }
        });
        String posixRoot = registry.workspaceRoot().toString();
        assertThat(RegistryTestSupport.rows(registry.registryDb(), "SELECT workspace_path FROM workspaces"))
                .anySatisfy(row -> assertThat((String) row.get("workspace_path")).startsWith(posixRoot));
    }

    @Test
    void missingWorkspaceDirKeepsItsRows() {
        for (JsonNode hit : edgeCases.get("missing_workspace_dir")) {
            String id = hit.get("workspace_id").asText();
            assertThat(registry.workspaceRoot().resolve(id)).doesNotExist();
            assertThat(RegistryTestSupport.rows(registry.registryDb(),
                    "SELECT 1 FROM workspaces WHERE workspace_id = '" + id + "'")).hasSize(1);
        }
    }

    @Test
    void corruptJsonDoesNotParse() {
        for (JsonNode hit : edgeCases.get("corrupt_json")) {
            Path file = registry.workspaceRoot().resolve(hit.get("workspace_id").asText())
                    .resolve(hit.get("path").asText());
            assertThat(file).isRegularFile();
            assertThatThrownBy(() -> RegistryTestSupport.readJson(file)).hasMessageContaining(file.toString());
        }
    }

    @Test
    void duplicateReportArtifactsShareAWorkspace() {
        for (JsonNode hit : edgeCases.get("duplicate_report_artifact")) {
            assertThat(RegistryTestSupport.rows(registry.registryDb(), "SELECT artifact_id FROM artifacts"
                    + " WHERE artifact_type = 'report' AND workspace_id = '" + hit.get("workspace_id").asText() + "'"))
                    .hasSize(2);
        }
    }

    @Test
    void sameExpressionAppearsUnderTwoNames() {
        for (JsonNode hit : edgeCases.get("same_expression_different_names")) {
            JsonNode factors = RegistryTestSupport.readJson(experiment(hit).resolve("factor_meta.json"))
                    .get("factors");
            JsonNode alias = null;
            for (JsonNode factor : factors) {
                if (factor.get("name").asText().startsWith("Alt_")) {
                    alias = factor;
                }
            }
            assertThat(alias).isNotNull();
            String original = alias.get("name").asText().substring("Alt_".length());
            JsonNode aliasNode = alias;
            assertThat(factors).anySatisfy(f -> {
                assertThat(f.get("name").asText()).isEqualTo(original);
                assertThat(f.path("expression").asText()).isEqualTo(aliasNode.path("expression").asText());
            });
        }
    }

    @Test
    void unicodeFactorNamesReachMetaPerfAndYaml() throws IOException {
        for (JsonNode hit : edgeCases.get("unicode_factor_names")) {
            Path experiment = experiment(hit);
            JsonNode factors = RegistryTestSupport.readJson(experiment.resolve("factor_meta.json")).get("factors");
            assertThat(factors).anySatisfy(f -> assertThat(f.get("name").asText())
                    .isEqualTo(EdgeCaseEffects.UNICODE_FACTOR_NAME).contains("/", " ", "量"));
            String yaml;
            try (var files = Files.list(experiment)) {
                Path config = files.filter(p -> p.getFileName().toString().startsWith("conf_combined")).findFirst()
                        .orElseThrow();
                yaml = Files.readString(config, StandardCharsets.UTF_8);
            }
            assertThat(yaml).contains("\"" + EdgeCaseEffects.UNICODE_FACTOR_NAME + "\"");
        }
    }

    private static Path experiment(JsonNode hit) {
        return RegistryTestSupport.experimentDir(registry, hit.get("task_run_id").asText(),
                hit.get("loop_id").asLong());
    }

    private static Map<String, Object> loopRow(JsonNode hit, String columns) {
        return RegistryTestSupport.rows(registry.registryDb(), "SELECT " + columns + " FROM loops WHERE task_run_id = '"
                + hit.get("task_run_id").asText() + "' AND loop_id = " + hit.get("loop_id").asInt()).get(0);
    }

    private static List<Map<String, Object>> workspaceRows(JsonNode hit) {
        return RegistryTestSupport.rows(registry.registryDb(), "SELECT * FROM workspaces WHERE task_run_id = '"
                + hit.get("task_run_id").asText() + "' AND loop_id = " + hit.get("loop_id").asInt());
    }
}
