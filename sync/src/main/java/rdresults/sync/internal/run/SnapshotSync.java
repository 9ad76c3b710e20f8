package rdresults.sync.internal.run;

import java.util.List;
import rdresults.sync.ApiStatusException;
import rdresults.sync.SyncResource;
import rdresults.sync.internal.catalog.CatalogReader;
import rdresults.sync.internal.catalog.EntryMapper;
import rdresults.sync.internal.catalog.SnapshotRows;
import rdresults.sync.internal.db.StateRow;
import rdresults.sync.http.ApiResponse;
import rdresults.sync.report.ResourceOutcome;
import rdresults.sync.report.ResourceReport;

/**
 * A resource fetched whole: one conditional GET; 304 means done; otherwise the body is the full snapshot, mapped
 * entry by entry as it is parsed. An optional resource answering 404 is an empty snapshot.
 */
public final class SnapshotSync implements ResourceSync {

    private final SyncResource resource;
    private final EntryMapper mapper;

    public SnapshotSync(SyncResource resource, EntryMapper mapper) {
        this.resource = resource;
        this.mapper = mapper;
    }

    @Override
    public List<SyncResource> resources() {
        return List.of(resource);
    }

    @Override
    public List<ResourceReport> run(SyncContext ctx) {
        StateRow prev = ctx.store().current(resource);
        return fetch(ctx, ctx.etagFor(prev));
    }

    /** One GET of the whole resource, conditional when {@code etag} is not empty, applied as a full snapshot. */
    public List<ResourceReport> fetch(SyncContext ctx, String etag) {
        ApiResponse r = ctx.api().get(resource, resource.path(), etag);
        if (r.isNotModified()) {
            return ctx.store().notModified(List.of(resource));
        }
        boolean absent = r.isNotFound();
        if (absent && !resource.optional()) {
            throw new ApiStatusException(resource.resourceName(), r.uri().toString(), 404, "not found");
        }
        SnapshotRows rows = new SnapshotRows(resource.resourceName());
        if (!absent) {
            CatalogReader.read(resource.resourceName(), resource.listKey(), r::openBody,
                    (entry, index) -> rows.add(mapper, resource.listKey(), entry, index));
        }
        return ctx.store().apply(mapper.spec(), rows.rows(), List.of(new ResourceStore.Applied(resource, r.etag(),
                null, rows.duplicates(), rows.size(), absent ? ResourceOutcome.ABSENT : null)));
    }
}
