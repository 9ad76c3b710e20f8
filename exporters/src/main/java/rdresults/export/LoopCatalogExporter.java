package rdresults.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import rdresults.export.internal.loop.LoopCatalogPart;
import rdresults.export.internal.loop.LoopEntries;
import rdresults.export.internal.pass.SingleCatalogPass;
import rdresults.model.Catalog;

/**
 * The loop catalog ({@code loop_catalog.json}, contract §4.3): one entry per {@code (task_run_id, loop_id,
 * workspace_id)}, sorted by that key.
 *
 * <p>By default every loop with a result is exported, one entry per workspace row; a workspace that is not
 * solidified, lacks a gate's file or cannot be found is still exported, its failed gates named in {@code missing}
 * and {@code gates_passed} false. {@link LoopCatalogOptions#solidifiedOnly()} restores the reference selection
 * (solidified, with an asset bundle, every gate passed). A limit keeps the most recently started entries of the
 * selection. Every reference field keeps its meaning; see {@link LoopEntries} for the additions. The work is done
 * by {@link LoopCatalogPart}, alone here or beside the other catalogs in {@code export all}.
 */
public final class LoopCatalogExporter {

    /** The list key of the envelope. */
    public static final String LIST_KEY = Catalog.LOOPS.listKey();

    private static final Logger LOG = Logger.getLogger(LoopCatalogExporter.class);

    private final ExportContext context;
    private final LoopCatalogOptions options;

    public LoopCatalogExporter(ExportContext context, LoopCatalogOptions options) {
        this.context = context;
        this.options = options;
    }

    /** The selected entries, sorted by {@code (task_run_id, loop_id, workspace_id)}. */
    public List<ObjectNode> entries() {
        List<ObjectNode> entries = new ArrayList<>();
        catalog().get(LIST_KEY).forEach(e -> entries.add((ObjectNode) e));
        return entries;
    }

    /** The whole catalog document: the common envelope around {@link #entries()}. */
    public ObjectNode catalog() {
        return SingleCatalogPass.document(context, LIST_KEY,
                spool -> new LoopCatalogPart(context.loopWorkspaces(), options, spool));
    }

    /** Streams the catalog to {@code output} atomically and returns the number of entries. */
    public int export(Path output) {
        int count = SingleCatalogPass.write(context, LIST_KEY, output,
                spool -> new LoopCatalogPart(context.loopWorkspaces(), options, spool));
        LOG.infof("loop catalog: wrote %d loops to %s", count, output);
        return count;
    }
}
