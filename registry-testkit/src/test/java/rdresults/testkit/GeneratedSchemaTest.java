package rdresults.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated DDL is contract §1.2, column for column. */
class GeneratedSchemaTest {

    /** Contract §1.2, in declaration order. */
    private static final Map<String, Map<String, String>> CONTRACT = new LinkedHashMap<>();

    static {
        CONTRACT.put("task_runs", columns("task_run_id TEXT", "scenario TEXT", "status TEXT", "created_at_utc TEXT",
                "updated_at_utc TEXT", "git_sha TEXT", "rdagent_version TEXT", "log_trace_path TEXT",
                "params_json TEXT"));
        CONTRACT.put("loops", columns("task_run_id TEXT", "loop_id INTEGER", "action TEXT", "status TEXT",
                "has_result INTEGER", "best_workspace_id TEXT", "started_at_utc TEXT", "ended_at_utc TEXT",
                "error_type TEXT", "error_message TEXT", "ic_mean REAL", "rank_ic_mean REAL", "ann_return REAL",
                "mdd REAL", "turnover REAL", "multi_score REAL", "metrics_json TEXT", "log_dir TEXT",
                "materialization_status TEXT", "materialization_error TEXT", "materialization_updated_at_utc TEXT",
                "asset_bundle_id TEXT", "is_solidified INTEGER", "sync_status TEXT", "updated_at_utc TEXT"));
        CONTRACT.put("factor_registry", columns("factor_name TEXT", "expression TEXT", "performance_json TEXT",
                "asset_bundle_id TEXT", "workspace_id TEXT", "task_run_id TEXT", "loop_id INTEGER",
                "updated_at_utc TEXT"));
        CONTRACT.put("workspaces", columns("workspace_id TEXT", "task_run_id TEXT", "loop_id INTEGER",
                "workspace_role TEXT", "experiment_type TEXT", "step_name TEXT", "status TEXT", "workspace_path TEXT",
                "meta_path TEXT", "summary_path TEXT", "manifest_path TEXT", "created_at_utc TEXT",
                "updated_at_utc TEXT"));
        CONTRACT.put("artifacts", columns("artifact_id TEXT", "task_run_id TEXT", "loop_id INTEGER",
                "workspace_id TEXT", "artifact_type TEXT", "name TEXT", "version TEXT", "status TEXT",
                "primary_flag INTEGER", "summary_json TEXT", "entry_path TEXT", "model_type TEXT",
                "model_conf_json TEXT", "dataset_conf_json TEXT", "feature_schema_json TEXT", "created_at_utc TEXT",
                "updated_at_utc TEXT"));
        CONTRACT.put("artifact_files", columns("file_id TEXT", "artifact_id TEXT", "workspace_id TEXT", "path TEXT",
                "sha256 TEXT", "size_bytes INTEGER", "mtime_utc TEXT", "kind TEXT"));
    }

    @TempDir
    Path dir;

    @Test
    void tablesMatchTheContractDdl() {
        GeneratedRegistry registry = generate(SyntheticRegistryOptions.defaults().withSize(1, 3));
        CONTRACT.forEach((table, expected) ->
                assertThat(RegistryTestSupport.columns(registry.registryDb(), table)).as(table)
                        .containsExactlyEntriesOf(expected));
    }

    @Test
    void indexesAndWalModeAreThere() {
        GeneratedRegistry registry = generate(SyntheticRegistryOptions.defaults().withSize(1, 3));
        List<Map<String, Object>> indexes = RegistryTestSupport.rows(registry.registryDb(),
                "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'idx_%' ORDER BY name");
        assertThat(indexes).extracting(row -> row.get("name")).containsExactly("idx_artifact_files_artifact",
                "idx_artifacts_task_loop", "idx_artifacts_workspace", "idx_workspaces_role",
                "idx_workspaces_task_loop");
        assertThat(RegistryTestSupport.rows(registry.registryDb(), "PRAGMA journal_mode"))
                .extracting(row -> row.get("journal_mode")).containsExactly("wal");
    }

    @Test
    void legacySchemaLacksTheMigratedColumns() {
        GeneratedRegistry registry = generate(SyntheticRegistryOptions.defaults().withSize(1, 4)
                .withEdgeCases(EnumSet.of(EdgeCase.LEGACY_SCHEMA)));
        Map<String, String> loops = RegistryTestSupport.columns(registry.registryDb(), "loops");
        assertThat(loops).doesNotContainKeys("materialization_status", "materialization_error",
                        "materialization_updated_at_utc", "asset_bundle_id", "is_solidified", "sync_status",
                        "updated_at_utc")
                .containsKeys("task_run_id", "loop_id", "has_result", "log_dir").hasSize(18);
        assertThat(RegistryTestSupport.columns(registry.registryDb(), "task_runs"))
                .doesNotContainKey("params_json").hasSize(8);
        assertThat(registry.options().legacySchema()).isTrue();
        assertThat(registry.counts().loopsSolidified()).isZero();
        assertThat(registry.counts().factorRegistry()).isZero();
    }

    @Test
    void textFlagsDeclareTheFlagColumnsWithoutType() {
        GeneratedRegistry registry = generate(SyntheticRegistryOptions.defaults().withSize(2, 8)
                .withEdgeCases(EnumSet.of(EdgeCase.TEXT_FLAGS)));
        assertThat(RegistryTestSupport.columns(registry.registryDb(), "loops"))
                .contains(entry("has_result", ""), entry("is_solidified", ""), entry("loop_id", "INTEGER"));
    }

    private GeneratedRegistry generate(SyntheticRegistryOptions options) {
        return SyntheticRegistryGenerator.of(options).generate(dir.resolve("repo"));
    }

    private static Map<String, String> columns(String... declarations) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String declaration : declarations) {
            String[] parts = declaration.split(" ");
            out.put(parts[0], parts[1]);
        }
        return out;
    }
}
