package rdresults.sync.internal.catalog;

import java.util.List;
import rdresults.sync.internal.db.Column;
import rdresults.sync.internal.db.Row;
import rdresults.sync.internal.db.RowBuilder;
import rdresults.sync.internal.db.TableSpec;

/** {@code /catalog/models} entries → {@code model_registry} (contract §4.4 plus the exporter's additions). */
public final class ModelRows implements EntryMapper {

    public static final TableSpec SPEC = new TableSpec("model_registry",
            List.of(Column.text("model_id")),
            List.of(Column.text("task_run_id"), Column.bigint("loop_id"), Column.text("workspace_id"),
                    Column.text("workspace_path"), Column.text("log_dir"), Column.text("model_type"),
                    Column.json("model_config"), Column.json("dataset_config"), Column.json("feature_schema"),
                    Column.json("flattened_feature_list"), Column.json("feature_names"),
                    Column.json("model_artifacts"), Column.text("model_run_id"), Column.json("extra")));

    @Override
    public TableSpec spec() {
        return SPEC;
    }

    @Override
    public Row map(EntryReader e) {
        return new RowBuilder(SPEC).key("model_id", e.requiredText("model_id"))
                .set("task_run_id", e.text("task_run_id"))
                .set("loop_id", e.integer("loop_id"))
                .set("workspace_id", e.text("workspace_id"))
                .set("workspace_path", e.text("workspace_path"))
                .set("log_dir", e.text("log_dir"))
                .set("model_type", e.text("model_type"))
                .set("model_config", e.json("model_config"))
                .set("dataset_config", e.json("dataset_config"))
                .set("feature_schema", e.json("feature_schema"))
                .set("flattened_feature_list", e.jsonArray("flattened_feature_list"))
                .set("feature_names", e.jsonArray("feature_names"))
                .set("model_artifacts", e.jsonObject("model_artifacts"))
                .set("model_run_id", e.text("model_run_id"))
                .set("extra", e.extra())
                .build();
    }
}
