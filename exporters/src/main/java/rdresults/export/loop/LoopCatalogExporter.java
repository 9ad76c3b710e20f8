package rdresults.export.loop;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import rdresults.export.CatalogWriter;
import rdresults.export.ExportContext;
import rdresults.export.LoopWorkspace;
import rdresults.export.WorkspaceFiles;

/**
 * The loop catalog ({@code loop_catalog.json}, contract §4.3): one entry per {@code (task_run_id, loop_id,
 * workspace_id)}, sorted by that key.
 *
 * <p>By default every loop with a result is exported, one entry per workspace row; a workspace that is not
 * solidified, lacks a gate's file or cannot be found is still exported, its failed gates named in {@code missing}
 * and {@code gates_passed} false. {@link LoopCatalogOptions#solidifiedOnly()} restores the reference selection
 * (solidified, with an asset bundle, every gate passed). A limit keeps the most recently started entries of the
 * selection. Every reference field keeps its meaning; see {@link LoopEntries} for the additions.
 */
public final class LoopCatalogExporter {

    /** The list key of the envelope. */
    public static final String LIST_KEY = "loops";

    private static final Logger LOG = Logger.getLogger(LoopCatalogExporter.class);

    private final ExportContext context;
    private final LoopCatalogOptions options;

    public LoopCatalogExporter(ExportContext context, LoopCatalogOptions options) {
        this.context = context;
        this.options = options;
    }

    /** The selected entries, sorted by {@code (task_run_id, loop_id, workspace_id)}. */
    public List<ObjectNode> entries() {
        List<LoopWorkspace> rows = LoopSelection.byRecency(context.loopWorkspaces(), options);
        List<Selected> selected = new ArrayList<>();
        int gated = 0;
        for (LoopWorkspace row : rows) {
            if (options.hasLimit() && selected.size() >= options.limit()) {
                break;
            }
            Optional<WorkspaceFiles> files = context.files(row.workspace());
            LoopFacts facts = files.map(f -> LoopFacts.read(f, context.warnings())).orElseGet(LoopFacts::unresolved);
            List<String> missing = LoopGates.missing(facts);
            if (!missing.isEmpty()) {
                gated++;
                if (options.solidifiedOnly()) {
                    LOG.debugf("loop %s/%d workspace %s dropped: missing %s", row.loop().taskRunId(),
                            row.loop().loopId(), row.workspace().workspaceId(), missing);
                    continue;
                }
            }
            selected.add(new Selected(row, LoopEntries.toEntry(row, facts, missing)));
        }
        selected.sort((a, b) -> LoopSelection.KEY_ORDER.compare(a.row(), b.row()));
        LOG.debugf("loop catalog: %d entries from %d candidate rows, %d failing a gate", selected.size(),
                rows.size(), gated);
        return selected.stream().map(Selected::entry).toList();
    }

    /** The whole catalog document: the common envelope around {@link #entries()}. */
    public ObjectNode catalog() {
        return CatalogWriter.envelope(LIST_KEY, entries(), context.now());
    }

    /** Writes the catalog to {@code output} atomically and returns the number of entries. */
    public int export(Path output) {
        ObjectNode catalog = catalog();
        CatalogWriter.write(output, catalog);
        int count = catalog.get(LIST_KEY).size();
        LOG.infof("loop catalog: wrote %d loops to %s", count, output);
        return count;
    }

    private record Selected(LoopWorkspace row, ObjectNode entry) {
    }
}
