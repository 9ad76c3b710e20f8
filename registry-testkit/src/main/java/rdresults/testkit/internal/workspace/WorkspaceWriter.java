package rdresults.testkit.internal.workspace;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import rdresults.model.PythonJson;
import rdresults.testkit.EdgeCase;
import rdresults.testkit.internal.content.FactorCode;
import rdresults.testkit.internal.content.ModelCode;
import rdresults.testkit.internal.content.QlibConfigs;
import rdresults.testkit.internal.content.QlibMetrics;
import rdresults.testkit.internal.content.QlibOutputs;
import rdresults.testkit.internal.content.Resources;
import rdresults.testkit.conventions.EpochMicros;
import rdresults.testkit.conventions.SyntheticIds;
import rdresults.testkit.internal.plan.ConfigFile;
import rdresults.testkit.internal.plan.LoopContent;
import rdresults.testkit.internal.plan.LoopPlan;
import rdresults.testkit.internal.plan.WorkspaceFile;
import rdresults.testkit.internal.plan.WorkspaceKind;
import rdresults.testkit.internal.plan.WorkspacePlan;
import rdresults.testkit.internal.planner.EdgeCaseEffects;

/**
 * Writes the folder of one workspace from its plan and returns what the backfill's {@code stat} calls would see.
 * Applies the file-level edge cases (BOM prefix, truncated JSON, missing folder). Stateless, so threads may share
 * one instance.
 */
public final class WorkspaceWriter {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** qlib writes its outputs a few minutes before the loop's final step ends. */
    private static final long OUTPUTS_BEFORE_END = 180_000_000L;

    private final Path workspaceRoot;
    private final QlibConfigs configs;
    private final FactorCode factorCode;
    private final ModelCode modelCode;
    private final OpaqueBlobs blobs;
    private final WorkspaceDocuments documents;
    private final Blob readExpRes = Blob.of(Resources.bytes("code/read_exp_res.py"));

    /** Root entries as {@code stat} sees them, and the number of files written (nested mlruns files included). */
    public record Result(List<WrittenFile> entries, int files) {
    }

    public WorkspaceWriter(Path workspaceRoot, QlibConfigs configs, ModelCode modelCode) {
        this.workspaceRoot = workspaceRoot;
        this.configs = configs;
        this.factorCode = new FactorCode();
        this.modelCode = modelCode;
        this.blobs = new OpaqueBlobs();
        this.documents = new WorkspaceDocuments(configs, modelCode);
    }

    public Result write(LoopPlan loop, WorkspacePlan workspace) {
        // artifact_files rows exist only for the experiment workspace of a materialized loop
        boolean digests = loop.state().materialized() && workspace.kind() == WorkspaceKind.EXPERIMENT;
        FileSink sink = new FileSink(workspaceRoot.resolve(workspace.folder()), !workspace.folderMissing(), digests);
        LoopContent content = loop.content();
        long created = workspace.createdAt();
        long outputsAt = loop.times().ended() - OUTPUTS_BEFORE_END;
        long analysisAt = loop.times().materializedAt() != 0 ? loop.times().materializedAt()
                : loop.times().ended() + 3_600_000_000L;
        for (ConfigFile config : workspace.configs()) {
            sink.put(config.fileName(), utf8(configs.render(config.kind(), content.config())), created);
        }
        if (workspace.has(WorkspaceFile.READ_EXP_RES)) {
            put(sink, WorkspaceFile.READ_EXP_RES, readExpRes, created);
        }
        if (workspace.has(WorkspaceFile.FACTOR_PY)) {
            sink.put(WorkspaceFile.FACTOR_PY.fileName(), utf8(factorCode.render(workspace.factor())), created);
        }
        if (workspace.has(WorkspaceFile.MODEL_PY)) {
            sink.put(WorkspaceFile.MODEL_PY.fileName(), modelCode.bytes(content.model()), created);
        }
        writeQlibOutputs(sink, loop, workspace, outputsAt);
        writeAnalysis(sink, loop, workspace, analysisAt);
        return new Result(sink.entries(), sink.files());
    }

    private void writeQlibOutputs(FileSink sink, LoopPlan loop, WorkspacePlan workspace, long at) {
        LoopContent content = loop.content();
        SplittableRandom random = new SplittableRandom(content.contentSeed());
        if (workspace.has(WorkspaceFile.PARQUET)) {
            sink.put(WorkspaceFile.PARQUET.fileName(), QlibOutputs.parquetPlaceholder(content.config().colList()), at);
        }
        if (workspace.has(WorkspaceFile.QLIB_RES)) {
            sink.put(WorkspaceFile.QLIB_RES.fileName(), utf8(QlibOutputs.qlibResCsv(content.metrics())), at);
        }
        if (workspace.has(WorkspaceFile.RET_PKL)) {
            put(sink, WorkspaceFile.RET_PKL, blobs.retPkl(), at);
        }
        if (workspace.has(WorkspaceFile.RET_SCHEMA_JSON)) {
            sink.put(WorkspaceFile.RET_SCHEMA_JSON.fileName(), utf8(QlibOutputs.retSchemaJson(random)), at);
        }
        if (workspace.has(WorkspaceFile.SIGNALS_JSON)) {
            String json = QlibOutputs.signalsJson(random, EpochMicros.iso(at), content.config().topk(),
                    content.config().nDrop());
            sink.put(WorkspaceFile.SIGNALS_JSON.fileName(), utf8(json), at);
        }
        if (workspace.has(WorkspaceFile.MODEL_PKL)) {
            put(sink, WorkspaceFile.MODEL_PKL, blobs.modelPkl(loop.action(), content.contentSeed()), at);
        }
        if (workspace.has(WorkspaceFile.RET_CURVE)) {
            put(sink, WorkspaceFile.RET_CURVE, blobs.retCurve(), at);
            put(sink, WorkspaceFile.DD_CURVE, blobs.ddCurve(), at);
        }
        if (workspace.has(WorkspaceFile.MLRUNS)) {
            writeMlruns(sink, loop, workspace, random, at);
        }
    }

