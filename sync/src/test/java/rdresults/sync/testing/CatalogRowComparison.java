package rdresults.sync.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import rdresults.model.PythonJson;

/**
 * Compares the synced tables with the catalog files row by row, column by column. Written independently of the
 * library's mappers: each column is checked against the JSON pointer of the catalog field it must hold.
 */
public final class CatalogRowComparison {

    enum Kind { TEXT, INT, REAL, BOOL, JSON }

    private record Check(String column, String pointer, Kind kind) {
    }

    private static final List<Check> FACTOR = checks(
            "region", "description_cn", "formula_hint", "expression", "expression_fingerprint", "created_at_utc",
            "experiment_id", "freq", "align", "nan_policy", "impl_module", "impl_func", "impl_version",
            "best_performance")
            .json("tags", "variables", "input_schema", "interface_info")
            .add("best_sharpe", "/best_performance_metrics/sharpe", Kind.REAL)
            .add("best_annual_return", "/best_performance_metrics/annual_return", Kind.REAL)
            .add("best_max_drawdown", "/best_performance_metrics/max_drawdown", Kind.REAL)
            .add("best_task_run_id", "/best_performance_metrics/task_run_id", Kind.TEXT)
            .add("best_loop_id", "/best_performance_metrics/loop_id", Kind.INT)
            .list;

    private static final List<Check> STRATEGY = checks("strategy_id", "scenario", "step_name", "action", "market",
            "freq", "model_type", "train_start", "train_end", "val_start", "val_end", "test_start", "test_end")
            .json("template_files", "data_config", "dataset_config", "portfolio_config", "backtest_config",
                    "model_config", "feature_list", "instruments")
            .add("example_task_run_id", "/workspace_example/task_run_id", Kind.TEXT)
            .add("example_loop_id", "/workspace_example/loop_id", Kind.INT)
            .add("example_workspace_id", "/workspace_example/workspace_id", Kind.TEXT)
            .add("example_workspace_path", "/workspace_example/workspace_path", Kind.TEXT)
            .add("impl_module", "/python_implementation/impl_module", Kind.TEXT)
            .add("impl_func", "/python_implementation/impl_func", Kind.TEXT)
            .add("impl_strategy_name", "/python_implementation/strategy_name", Kind.TEXT)
            .list;

    private static final List<Check> LOOP = checks("task_run_id", "workspace_id", "workspace_path", "scenario",
            "step_name", "action", "status", "log_dir", "materialization_status", "materialization_error",
            "asset_bundle_id", "sync_status", "strategy_id", "model_run_id", "factor_impl_version",
            "started_at_utc", "ended_at_utc", "updated_at_utc")
            .json("factor_names", "metrics", "paths", "model_file_paths", "missing")
            .kind(Kind.REAL, "annualized_return", "max_drawdown", "sharpe", "ic", "ic_ir", "win_rate")
            .kind(Kind.BOOL, "has_result", "is_solidified", "decision", "gates_passed")
            .add("loop_id", "/loop_id", Kind.INT)
            .add("summary_execution", "/summary_texts/execution", Kind.TEXT)
            .add("summary_value_feedback", "/summary_texts/value_feedback", Kind.TEXT)
            .add("summary_shape_feedback", "/summary_texts/shape_feedback", Kind.TEXT)
            .list;

    private static final List<Check> MODEL = checks("model_id", "task_run_id", "workspace_id", "workspace_path",
            "log_dir", "model_type", "model_run_id")
            .json("model_config", "dataset_config", "feature_schema", "flattened_feature_list", "feature_names",
                    "model_artifacts")
            .add("loop_id", "/loop_id", Kind.INT)
            .list;

    private CatalogRowComparison() {
    }

    /** Asserts that every table equals the catalogs in {@code catalogDir} (first entry per key, none deleted). */
    public static void assertTablesMatch(TestDatabase t, Path catalogDir) {
        assertFactors(t, catalogDir);
        assertTable(t, "strategy_registry", "strategy_id", catalogDir.resolve("strategy_catalog.json"), "strategies",
                e -> e.path("strategy_id").asText(), r -> (String) r.get("strategy_id"), STRATEGY);
        assertTable(t, "loop_result", "task_run_id, loop_id, workspace_id", catalogDir.resolve("loop_catalog.json"),
                "loops", e -> e.path("task_run_id").asText() + "|" + e.path("loop_id").asLong() + "|"
                        + e.path("workspace_id").asText(),
                r -> r.get("task_run_id") + "|" + ((Number) r.get("loop_id")).longValue() + "|" + r.get("workspace_id"),
                LOOP);
        assertTable(t, "model_registry", "model_id", catalogDir.resolve("model_catalog.json"), "models",
                e -> e.path("model_id").asText(), r -> (String) r.get("model_id"), MODEL);
    }

