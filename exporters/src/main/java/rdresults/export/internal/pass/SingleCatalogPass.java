package rdresults.export.internal.pass;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import rdresults.export.CatalogWriter;
import rdresults.export.ExportContext;

/**
 * A standalone catalog export: one {@link WorkspacePass} feeding one part, then the catalog written or returned.
 * The part is made from the spool it may keep its entries in.
 */
public final class SingleCatalogPass {

    private SingleCatalogPass() {
    }

    /** Streams the catalog to {@code target} atomically (entries spooled to a temporary file); returns entries. */
    public static int write(ExportContext context, String listKey, Path target,
                            Function<EntrySpool, CatalogPart> newPart) {
        try (EntrySpool spool = EntrySpool.inTempFile()) {
            CatalogPart part = newPart.apply(spool);
            WorkspacePass.run(context, List.of(part));
            return CatalogWriter.write(target, listKey, part.entries(), context.now());
        }
    }

    /** The catalog document, as {@link #write} would write it, built in memory. */
    public static ObjectNode document(ExportContext context, String listKey,
                                      Function<EntrySpool, CatalogPart> newPart) {
        try (EntrySpool spool = EntrySpool.inMemory()) {
            CatalogPart part = newPart.apply(spool);
            WorkspacePass.run(context, List.of(part));
            return CatalogWriter.document(listKey, part.entries(), context.now());
        }
    }
}
