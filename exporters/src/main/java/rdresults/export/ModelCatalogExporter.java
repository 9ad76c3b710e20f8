package rdresults.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import rdresults.export.internal.model.ModelCatalogPart;
import rdresults.export.internal.model.ModelEntryMapper;
import rdresults.export.internal.model.ModelFieldResolver;
import rdresults.export.internal.pass.SingleCatalogPass;
import rdresults.model.Catalog;

/**
 * Builds {@code model_catalog.json} (contract §4.4) with the exporters issue's fixes: no pickle is ever read
 * ({@link ModelFieldResolver}); each {@code loops ⋈ workspaces} row with a result gives at most one entry, however
 * many {@code report} artifacts it has (the newest with model columns is used), and the catalog holds one entry
 * per {@code model_id} (that of the first row, in row order), sorted by it. Entries are built by
 * {@link ModelEntryMapper}. A workspace whose folder is missing is skipped (warned); unreadable files in it count
 * as absent (warned). The work is done by {@link ModelCatalogPart}, alone here or beside the other catalogs in
 * {@code export all}.
 */
public final class ModelCatalogExporter {

    /** The list key of the envelope. */
    public static final String LIST_KEY = Catalog.MODELS.listKey();

    private ModelCatalogExporter() {
    }

    /** The catalog document for {@code context}'s registry. */
    public static ObjectNode export(ExportContext context) {
        return SingleCatalogPass.document(context, LIST_KEY, spool -> new ModelCatalogPart(context, spool));
    }

    /** Streams the catalog to {@code output} atomically; returns the number of entries. */
    public static int export(ExportContext context, Path output) {
        return SingleCatalogPass.write(context, LIST_KEY, output, spool -> new ModelCatalogPart(context, spool));
    }
}
