package rdresults.export.internal.loop;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import rdresults.export.CatalogWriter;
import rdresults.export.LoopCatalogExporter;
import rdresults.export.LoopCatalogOptions;
import rdresults.export.internal.pass.CatalogPart;
import rdresults.export.internal.pass.EntrySpool;
import rdresults.export.internal.pass.PlannedVisit;
import rdresults.export.internal.pass.WorkspaceVisit;
import rdresults.export.internal.workspace.LoopWorkspace;

/**
 * The loop catalog's share of a workspace pass (see {@link LoopCatalogExporter} for the rules). Each candidate row
 * gets its entry built and serialised while reading, and whether it passes the gates recorded; the selection
 * (recency, limit, gates under {@code solidifiedOnly}) is applied once every row is read, on those flags alone.
 */
public final class LoopCatalogPart implements CatalogPart {

    private static final Logger LOG = Logger.getLogger(LoopCatalogPart.class);

    private final List<LoopWorkspace> rows;
    private final LoopCatalogOptions options;
    private final EntrySpool spool;
    /** Candidate row positions, most recently started first. */
    private final int[] byRecency;
    private final BitSet wanted = new BitSet();
    private final BitSet passed = new BitSet();
    private final int[] entryIds;

    /** {@code rows} is {@code ExportContext.loopWorkspaces()}; visits name rows by their position in it. */
    public LoopCatalogPart(List<LoopWorkspace> rows, LoopCatalogOptions options, EntrySpool spool) {
        this.rows = rows;
        this.options = options;
        this.spool = spool;
        this.byRecency = LoopSelection.byRecency(rows, options);
        this.entryIds = new int[rows.size()];
        Arrays.fill(entryIds, -1);
        // without gates to drop rows, a limit is known to keep the head of the recency order: read only that
        int read = options.hasLimit() && !options.solidifiedOnly()
                ? Math.min(options.limit(), byRecency.length) : byRecency.length;
        for (int i = 0; i < read; i++) {
            wanted.set(byRecency[i]);
        }
    }

    @Override
    public boolean wants(PlannedVisit visit) {
        return visit.hasLoopRow() && wanted.get(visit.loopIndex());
    }

    @Override
    public Runnable read(WorkspaceVisit visit) {
        LoopWorkspace row = visit.loopRow();
        LoopFacts facts = visit.files().map(f -> LoopFacts.read(f, visit.warnings())).orElseGet(LoopFacts::unresolved);
        List<String> missing = LoopGates.missing(facts);
        byte[] entry = CatalogWriter.entryBytes(LoopEntries.toEntry(row, facts, missing));
        int index = visit.planned().loopIndex();
        return () -> {
            entryIds[index] = spool.add(entry);
            passed.set(index, missing.isEmpty());
            if (!missing.isEmpty() && options.solidifiedOnly()) {
                LOG.debugf("loop %s/%d workspace %s dropped: missing %s", row.loop().taskRunId(),
                        row.loop().loopId(), row.workspace().workspaceId(), missing);
            }
        };
    }

    /** The selected entries, sorted by {@code (task_run_id, loop_id, workspace_id)}. */
    @Override
    public List<byte[]> entries() {
        List<Integer> selected = new ArrayList<>();
        int gated = 0;
        for (int i : byRecency) {
            if (options.hasLimit() && selected.size() >= options.limit()) {
                break;
            }
            if (!passed.get(i)) {
                gated++;
                if (options.solidifiedOnly()) {
                    continue;
                }
            }
            selected.add(i);
        }
        selected.sort(Comparator.comparing(rows::get, LoopSelection.KEY_ORDER));
        LOG.debugf("loop catalog: %d entries from %d candidate rows, %d failing a gate", selected.size(),
                byRecency.length, gated);
        return spool.list(selected.stream().mapToInt(i -> entryIds[i]).toArray());
    }
}
