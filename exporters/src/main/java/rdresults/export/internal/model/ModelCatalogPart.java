package rdresults.export.internal.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import rdresults.export.CatalogWriter;
import rdresults.export.ExportContext;
import rdresults.export.ModelCatalogExporter;
import rdresults.export.internal.pass.CatalogPart;
import rdresults.export.internal.pass.EntrySpool;
import rdresults.export.internal.pass.PlannedVisit;
import rdresults.export.internal.pass.WorkspaceVisit;
import rdresults.export.internal.workspace.LoopWorkspace;
import rdresults.export.internal.workspace.WorkspaceFiles;
import rdresults.model.Artifact;
import rdresults.model.PythonJson;
import rdresults.registry.query.ArtifactQuery;

/**
 * The model catalog's share of a workspace pass (see {@link ModelCatalogExporter} for the rules). Entries are
 * built and serialised while reading; of several entries with one {@code model_id} the one of the earliest
 * {@code loops ⋈ workspaces} row is kept, whatever order the rows are visited in.
 */
public final class ModelCatalogPart implements CatalogPart {

    private static final Logger LOG = Logger.getLogger(ModelCatalogPart.class);

    /** Which report artifact of a workspace to use: one with model columns, then the newest, then by id. */
    private static final Comparator<Artifact> REPORT_PREFERENCE = Comparator
            .comparing((Artifact a) -> hasModelColumns(a))
            .thenComparing(Artifact::updatedAtUtc, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Artifact::createdAtUtc, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Artifact::artifactId, Comparator.reverseOrder());

    private final EntrySpool spool;
    private final Map<ReportKey, Artifact> reports;
    private final Map<String, Kept> byModelId = new HashMap<>();
    private int rows;

    public ModelCatalogPart(ExportContext context, EntrySpool spool) {
        this.spool = spool;
        this.reports = reportsByWorkspace(context);
    }

    /** Every loop row with a result. */
    @Override
    public boolean wants(PlannedVisit visit) {
        return visit.hasLoopRow() && visit.loopRow().loop().hasResult();
    }

    @Override
    public Runnable read(WorkspaceVisit visit) {
        int loopIndex = visit.planned().loopIndex();
        Optional<Built> built = visit.files().flatMap(files -> build(visit.loopRow(), files));
        return () -> {
            rows++;
            built.ifPresent(b -> keep(b, loopIndex));
        };
    }

    /** Sorted by {@code model_id}. */
    @Override
    public List<byte[]> entries() {
        List<String> ids = new ArrayList<>(byModelId.keySet());
        ids.sort(PythonJson::compareCodePoints);
        LOG.debugf("model catalog: %d rows with a result, %d entries", rows, ids.size());
        return spool.list(ids.stream().mapToInt(id -> byModelId.get(id).entryId()).toArray());
    }

    private Optional<Built> build(LoopWorkspace row, WorkspaceFiles files) {
        Artifact report = reports.get(new ReportKey(row.loop().taskRunId(), row.loop().loopId(),
                row.workspace().workspaceId()));
        ModelFields fields = ModelFieldResolver.resolve(files, report);
        return ModelEntryMapper.toEntry(row, files, fields)
                .map(e -> new Built(e.get("model_id").textValue(), CatalogWriter.entryBytes(e)));
    }

    private void keep(Built built, int loopIndex) {
        Kept kept = byModelId.get(built.modelId());
        if (kept == null || loopIndex < kept.loopIndex()) {
            byModelId.put(built.modelId(), new Kept(loopIndex, spool.add(built.entry())));
        }
    }

    private static Map<ReportKey, Artifact> reportsByWorkspace(ExportContext context) {
        Map<ReportKey, Artifact> out = new HashMap<>();
        ArtifactQuery reports = new ArtifactQuery(null, null, null, "report", null, null, null);
        for (Artifact a : context.registry().allArtifacts(reports, false)) {
            if (a.loopId() == null) {
                continue;
            }
            out.merge(new ReportKey(a.taskRunId(), a.loopId(), a.workspaceId()), a,
                    (x, y) -> REPORT_PREFERENCE.compare(x, y) >= 0 ? x : y);
        }
        return out;
    }

    private static boolean hasModelColumns(Artifact a) {
        return notEmpty(a.modelType()) || notEmpty(a.modelConfJson()) || notEmpty(a.datasetConfJson())
                || notEmpty(a.featureSchemaJson());
    }

    private static boolean notEmpty(String s) {
        return s != null && !s.isEmpty();
    }

    private record ReportKey(String taskRunId, long loopId, String workspaceId) {
    }

    private record Built(String modelId, byte[] entry) {
    }

    private record Kept(int loopIndex, int entryId) {
    }
}
