package rdresults.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rdresults.model.PythonJson;

/** Options other than the defaults: filled metric columns, mixed paths, legacy flags, validation. */
class GeneratorOptionsTest {

    @TempDir
    Path dir;

    @Test
    void fillLoopMetricsCopiesQlibMetricsLikeTheSample() {
        GeneratedRegistry registry = SyntheticRegistryGenerator.of(SyntheticRegistryOptions.defaults()
                .withSize(2, 8).withFillLoopMetrics(true)).generate(dir.resolve("repo"));
        List<Map<String, Object>> loops = RegistryTestSupport.rows(registry.registryDb(),
                "SELECT * FROM loops WHERE has_result = 1");
        assertThat(loops).isNotEmpty().allSatisfy(loop -> {
            assertThat(loop.get("ic_mean")).isInstanceOf(Double.class);
            assertThat(loop.get("best_workspace_id")).isNotNull();
            JsonNode metrics = readJson((String) loop.get("metrics_json"));
            assertThat(metrics.get("IC").asDouble()).isEqualTo((Double) loop.get("ic_mean"));
            assertThat(metrics.get("1day.excess_return_with_cost.annualized_return").asDouble())
                    .isEqualTo((Double) loop.get("ann_return"));
            assertThat(metrics.get("multi_score").asDouble()).isEqualTo((Double) loop.get("multi_score"));
        });
        assertThat(RegistryTestSupport.rows(registry.registryDb(),
                "SELECT 1 FROM loops WHERE has_result = 0 AND ic_mean IS NOT NULL")).isEmpty();
    }

    @Test
    void mixedPathStyleMixesPerRow() {
        GeneratedRegistry registry = SyntheticRegistryGenerator.of(SyntheticRegistryOptions.defaults()
                .withSize(3, 8).withPathStyle(PathStyle.MIXED)).generate(dir.resolve("repo"));
        Set<String> prefixes = RegistryTestSupport.rows(registry.registryDb(), "SELECT workspace_path FROM workspaces")
                .stream().map(row -> ((String) row.get("workspace_path")).substring(0, 3)).collect(Collectors.toSet());
        assertThat(prefixes).hasSizeGreaterThanOrEqualTo(3);
        JsonNode generatedBy = RegistryTestSupport.generatedBy(registry);
        assertThat(generatedBy.get("stored_root_prefix").isNull()).isTrue();
        assertThat(generatedBy.get("options").get("path_style").asText()).isEqualTo("mixed");
    }

    @Test
    void windowsStyleUsesBackslashes() {
        GeneratedRegistry registry = SyntheticRegistryGenerator.of(SyntheticRegistryOptions.defaults()
                .withSize(1, 4).withPathStyle(PathStyle.WINDOWS)).generate(dir.resolve("repo"));
        assertThat(RegistryTestSupport.rows(registry.registryDb(), "SELECT workspace_path FROM workspaces"))
                .allSatisfy(row -> assertThat((String) row.get("workspace_path"))
                        .startsWith("F:\\Dev\\RD-Agent-main\\git_ignore_folder\\RD-Agent_workspace\\"));
        assertThat(RegistryTestSupport.generatedBy(registry).get("stored_separator").asText()).isEqualTo("\\");
    }

    @Test
    void legacyTextFlagsStoreHasResultAsText() {
        GeneratedRegistry registry = SyntheticRegistryGenerator.of(SyntheticRegistryOptions.defaults()
                .withSize(2, 8).withEdgeCases(EnumSet.of(EdgeCase.LEGACY_SCHEMA, EdgeCase.TEXT_FLAGS)))
                .generate(dir.resolve("repo"));
        assertThat(registry.hits(EdgeCase.TEXT_FLAGS)).isNotEmpty().allSatisfy(hit ->
                assertThat(RegistryTestSupport.rows(registry.registryDb(), "SELECT typeof(has_result) AS t FROM loops"
                        + " WHERE task_run_id = '" + hit.taskRunId() + "' AND loop_id = " + hit.loopId()))
                        .extracting(row -> row.get("t")).containsExactly("text"));
        assertThat(RegistryTestSupport.generatedBy(registry).get("options").get("legacy_schema").asBoolean())
                .isTrue();
    }

    @Test
    void invalidOptionsAreRejectedWithTheirName() {
        assertThatThrownBy(() -> SyntheticRegistryOptions.defaults().withSize(0, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("taskRuns");
        assertThatThrownBy(() -> SyntheticRegistryOptions.defaults().withSize(2, -1))
                .hasMessageContaining("loopsPerRun");
    }

    @Test
    void unknownKeysNameTheValueAndEveryAllowedKey() {
        assertThatThrownBy(() -> PathStyle.fromKey("unc")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown path style: unc (expected one of wsl, windows, windows_fwd, posix, mixed)");
        assertThatThrownBy(() -> EdgeCase.fromKey("bom")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown edge case: bom (expected one of bom_json, nan_metrics, ")
                .hasMessageEndingWith(", legacy_schema)");
        assertThat(PathStyle.fromKey("WINDOWS_FWD")).isEqualTo(PathStyle.WINDOWS_FWD);
        assertThat(EdgeCase.fromKey("Text_Flags")).isEqualTo(EdgeCase.TEXT_FLAGS);
    }

    @Test
    void legacyFlagAndEdgeCaseStayInSync() {
        SyntheticRegistryOptions viaFlag = new SyntheticRegistryOptions(1, 1, 1, PathStyle.WSL, Set.of(), true, false);
        assertThat(viaFlag.edgeCases()).contains(EdgeCase.LEGACY_SCHEMA);
        SyntheticRegistryOptions viaCase = SyntheticRegistryOptions.defaults()
                .withEdgeCases(Set.of(EdgeCase.LEGACY_SCHEMA));
        assertThat(viaCase.legacySchema()).isTrue();
        assertThat(EdgeCase.fromKey("fwd_slash_windows_path")).isEqualTo(EdgeCase.FWD_SLASH_WINDOWS_PATH);
        assertThat(PathStyle.fromKey("windows_fwd")).isEqualTo(PathStyle.WINDOWS_FWD);
    }

    private static JsonNode readJson(String text) {
        return PythonJson.parse(text, "metrics_json");
    }
}
