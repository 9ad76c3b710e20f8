package rdresults.sync.internal.catalog;

import java.util.List;
import rdresults.sync.internal.db.Column;
import rdresults.sync.internal.db.Row;
import rdresults.sync.internal.db.RowBuilder;
import rdresults.sync.internal.db.TableSpec;

/** {@code /catalog/strategies} entries → {@code strategy_registry} (contract §4.2 plus the exporter's additions). */
public final class StrategyRegistryRows implements EntryMapper {

    public static final TableSpec SPEC = new TableSpec("strategy_registry",
            List.of(Column.text("strategy_id")),
            List.of(Column.text("scenario"), Column.text("step_name"), Column.text("action"),
                    Column.text("example_task_run_id"), Column.bigint("example_loop_id"),
                    Column.text("example_workspace_id"), Column.text("example_workspace_path"),
                    Column.json("template_files"), Column.text("impl_module"), Column.text("impl_func"),
                    Column.text("impl_strategy_name"), Column.json("data_config"), Column.json("dataset_config"),
                    Column.json("portfolio_config"), Column.json("backtest_config"), Column.json("model_config"),
                    Column.json("feature_list"), Column.json("instruments"), Column.text("market"),
                    Column.text("freq"), Column.text("model_type"), Column.text("train_start"),
                    Column.text("train_end"), Column.text("val_start"), Column.text("val_end"),
                    Column.text("test_start"), Column.text("test_end"), Column.json("extra")));

    @Override
    public TableSpec spec() {
        return SPEC;
    }

    @Override
    public Row map(EntryReader e) {
        RowBuilder b = new RowBuilder(SPEC).key("strategy_id", e.requiredText("strategy_id"))
                .set("scenario", e.text("scenario"))
                .set("step_name", e.text("step_name"))
                .set("action", e.text("action"));
        EntryReader example = e.object("workspace_example");
        b.set("example_task_run_id", example.text("task_run_id"))
                .set("example_loop_id", example.integer("loop_id"))
                .set("example_workspace_id", example.text("workspace_id"))
                .set("example_workspace_path", example.text("workspace_path"))
                .set("template_files", e.stringArray("template_files"));
        EntryReader impl = e.object("python_implementation");
        b.set("impl_module", impl.text("impl_module"))
                .set("impl_func", impl.text("impl_func"))
                .set("impl_strategy_name", impl.text("strategy_name"))
                .set("data_config", e.json("data_config"))
                .set("dataset_config", e.json("dataset_config"))
                .set("portfolio_config", e.json("portfolio_config"))
                .set("backtest_config", e.json("backtest_config"))
                .set("model_config", e.json("model_config"))
                .set("feature_list", e.jsonArray("feature_list"))
                .set("instruments", e.json("instruments"))
                .set("market", e.text("market"))
                .set("freq", e.text("freq"))
                .set("model_type", e.text("model_type"));
        for (String segment : List.of("train", "val", "test")) {
            b.set(segment + "_start", e.text(segment + "_start")).set(segment + "_end", e.text(segment + "_end"));
        }
        return b.set("extra", e.extra()).build();
    }
}
