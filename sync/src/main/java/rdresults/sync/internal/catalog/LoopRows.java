package rdresults.sync.internal.catalog;

import java.util.List;
import rdresults.sync.internal.db.Column;
import rdresults.sync.internal.db.Row;
import rdresults.sync.internal.db.RowBuilder;
import rdresults.sync.internal.db.TableSpec;

/**
 * {@code /catalog/loops} entries → {@code loop_result}, keyed per workspace (a loop can have several), with the
 * KPIs as numbers, the feedback texts flattened and the exporter's additions (contract §4.3, §7).
 */
public final class LoopRows implements EntryMapper {

    public static final List<String> KPIS = List.of("annualized_return", "max_drawdown", "sharpe", "ic", "ic_ir",
            "win_rate");

    public static final TableSpec SPEC = new TableSpec("loop_result",
            List.of(Column.text("task_run_id"), Column.bigint("loop_id"), Column.text("workspace_id")),
            List.of(Column.text("workspace_path"), Column.text("scenario"), Column.text("step_name"),
                    Column.text("action"), Column.text("status"), Column.bool("has_result"), Column.text("log_dir"),
                    Column.text("materialization_status"), Column.text("materialization_error"),
                    Column.text("asset_bundle_id"), Column.bool("is_solidified"), Column.text("sync_status"),
                    Column.text("strategy_id"), Column.json("factor_names"), Column.real("annualized_return"),
                    Column.real("max_drawdown"), Column.real("sharpe"), Column.real("ic"), Column.real("ic_ir"),
                    Column.real("win_rate"), Column.json("metrics"), Column.bool("decision"),
                    Column.text("summary_execution"), Column.text("summary_value_feedback"),
                    Column.text("summary_shape_feedback"), Column.json("paths"), Column.text("model_run_id"),
                    Column.text("factor_impl_version"), Column.json("model_file_paths"), Column.json("missing"),
                    Column.bool("gates_passed"), Column.text("started_at_utc"), Column.text("ended_at_utc"),
                    Column.text("updated_at_utc"), Column.json("extra")));

    @Override
    public TableSpec spec() {
        return SPEC;
    }

    /** The fields a listing of keys asks for ({@code fields=}): the key, then the time that tells a change. */
    public static final List<String> KEY_FIELDS = List.of("task_run_id", "loop_id", "workspace_id",
            "updated_at_utc");

    /** The key of an entry: {@code task_run_id}, {@code loop_id}, {@code workspace_id}. */
    public static List<Object> key(EntryReader e) {
        return List.of(e.requiredText("task_run_id"), e.requiredInteger("loop_id"), e.requiredText("workspace_id"));
    }

    @Override
    public Row map(EntryReader e) {
        RowBuilder b = new RowBuilder(SPEC).keys(key(e));
        for (String f : List.of("workspace_path", "scenario", "step_name", "action", "status", "log_dir",
                "materialization_status", "materialization_error", "asset_bundle_id", "sync_status", "strategy_id",
                "model_run_id", "factor_impl_version", "started_at_utc", "ended_at_utc", "updated_at_utc")) {
            b.set(f, e.text(f));
        }
        for (String f : List.of("has_result", "is_solidified", "decision", "gates_passed")) {
            b.set(f, e.bool(f));
        }
        for (String kpi : KPIS) {
            b.set(kpi, e.number(kpi));
        }
        b.set("factor_names", e.stringArray("factor_names"))
                .set("metrics", e.jsonObject("metrics"))
                .set("paths", e.jsonObject("paths"))
                .set("model_file_paths", e.stringArray("model_file_paths"))
                .set("missing", e.stringArray("missing"));
        EntryReader texts = e.object("summary_texts");
        b.set("summary_execution", texts.text("execution"))
                .set("summary_value_feedback", texts.text("value_feedback"))
                .set("summary_shape_feedback", texts.text("shape_feedback"));
        return b.set("extra", e.extra()).build();
    }
}
