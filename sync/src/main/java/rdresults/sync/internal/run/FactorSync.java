package rdresults.sync.internal.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import rdresults.sync.ApiStatusException;
import rdresults.sync.SyncResource;
import rdresults.sync.internal.catalog.CatalogReader;
import rdresults.sync.internal.catalog.FactorRows;
import rdresults.sync.internal.db.CatalogUpserter;
import rdresults.sync.internal.db.StateRow;
import rdresults.sync.http.ApiResponse;
import rdresults.sync.report.ResourceOutcome;
import rdresults.sync.report.ResourceReport;

/**
 * {@code factor_registry} from the factor catalog and the Alpha158 meta. Both are asked conditionally; when either
 * changed, the other is fetched too (unless it just was), because the table is the merge of both.
 */
public final class FactorSync implements ResourceSync {

    @Override
    public List<SyncResource> resources() {
        return List.of(SyncResource.FACTORS, SyncResource.ALPHA158);
    }

    @Override
    public List<ResourceReport> run(SyncContext ctx) {
        ApiRequests api = ctx.api();
        ResourceStore store = ctx.store();
        StateRow factorState = store.current(SyncResource.FACTORS);
        StateRow alphaState = store.current(SyncResource.ALPHA158);
        ApiResponse factors = api.get(SyncResource.FACTORS, SyncResource.FACTORS.path(), ctx.etagFor(factorState));
        ApiResponse alpha = api.get(SyncResource.ALPHA158, SyncResource.ALPHA158.path(), ctx.etagFor(alphaState));
        boolean factorsChanged = !factors.isNotModified();
        boolean alphaChanged = !alpha.isNotModified();
        if (!factorsChanged && !alphaChanged) {
            return store.notModified(resources());
        }
        if (!factorsChanged) {
            factors = api.get(SyncResource.FACTORS, SyncResource.FACTORS.path(), "");
        }
        if (!alphaChanged) {
            alpha = api.get(SyncResource.ALPHA158, SyncResource.ALPHA158.path(), "");
        }
        requireFound(SyncResource.FACTORS, factors);
        requireFound(SyncResource.ALPHA158, alpha);
        FactorRows.Merged merged = FactorRows.merge(entries(SyncResource.FACTORS, factors),
                entries(SyncResource.ALPHA158, alpha));
        // the table's counts go to the resource that changed (the factor catalog when both did)
        return store.apply(FactorRows.SPEC, merged.rows(), List.of(
                new ResourceStore.Applied(SyncResource.FACTORS, factors.etag(),
                        factorsChanged ? null : CatalogUpserter.Counts.NONE, merged.catalogDuplicates(),
                        merged.catalogEntries(), factorsChanged ? null : ResourceOutcome.NOT_MODIFIED),
                new ResourceStore.Applied(SyncResource.ALPHA158, alpha.etag(),
                        factorsChanged ? CatalogUpserter.Counts.NONE : null, merged.alphaDuplicates(),
                        merged.alphaEntries(), alphaChanged ? null : ResourceOutcome.NOT_MODIFIED)));
    }

    /** The entries of a small catalog, kept as trees: the merge needs both lists whole. */
    private static List<JsonNode> entries(SyncResource r, ApiResponse response) {
        List<JsonNode> out = new ArrayList<>();
        CatalogReader.read(r.resourceName(), r.listKey(), response::openBody, (entry, index) -> out.add(entry));
        return out;
    }

    private static void requireFound(SyncResource r, ApiResponse response) {
        if (response.isNotFound()) {
            throw new ApiStatusException(r.resourceName(), response.uri().toString(), 404, "not found");
        }
    }
}
