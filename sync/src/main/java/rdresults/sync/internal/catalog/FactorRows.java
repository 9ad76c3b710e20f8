package rdresults.sync.internal.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rdresults.sync.internal.db.Column;
import rdresults.sync.internal.db.Row;
import rdresults.sync.internal.db.RowBuilder;
import rdresults.sync.internal.db.TableSpec;

/**
 * {@code /catalog/factors} and {@code /alpha158/meta} → {@code factor_registry}, keyed by ({@code name},
 * {@code source}). Both feed one table: an entry of the factor catalog wins over an Alpha158 meta entry with the
 * same key (the catalog's is the richer record); {@code in_factor_catalog} and {@code in_alpha158_meta} say where
 * each row is listed, and a row listed in neither is marked deleted.
 */
public final class FactorRows {

    /** The source a factor catalog entry without one gets (contract §2.3 default). */
    public static final String DEFAULT_SOURCE = "rdagent_generated";
    /** The source an Alpha158 meta entry without one gets. */
    public static final String ALPHA158_SOURCE = "qlib_alpha158";

    public static final TableSpec SPEC = new TableSpec("factor_registry",
            List.of(Column.text("name"), Column.text("source")),
            List.of(Column.text("region"), Column.text("description_cn"), Column.text("formula_hint"),
                    Column.text("expression"), Column.text("expression_fingerprint"), Column.text("created_at_utc"),
                    Column.text("experiment_id"), Column.json("tags"), Column.json("variables"), Column.text("freq"),
                    Column.text("align"), Column.text("nan_policy"), Column.json("input_schema"),
                    Column.json("interface_info"), Column.text("impl_module"), Column.text("impl_func"),
                    Column.text("impl_version"), Column.text("best_performance"), Column.real("best_sharpe"),
                    Column.real("best_annual_return"), Column.real("best_max_drawdown"),
                    Column.text("best_task_run_id"), Column.bigint("best_loop_id"), Column.bool("alpha158_in_config"),
                    Column.bool("in_factor_catalog"), Column.bool("in_alpha158_meta"), Column.json("extra"),
                    Column.text("implementation_module"), Column.text("implementation_func"),
                    Column.text("implementation_version"), Column.text("implementation_sha256"),
                    Column.json("implementation_origin"), Column.text("implementation_status")));

    /** The merged snapshot. */
    public record Merged(List<Row> rows, int catalogEntries, int catalogDuplicates, int alphaEntries,
            int alphaDuplicates) {
        public Merged {
            rows = List.copyOf(rows);
        }
    }

    private record Mapped(List<Object> key, RowBuilder content, Boolean inConfig) {
    }

    private FactorRows() {
    }

    /**
     * Merges both payloads into one row per key.
     *
     * @throws rdresults.sync.MalformedPayloadException naming {@code factors} or {@code alpha158}
     */
    public static Merged merge(List<JsonNode> catalog, List<JsonNode> alpha158) {
        Map<String, Mapped> fromCatalog = new LinkedHashMap<>();
        int catalogDuplicates = mapAll("factors", catalog, DEFAULT_SOURCE, fromCatalog);
        Map<String, Mapped> fromAlpha = new LinkedHashMap<>();
        int alphaDuplicates = mapAll("alpha158", alpha158, ALPHA158_SOURCE, fromAlpha);
        List<Row> rows = new ArrayList<>(fromCatalog.size() + fromAlpha.size());
        fromCatalog.forEach((k, m) -> {
            Mapped alpha = fromAlpha.get(k);
            Boolean inConfig = alpha != null && alpha.inConfig() != null ? alpha.inConfig() : m.inConfig();
            rows.add(m.content().set("alpha158_in_config", inConfig).set("in_factor_catalog", true)
                    .set("in_alpha158_meta", alpha != null).build());
        });
        fromAlpha.forEach((k, m) -> {
            if (!fromCatalog.containsKey(k)) {
                rows.add(m.content().set("alpha158_in_config", m.inConfig()).set("in_factor_catalog", false)
                        .set("in_alpha158_meta", true).build());
            }
        });
        return new Merged(rows, fromCatalog.size(), catalogDuplicates, fromAlpha.size(), alphaDuplicates);
    }

    private static int mapAll(String resource, List<JsonNode> entries, String defaultSource,
            Map<String, Mapped> out) {
        int duplicates = 0;
        for (int i = 0; i < entries.size(); i++) {
            Mapped m = map(EntryReader.of(resource, "factors[" + i + "]", entries.get(i)), defaultSource);
            if (out.putIfAbsent(Row.keyString(m.key()), m) != null) {
                duplicates++;
            }
        }
        return duplicates;
    }

    private static Mapped map(EntryReader e, String defaultSource) {
        String name = e.requiredText("name");
        String source = e.text("source");
        if (source == null || source.isEmpty()) {
            source = defaultSource;
        }
        RowBuilder b = new RowBuilder(SPEC).key("name", name).key("source", source);
        for (String f : List.of("region", "description_cn", "formula_hint", "expression", "expression_fingerprint",
                "created_at_utc", "experiment_id", "freq", "align", "nan_policy", "impl_module", "impl_func",
                "impl_version", "best_performance")) {
            b.set(f, e.text(f));
        }
        b.set("tags", e.stringArray("tags"))
                .set("variables", e.json("variables"))
                .set("input_schema", e.jsonObject("input_schema"))
                .set("interface_info", e.jsonObject("interface_info"));
        EntryReader best = e.object("best_performance_metrics");
        b.set("best_sharpe", best.number("sharpe"))
                .set("best_annual_return", best.number("annual_return"))
                .set("best_max_drawdown", best.number("max_drawdown"))
                .set("best_task_run_id", best.text("task_run_id"))
                .set("best_loop_id", best.integer("loop_id"));
        EntryReader impl = e.object("implementation");
        b.set("implementation_module", impl.text("impl_module"))
                .set("implementation_func", impl.text("impl_func"))
                .set("implementation_version", impl.text("impl_version"))
                .set("implementation_sha256", impl.text("sha256"))
                .set("implementation_origin", impl.jsonObject("origin"))
                .set("implementation_status", e.text("implementation_status"));
        Boolean inConfig = e.bool("in_config");
        b.set("extra", e.extra());
        return new Mapped(List.of(name, source), b, inConfig);
    }
}
