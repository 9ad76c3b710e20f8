package rdresults.testkit.internal.database;

import static rdresults.testkit.internal.content.QlibConfigs.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import rdresults.testkit.EdgeCase;
import rdresults.testkit.internal.content.ConfigKind;
import rdresults.testkit.internal.content.ModelCode;
import rdresults.testkit.internal.content.QlibConfig;
import rdresults.testkit.internal.content.QlibConfigs;
import rdresults.testkit.conventions.EpochMicros;
import rdresults.testkit.conventions.SyntheticIds;
import rdresults.testkit.internal.plan.Action;
import rdresults.testkit.internal.plan.LoopPlan;
import rdresults.testkit.internal.plan.WorkspaceFile;
import rdresults.testkit.internal.plan.WorkspaceKind;
import rdresults.testkit.internal.plan.WorkspacePlan;
import rdresults.testkit.internal.workspace.WrittenFile;

/**
 * The {@code artifacts} / {@code artifact_files} rows the backfill writes for a materialized loop (contract §2.10),
 * with the uuid5 IDs of §4.6 and sizes, digests and times taken from the files actually written.
 */
public final class ArtifactRows {

    private static final List<String> REPORT_FILES = List.of("qlib_res.csv", "ret.pkl", "ret_schema.parquet",
            "ret_schema.json", "signals.parquet", "signals.json");

    private final QlibConfigs configs;
    private final ModelCode modelCode;

    public ArtifactRows(QlibConfigs configs, ModelCode modelCode) {
        this.configs = configs;
        this.modelCode = modelCode;
    }

    public WorkspaceArtifacts build(LoopPlan loop, WorkspacePlan workspace, List<WrittenFile> written) {
        if (!loop.state().materialized()) {
            return WorkspaceArtifacts.NONE;
        }
        Builder rows = new Builder(loop, workspace, written);
        if (workspace.has(WorkspaceFile.MODEL_META)) {
            rows.artifact("model_meta", "model_meta.json", "present", 0, map("file", "model_meta.json"),
                    "model_meta.json", true);
        }
        if (workspace.kind() == WorkspaceKind.EXPERIMENT) {
            phaseOne(rows, loop, workspace);
        }
        for (WorkspaceFile file : List.of(WorkspaceFile.FACTOR_META, WorkspaceFile.FACTOR_PERF,
                WorkspaceFile.FEEDBACK)) {
            if (workspace.has(file)) {
                String type = file.fileName().replace(".json", "");
                String id = rows.artifact(type, file.fileName(), "present", 0, map("file", file.fileName()),
                        file.fileName(), false);
                rows.file(id, file.fileName(), type);
            }
        }
        if (workspace.has(WorkspaceFile.STRATEGY_META)) {
            rows.artifact("strategy_meta", "strategy_meta.json", "present", 0, map("file", "strategy_meta.json"),
                    "strategy_meta.json", false);
        }
        return rows.result();
    }

    private void phaseOne(Builder rows, LoopPlan loop, WorkspacePlan workspace) {
        boolean report = rows.has("qlib_res.csv") && rows.has("ret.pkl");
        String reportId = rows.artifact("report", "qlib_report", report ? "present" : "missing", 1,
                map("files", REPORT_FILES), rows.has("qlib_res.csv") ? "qlib_res.csv" : ".",
                workspace.has(WorkspaceFile.MODEL_META));
        REPORT_FILES.stream().filter(rows::has).forEach(f -> rows.file(reportId, f, "report"));
        if (workspace.has(EdgeCase.DUPLICATE_REPORT_ARTIFACT)) {
            // an older backfill named the report after its entry file, so a second row survives beside the new one
            String older = rows.artifact("report", "qlib_res.csv", report ? "present" : "missing", 1,
                    map("files", REPORT_FILES), rows.has("qlib_res.csv") ? "qlib_res.csv" : ".", false);
            REPORT_FILES.stream().filter(rows::has).forEach(f -> rows.file(older, f, "report"));
        }
        single(rows, "backtest_metrics", "qlib_res.csv", 1);
        single(rows, "backtest_curve", "ret.pkl", 1);
        either(rows, "signals", "signals.parquet", "signals.json");
        either(rows, "ret_schema", "ret_schema.parquet", "ret_schema.json");
        boolean mlruns = rows.has("mlruns");
        String modelId = rows.artifact("model", "mlruns", mlruns ? "present" : "missing", 0, map("path", "mlruns"),
                mlruns ? "mlruns" : ".", false);
        if (mlruns) {
            rows.file(modelId, "mlruns", "model");
        }
        String configId = rows.artifact("config_snapshot", "workspace_configs",
                workspace.configs().isEmpty() ? "missing" : "present", 0, map("count", workspace.configs().size()),
                ".", false);
        workspace.configs().forEach(c -> rows.file(configId, c.fileName(), "config_snapshot"));
        if (loop.action() == Action.FACTOR) {
            boolean parquet = rows.has("combined_factors_df.parquet");
            String id = rows.artifact("factor_data", "combined_factors", parquet ? "present" : "missing", 1,
                    map("files", List.of("combined_factors_df.parquet")),
                    parquet ? "combined_factors_df.parquet" : ".", false);
            if (parquet) {
                rows.file(id, "combined_factors_df.parquet", "factor_data");
            }
        }
    }