    private static void assertFactors(TestDatabase t, Path dir) {
        Map<String, JsonNode> catalog = firstPerKey(Catalogs.entries(dir.resolve("factor_catalog.json"), "factors"),
                e -> e.path("name").asText() + "|" + e.path("source").asText("rdagent_generated"));
        Map<String, JsonNode> alpha = firstPerKey(Catalogs.entries(dir.resolve("alpha158_meta.json"), "factors"),
                e -> e.path("name").asText() + "|" + e.path("source").asText("qlib_alpha158"));
        Map<String, JsonNode> expected = new LinkedHashMap<>(alpha);
        expected.putAll(catalog);
        List<Map<String, Object>> rows = t.query("SELECT * FROM factor_registry WHERE deleted_at IS NULL");
        assertThat(rows).as("live factor_registry rows").hasSize(expected.size());
        for (Map<String, Object> row : rows) {
            String key = row.get("name") + "|" + row.get("source");
            assertThat(expected).as("factor_registry key " + key).containsKey(key);
            compare("factor_registry " + key, row, expected.get(key), FACTOR);
            assertThat(bool(row.get("in_factor_catalog"))).as(key + " in_factor_catalog")
                    .isEqualTo(catalog.containsKey(key));
            assertThat(bool(row.get("in_alpha158_meta"))).as(key + " in_alpha158_meta")
                    .isEqualTo(alpha.containsKey(key));
        }
    }

    private static void assertTable(TestDatabase t, String table, String order, Path file, String listKey,
            Function<JsonNode, String> entryKey, Function<Map<String, Object>, String> rowKey, List<Check> checks) {
        Map<String, JsonNode> expected = firstPerKey(Catalogs.entries(file, listKey), entryKey);
        List<Map<String, Object>> rows = t.query("SELECT * FROM " + table + " WHERE deleted_at IS NULL ORDER BY "
                + order);
        assertThat(rows).as("live " + table + " rows").hasSize(expected.size());
        for (Map<String, Object> row : rows) {
            String key = rowKey.apply(row);
            assertThat(expected).as(table + " key " + key).containsKey(key);
            compare(table + " " + key, row, expected.get(key), checks);
        }
    }

    private static void compare(String what, Map<String, Object> row, JsonNode entry, List<Check> checks) {
        for (Check c : checks) {
            JsonNode want = entry.at(c.pointer());
            Object got = row.get(c.column());
            String as = what + " column " + c.column();
            if (want.isMissingNode() || want.isNull()) {
                assertThat(got).as(as).isNull();
                continue;
            }
            switch (c.kind()) {
                case TEXT -> assertThat(got).as(as).isEqualTo(want.asText());
                case INT -> assertThat(((Number) got).longValue()).as(as).isEqualTo(want.asLong());
                case REAL -> assertThat(((Number) got).doubleValue()).as(as).isEqualTo(want.asDouble());
                case BOOL -> assertThat(bool(got)).as(as).isEqualTo(want.asBoolean());
                case JSON -> assertThat(normalize(PythonJson.parse(String.valueOf(got), as))).as(as)
                        .isEqualTo(normalize(want));
                default -> throw new IllegalStateException();
            }
        }
    }

    /** Numbers as plain decimals, so jsonb's number rendering compares equal to the catalog's. */
    static JsonNode normalize(JsonNode n) {
        if (n.isNumber()) {
            BigDecimal d = n.decimalValue().stripTrailingZeros();
            return JsonNodeFactory.instance.numberNode(d.signum() == 0 ? BigDecimal.ZERO : d);
        }
        if (n.isArray()) {
            var out = JsonNodeFactory.instance.arrayNode();
            n.forEach(x -> out.add(normalize(x)));
            return out;
        }
        if (n.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                out.set(f.getKey(), normalize(f.getValue()));
            }
            return out;
        }
        return n;
    }

    static Boolean bool(Object v) {
        if (v == null) {
            return null;
        }
        return v instanceof Boolean b ? b : ((Number) v).intValue() != 0;
    }

    private static Map<String, JsonNode> firstPerKey(Iterable<JsonNode> entries, Function<JsonNode, String> key) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        entries.forEach(e -> out.putIfAbsent(key.apply(e), e));
        return out;
    }

    private static Checks checks(String... textColumns) {
        Checks c = new Checks();
        for (String col : textColumns) {
            c.add(col, "/" + col, Kind.TEXT);
        }
        return c;
    }

    private static final class Checks {
        final List<Check> list = new ArrayList<>();

        Checks add(String column, String pointer, Kind kind) {
            list.add(new Check(column, pointer, kind));
            return this;
        }

        Checks json(String... columns) {
            return kind(Kind.JSON, columns);
        }

        Checks kind(Kind kind, String... columns) {
            for (String col : columns) {
                add(col, "/" + col, kind);
            }
            return this;
        }
    }
}
