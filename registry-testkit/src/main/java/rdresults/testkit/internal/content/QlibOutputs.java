package rdresults.testkit.internal.content;

import static rdresults.testkit.internal.content.QlibConfigs.map;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import rdresults.model.PythonFloats;
import rdresults.model.PythonJson;
import rdresults.testkit.conventions.StoredPaths;

/**
 * Text outputs of a qlib run in the formats the fork's tools see: qlib_res.csv ({@code Series.to_csv}),
 * ret_schema.json and signals.json ({@code to_json(orient="table")}), MLflow meta files, and the parquet
 * placeholder the sample uses (readers only check that the file exists).
 */
public final class QlibOutputs {

    private static final List<String> INSTRUMENTS = List.of("SH600519", "SH600000", "SH601318", "SZ000001",
            "SZ300750", "SH600036", "SZ000858", "SH601012");
    private static final LocalDate FIRST_TEST_DAY = LocalDate.of(2024, 7, 1);

    private QlibOutputs() {
    }

    /** pandas writes a {@code ,0} header, then one row per metric; NaN becomes an empty field. */
    public static String qlibResCsv(QlibMetrics metrics) {
        StringBuilder out = new StringBuilder(800).append(",0\n");
        metrics.values().forEach((name, value) -> out.append(name).append(',')
                .append(value.isNaN() ? "" : PythonFloats.repr(value)).append('\n'));
        return out.toString();
    }

    public static String retSchemaJson(SplittableRandom random) {
        List<Object> fields = List.of(field("index", "integer"),
                map("name", "datetime", "type", "datetime", "tz", "UTC"), field("return", "number"),
                field("cost", "number"), field("bench", "number"), field("turnover", "number"));
        List<Object> rows = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            rows.add(map("index", i, "datetime", FIRST_TEST_DAY.plusDays(3L * i) + "T00:00:00.000Z",
                    "return", 0.0005 + (random.nextDouble() - 0.5) * 0.04, "cost", 0.0002,
                    "bench", (random.nextDouble() - 0.5) * 0.03, "turnover", 0.1 + random.nextDouble() * 0.3));
        }
        return pandasJson(map("schema", schema(fields), "data", rows));
    }

    public static String signalsJson(SplittableRandom random, String generatedAt, int topk, int nDrop) {
        List<Object> fields = List.of(field("index", "integer"), field("trade_date", "string"),
                field("instrument", "string"), field("signal", "number"), field("target_weight", "number"),
                field("score", "number"), field("rank", "integer"), field("pred_return", "number"),
                field("generated_at_utc", "string"), field("weight_method", "string"), field("topk", "integer"),
                field("n_drop", "integer"), field("rebalance_freq", "string"));
        List<Object> rows = new ArrayList<>();
        double weight = 1.0 / topk;
        for (int day = 0; day < 2; day++) {
            List<Map.Entry<String, Double>> scores = new ArrayList<>();
            List<String> pool = new ArrayList<>(INSTRUMENTS);
            for (int i = 0; i < 5; i++) {
                scores.add(Map.entry(pool.remove(random.nextInt(pool.size())), (random.nextDouble() - 0.4) * 1.5));
            }
            scores.sort(Comparator.comparingDouble((Map.Entry<String, Double> e) -> e.getValue()).reversed());
            for (int rank = 0; rank < scores.size(); rank++) {
                double score = scores.get(rank).getValue();
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("index", rows.size());
                row.put("trade_date", FIRST_TEST_DAY.plusDays(3L * day).toString());
                row.put("instrument", scores.get(rank).getKey());
                row.put("signal", score);
                row.put("target_weight", weight);
                row.put("score", score);
                row.put("rank", rank + 1);
                row.put("pred_return", score);
                row.put("generated_at_utc", generatedAt);
                row.put("weight_method", "topk_equal_weight");
                row.put("topk", topk);
                row.put("n_drop", nDrop);
                row.put("rebalance_freq", "1d");
                rows.add(row);
            }
        }
        return pandasJson(map("schema", schema(fields), "data", rows));
    }

    /** {@code mlruns/<experiment>/meta.yaml}. */
    public static String experimentMeta(String workspacePath, long createdMillis) {
        return "artifact_location: " + StoredPaths.fileUri(workspacePath) + "/mlruns/1\n"
                + "creation_time: " + createdMillis + "\n"
                + "experiment_id: '1'\n"
                + "last_update_time: " + createdMillis + "\n"
                + "lifecycle_stage: active\n"
                + "name: workflow\n";
    }

    /** {@code mlruns/<experiment>/<run>/meta.yaml}; status 3 is FINISHED. */
    public static String runMeta(String workspacePath, String runId, long startMillis, long endMillis) {
        return "artifact_uri: " + StoredPaths.fileUri(workspacePath) + "/mlruns/1/" + runId + "/artifacts\n"
                + "end_time: " + endMillis + "\n"
                + "entry_point_name: ''\n"
                + "experiment_id: '1'\n"
                + "lifecycle_stage: active\n"
                + "run_id: " + runId + "\n"
                + "run_name: ''\n"
                + "run_uuid: " + runId + "\n"
                + "source_name: ''\n"
                + "source_type: 4\n"
                + "source_version: ''\n"
                + "start_time: " + startMillis + "\n"
                + "status: 3\n"
                + "tags: []\n"
                + "user_id: rdagent\n";
    }

    /** One MLflow metric file: {@code <millis> <value> <step>}. */
    public static String metricLine(long millis, double value) {
        return millis + " " + PythonFloats.repr(value) + " 0\n";
    }

    /** The sample's stand-in for combined_factors_df.parquet: parquet magic around a JSON note. */
    public static byte[] parquetPlaceholder(List<String> columns) {
        String note = PythonJson.dumps(PythonJson.valueToTree(
                map("placeholder", "combined_factors_df.parquet", "columns", columns, "rows", 0)));
        return ("PAR1" + note + "PAR1").getBytes(StandardCharsets.UTF_8);
    }

    /** pandas {@code to_json}: compact strict JSON (its values here are ASCII and finite). */
    private static String pandasJson(Map<String, Object> document) {
        return PythonJson.dumpCompact(PythonJson.valueToTree(document));
    }

    private static Map<String, Object> schema(List<Object> fields) {
        return map("fields", fields, "primaryKey", List.of("index"), "pandas_version", "1.4.0");
    }

    private static Map<String, Object> field(String name, String type) {
        return map("name", name, "type", type);
    }
}