    private static void single(Builder rows, String type, String file, int primary) {
        boolean present = rows.has(file);
        String id = rows.artifact(type, file, present ? "present" : "missing", primary, map("file", file),
                present ? file : ".", false);
        if (present) {
            rows.file(id, file, type);
        }
    }

    private static void either(Builder rows, String type, String parquet, String json) {
        List<String> present = List.of(parquet, json).stream().filter(rows::has).toList();
        String entry = present.isEmpty() ? "." : present.get(0);
        String id = rows.artifact(type, type, present.isEmpty() ? "missing" : "present", 0, map("files", present),
                entry, false);
        if (!present.isEmpty()) {
            rows.file(id, entry, type);
        }
    }

    /** Collects the rows of one workspace; knows the loop, the workspace and its written files. */
    private final class Builder {
        private final LoopPlan loop;
        private final WorkspacePlan workspace;
        private final Map<String, WrittenFile> written;
        private final String at;
        private final List<ArtifactRow> artifacts = new ArrayList<>();
        private final List<ArtifactFileRow> files = new ArrayList<>();

        Builder(LoopPlan loop, WorkspacePlan workspace, List<WrittenFile> written) {
            this.loop = loop;
            this.workspace = workspace;
            this.written = written.stream().collect(Collectors.toMap(WrittenFile::path, Function.identity()));
            this.at = EpochMicros.iso(loop.times().materializedAt());
        }

        boolean has(String path) {
            return written.containsKey(path);
        }

        String artifact(String type, String name, String status, int primary, Map<String, Object> summary,
                        String entry, boolean modelColumns) {
            String id = SyntheticIds.artifactId(loop.taskRunId(), workspace.workspaceId(), type, name);
            String modelType = null;
            String modelConf = null;
            String datasetConf = null;
            String featureSchema = null;
            if (modelColumns && loop.content().model() != null) {
                ConfigKind kind = loop.content().mainConfig();
                QlibConfig config = loop.content().config();
                boolean experiment = workspace.kind() == WorkspaceKind.EXPERIMENT;
                modelType = modelCode.modelType(loop.content().model());
                modelConf = experiment ? RegistryRowWriter.jsonColumn(configs.modelConf(config)) : null;
                datasetConf = experiment ? RegistryRowWriter.jsonColumn(configs.datasetConf(kind, config)) : null;
                Object schema = experiment ? configs.featureSchema(kind, config) : null;
                featureSchema = schema == null ? null : RegistryRowWriter.jsonColumn(schema);
            }
            artifacts.add(new ArtifactRow(id, loop.taskRunId(), loop.loopId(), workspace.workspaceId(), type, name,
                    "v1", status, primary, RegistryRowWriter.jsonColumn(summary), entry, modelType, modelConf, datasetConf,
                    featureSchema, at, at));
            return id;
        }

        void file(String artifactId, String path, String kind) {
            WrittenFile file = written.get(path);
            String id = SyntheticIds.fileId(artifactId, workspace.workspaceId(), kind, path);
            files.add(new ArtifactFileRow(id, artifactId, workspace.workspaceId(), path, file.sha256(), file.size(),
                    EpochMicros.iso(file.mtimeMicros()), kind));
        }

        WorkspaceArtifacts result() {
            return new WorkspaceArtifacts(artifacts, files);
        }
    }
}
