package rdresults.export.internal.strategy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import rdresults.export.CatalogWriter;
import rdresults.export.StrategyCatalogExporter;
import rdresults.export.internal.pass.CatalogPart;
import rdresults.export.internal.pass.EntrySpool;
import rdresults.export.internal.pass.PlannedVisit;
import rdresults.export.internal.pass.WorkspaceVisit;
import rdresults.export.internal.workspace.LoopWorkspace;
import rdresults.export.internal.workspace.StrategyRows;
import rdresults.export.internal.workspace.WorkspaceFiles;
import rdresults.model.PythonJson;

/**
 * The strategy catalog's share of a workspace pass (see {@link StrategyCatalogExporter} for the rules). Reading a
 * visit only lists the folder to compute the {@code strategy_id}; the entry is built in the recording step, and
 * only for the first row of each id. The pass visits loop rows in the Python order ({@link StrategyRows#order}), so
 * that row is the representative, and the configuration files of the other rows are never parsed.
 */
public final class StrategyCatalogPart implements CatalogPart {

    private static final Logger LOG = Logger.getLogger(StrategyCatalogPart.class);

    private final EntrySpool spool;
    private final Map<String, Integer> entryById = new HashMap<>();
    private int rows;

    public StrategyCatalogPart(EntrySpool spool) {
        this.spool = spool;
    }

    /** Every loop row with a result. */
    @Override
    public boolean wants(PlannedVisit visit) {
        return visit.hasLoopRow() && visit.loopRow().loop().hasResult();
    }

    @Override
    public Runnable read(WorkspaceVisit visit) {
        if (visit.files().isEmpty()) {
            return () -> { };
        }
        WorkspaceFiles files = visit.files().get();
        LoopWorkspace row = visit.loopRow();
        List<String> templates = StrategyIds.templates(files);
        String id = StrategyIds.of(null, row.workspace().stepName(), row.loop().action(), templates);
        return () -> {
            rows++;
            if (!entryById.containsKey(id)) {
                entryById.put(id, spool.add(CatalogWriter.entryBytes(
                        StrategyEntries.toEntry(id, row, files, templates, visit.warnings()))));
            }
        };
    }

    /** Sorted by {@code strategy_id}. */
    @Override
    public List<byte[]> entries() {
        List<String> ids = new ArrayList<>(entryById.keySet());
        ids.sort(PythonJson::compareCodePoints);
        LOG.debugf("strategy catalog: %d strategies from %d workspace rows", ids.size(), rows);
        return spool.list(ids.stream().mapToInt(entryById::get).toArray());
    }
}
