package rdresults.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import rdresults.export.internal.pass.SingleCatalogPass;
import rdresults.export.internal.strategy.StrategyCatalogPart;
import rdresults.export.internal.strategy.StrategyEntries;
import rdresults.export.internal.workspace.StrategyRows;
import rdresults.model.Catalog;

/**
 * The strategy catalog ({@code strategy_catalog.json}, contract §4.2): one entry per distinct {@code strategy_id}
 * over the {@code loops ⋈ workspaces} rows whose loop has a result and whose folder resolves, sorted by id.
 *
 * <p>Every reference field keeps its meaning; added fields: {@code model_type} (the model block's {@code class},
 * else {@code model_meta.json}'s {@code model_type}) and {@code train_start} … {@code test_end} (from the dataset
 * block's segments), each null when unknown ({@link StrategyEntries}). Which row represents a strategy is
 * the one the Python exporter keeps, see {@link StrategyRows}. YAML is parsed only for the representative row of each
 * id. The work is done by {@link StrategyCatalogPart}, alone here or beside the other catalogs in
 * {@code export all}.
 */
public final class StrategyCatalogExporter {

    /** The list key of the envelope. */
    public static final String LIST_KEY = Catalog.STRATEGIES.listKey();

    private static final Logger LOG = Logger.getLogger(StrategyCatalogExporter.class);

    private final ExportContext context;

    public StrategyCatalogExporter(ExportContext context) {
        this.context = context;
    }

    /** The entries, sorted by {@code strategy_id}. */
    public List<ObjectNode> entries() {
        List<ObjectNode> entries = new ArrayList<>();
        catalog().get(LIST_KEY).forEach(e -> entries.add((ObjectNode) e));
        return entries;
    }

    /** The whole catalog document: the common envelope around {@link #entries()}. */
    public ObjectNode catalog() {
        return SingleCatalogPass.document(context, LIST_KEY, StrategyCatalogPart::new);
    }

    /** Streams the catalog to {@code output} atomically and returns the number of entries. */
    public int export(Path output) {
        int count = SingleCatalogPass.write(context, LIST_KEY, output, StrategyCatalogPart::new);
        LOG.infof("strategy catalog: wrote %d strategies to %s", count, output);
        return count;
    }
}
