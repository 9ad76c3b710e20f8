package rdresults.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jboss.logging.Logger;
import rdresults.model.Artifact;
import rdresults.model.PythonJson;
import rdresults.registry.ArtifactQuery;

/**
 * Builds {@code model_catalog.json} (contract §4.4) with the exporters issue's fixes: no pickle is ever read
 * ({@link ModelFieldResolver}); each {@code loops ⋈ workspaces} row with a result gives at most one entry, however
 * many {@code report} artifacts it has (the newest with model columns is used), and the catalog holds one entry
 * per {@code model_id}, sorted by it. Entries are built by {@link ModelEntryMapper}. A workspace whose folder is
 * missing is skipped (warned); unreadable files in it count as absent (warned).
 */
public final class ModelCatalogExporter {

    /** The list key of the envelope. */
    public static final String LIST_KEY = "models";

    private static final Logger LOG = Logger.getLogger(ModelCatalogExporter.class);

    /** Which report artifact of a workspace to use: one with model columns, then the newest, then by id. */
    private static final Comparator<Artifact> REPORT_PREFERENCE = Comparator
            .comparing((Artifact a) -> hasModelColumns(a))
            .thenComparing(Artifact::updatedAtUtc, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Artifact::createdAtUtc, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Artifact::artifactId, Comparator.reverseOrder());

    private ModelCatalogExporter() {
    }

    /** The catalog document for {@code context}'s registry. */
    public static ObjectNode export(ExportContext context) {
        Map<ReportKey, Artifact> reports = reportsByWorkspace(context);
        Map<String, ObjectNode> byModelId = new TreeMap<>(PythonJson::compareCodePoints);
        int rows = 0;
        for (LoopWorkspace row : context.loopWorkspaces()) {
            if (!row.loop().hasResult()) {
                continue;
            }
            rows++;
            Optional<WorkspaceFiles> files = context.files(row.workspace());
            if (files.isEmpty()) {
                continue;
            }
            Artifact report = reports.get(new ReportKey(row.loop().taskRunId(), row.loop().loopId(),
                    row.workspace().workspaceId()));
            ModelFields fields = ModelFieldResolver.resolve(files.get(), report);
            ModelEntryMapper.toEntry(row, files.get(), fields)
                    .ifPresent(e -> byModelId.putIfAbsent(e.get("model_id").textValue(), e));
        }
        LOG.debugf("model catalog: %d rows with a result, %d entries", rows, byModelId.size());
        return CatalogWriter.envelope(LIST_KEY, new ArrayList<>(byModelId.values()), context.now());
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
}
