package rdresults.sync.internal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import rdresults.model.PythonJson;
import rdresults.sync.internal.db.Row;

class FactorRowsTest {

    private static List<JsonNode> entries(String json) {
        List<JsonNode> out = new ArrayList<>();
        PythonJson.parse(json, "t").forEach(out::add);
        return out;
    }

    private static Object value(Row r, String column) {
        return r.values().get(FactorRows.SPEC.valueIndex(column));
    }

    private static Map<List<Object>, Row> byKey(FactorRows.Merged m) {
        return m.rows().stream().collect(Collectors.toMap(Row::keys, r -> r));
    }

    @Test
    void aCatalogEntryWinsOverTheAlphaEntryWithTheSameKey() {
        FactorRows.Merged m = FactorRows.merge(
                entries("[{\"name\":\"KLEN\",\"source\":\"qlib_alpha158\",\"expression\":\"($high-$low)/$open\","
                        + "\"best_performance\":\"Sharpe: 1.00, Ann.Ret: 2.00%\"}]"),
                entries("[{\"name\":\"KLEN\",\"source\":\"qlib_alpha158\",\"expression\":\"old\",\"in_config\":true},"
                        + "{\"name\":\"KMID\",\"expression\":\"($close-$open)/$open\",\"in_config\":false}]"));
        Map<List<Object>, Row> rows = byKey(m);
        Row klen = rows.get(List.of("KLEN", "qlib_alpha158"));
        assertThat(value(klen, "expression")).isEqualTo("($high-$low)/$open");
        assertThat(value(klen, "in_factor_catalog")).isEqualTo(true);
        assertThat(value(klen, "in_alpha158_meta")).isEqualTo(true);
        assertThat(value(klen, "alpha158_in_config")).isEqualTo(true);
        Row kmid = rows.get(List.of("KMID", "qlib_alpha158"));
        assertThat(value(kmid, "in_factor_catalog")).isEqualTo(false);
        assertThat(value(kmid, "alpha158_in_config")).isEqualTo(false);
    }

    @Test
    void bestPerformanceMetricsBecomeColumns() {
        FactorRows.Merged m = FactorRows.merge(entries("[{\"name\":\"Mom\",\"source\":\"rdagent_generated\","
                + "\"best_performance_metrics\":{\"sharpe\":1.5,\"annual_return\":0.2,\"max_drawdown\":-0.1,"
                + "\"task_run_id\":\"t1\",\"loop_id\":3},\"impl_module\":\"rd_factors_lib.generated\","
                + "\"impl_func\":\"factor_mom\",\"impl_version\":\"1.0.8\",\"tags\":[\"rdagent\"]}]"), List.of());
        Row r = m.rows().get(0);
        assertThat(value(r, "best_sharpe")).isEqualTo(1.5);
        assertThat(value(r, "best_loop_id")).isEqualTo(3L);
        assertThat(value(r, "best_task_run_id")).isEqualTo("t1");
        assertThat(value(r, "impl_version")).isEqualTo("1.0.8");
        assertThat(value(r, "tags")).isEqualTo("[\"rdagent\"]");
        assertThat(value(r, "extra")).isNull();
    }

    @Test
    void resolvedImplementationBecomesColumns() {
        FactorRows.Merged m = FactorRows.merge(entries("[{\"name\":\"Mom\",\"source\":\"rdagent_generated\","
                + "\"impl_module\":\"rd_factors_lib.generated\",\"impl_func\":\"Mom\",\"impl_version\":\"20251013\","
                + "\"implementation\":{\"impl_module\":\"rd_factors_lib.generated\",\"impl_func\":\"factor_mom\","
                + "\"impl_version\":\"0.1.1\",\"sha256\":\"ab\",\"origin\":{\"task_run_id\":\"t1\",\"loop_id\":3,"
                + "\"workspace_id\":\"w\",\"file\":\"factor.py\"}},\"implementation_status\":\"legacy\"}]"), List.of());
        Row r = m.rows().get(0);
        assertThat(value(r, "impl_version")).isEqualTo("20251013");
        assertThat(value(r, "implementation_func")).isEqualTo("factor_mom");
        assertThat(value(r, "implementation_version")).isEqualTo("0.1.1");
        assertThat(value(r, "implementation_sha256")).isEqualTo("ab");
        assertThat(value(r, "implementation_origin")).isEqualTo(
                "{\"task_run_id\":\"t1\",\"loop_id\":3,\"workspace_id\":\"w\",\"file\":\"factor.py\"}");
        assertThat(value(r, "implementation_status")).isEqualTo("legacy");
        assertThat(value(r, "extra")).isNull();
    }

    @Test
    void theFirstOfTwoEntriesWithOneKeyWins() {
        FactorRows.Merged m = FactorRows.merge(entries("[{\"name\":\"A\",\"source\":\"s\",\"expression\":\"1\"},"
                + "{\"name\":\"A\",\"source\":\"s\",\"expression\":\"2\"}]"), List.of());
        assertThat(m.rows()).hasSize(1);
        assertThat(value(m.rows().get(0), "expression")).isEqualTo("1");
        assertThat(m.catalogDuplicates()).isEqualTo(1);
    }

    @Test
    void anEntryWithoutSourceGetsTheContractDefault() {
        FactorRows.Merged m = FactorRows.merge(entries("[{\"name\":\"A\"}]"), entries("[{\"name\":\"B\"}]"));
        assertThat(m.rows()).extracting(Row::keys)
                .containsExactly(List.of("A", "rdagent_generated"), List.of("B", "qlib_alpha158"));
    }
}