    private void writeMlruns(FileSink sink, LoopPlan loop, WorkspacePlan workspace, SplittableRandom random,
                             long at) {
        String runId = SyntheticIds.uuid4Hex(random);
        long endMillis = EpochMicros.toMillis(at);
        long startMillis = endMillis - 1_200_000L - random.nextInt(600_000);
        String base = "mlruns/1/" + runId + "/";
        for (String dir : List.of("mlruns", "mlruns/1", base, base + "metrics", base + "artifacts")) {
            sink.createDirectory(dir);
        }
        sink.putNested("mlruns/1/meta.yaml", utf8(QlibOutputs.experimentMeta(workspace.storedPath(), startMillis)));
        sink.putNested(base + "meta.yaml",
                utf8(QlibOutputs.runMeta(workspace.storedPath(), runId, startMillis, endMillis)));
        QlibMetrics metrics = loop.content().metrics();
        sink.putNested(base + "metrics/IC", utf8(QlibOutputs.metricLine(endMillis, metrics.get(QlibMetrics.IC))));
        sink.putNested(base + "metrics/Rank IC",
                utf8(QlibOutputs.metricLine(endMillis, metrics.get(QlibMetrics.RANK_IC))));
        sink.putNested(base + "artifacts/params.pkl",
                blobs.paramsPkl(loop.action(), loop.content().contentSeed()).bytes());
        sink.directory(WorkspaceFile.MLRUNS.fileName(), at);
    }

    private void writeAnalysis(FileSink sink, LoopPlan loop, WorkspacePlan workspace, long at) {
        List<String> names = workspace.has(WorkspaceFile.FACTOR_META) ? FactorEntries.names(loop) : List.of();
        if (workspace.has(WorkspaceFile.FACTOR_META)) {
            json(sink, workspace, WorkspaceFile.FACTOR_META, documents.factorMeta(loop), at);
        }
        if (workspace.has(WorkspaceFile.FACTOR_PERF)) {
            json(sink, workspace, WorkspaceFile.FACTOR_PERF, documents.factorPerf(loop, names), at);
        }
        if (workspace.has(WorkspaceFile.FEEDBACK)) {
            json(sink, workspace, WorkspaceFile.FEEDBACK, documents.feedback(loop), at);
        }
        if (workspace.has(WorkspaceFile.MODEL_META)) {
            json(sink, workspace, WorkspaceFile.MODEL_META, documents.modelMeta(loop, workspace), at);
        }
        if (workspace.has(WorkspaceFile.STRATEGY_META)) {
            json(sink, workspace, WorkspaceFile.STRATEGY_META, WorkspaceDocuments.strategyMeta(workspace), at);
        }
        if (workspace.has(WorkspaceFile.WORKSPACE_META)) {
            json(sink, workspace, WorkspaceFile.WORKSPACE_META, WorkspaceDocuments.workspaceMeta(loop, workspace), at);
            json(sink, workspace, WorkspaceFile.EXPERIMENT_SUMMARY,
                    WorkspaceDocuments.experimentSummary(loop, workspace), at);
            json(sink, workspace, WorkspaceFile.MANIFEST, WorkspaceDocuments.manifest(loop, workspace), at);
        }
    }

    /** Writes {@code document} as the backfill's {@code json.dump(indent=2)} does, bare {@code NaN} included. */
    private static void json(FileSink sink, WorkspacePlan workspace, WorkspaceFile file, Map<String, Object> document,
                             long at) {
        String text = PythonJson.dumpIndented(PythonJson.valueToTree(document), PythonJson.NonFinite.PYTHON_TOKENS);
        String content = text;
        if (workspace.has(EdgeCase.CORRUPT_JSON) && EdgeCaseEffects.corruptedFile(workspace) == file) {
            // a writer killed mid-write: half the text, cut on a character boundary so the bytes stay UTF-8
            content = text.substring(0, text.length() / 2);
        }
        byte[] bytes = utf8(content);
        if (workspace.has(EdgeCase.BOM_JSON) && EdgeCaseEffects.BOM_FILES.contains(file)) {
            byte[] prefixed = Arrays.copyOf(BOM, BOM.length + bytes.length);
            System.arraycopy(bytes, 0, prefixed, BOM.length, bytes.length);
            bytes = prefixed;
        }
        sink.put(file.fileName(), bytes, at);
    }

    private static void put(FileSink sink, WorkspaceFile file, Blob blob, long at) {
        sink.put(file.fileName(), blob.bytes(), blob.sha256(), at);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
