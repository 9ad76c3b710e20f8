package rdresults.sync.internal.loop;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import rdresults.sync.ApiStatusException;
import rdresults.sync.internal.run.SyncContext;
import rdresults.sync.SyncResource;
import rdresults.sync.internal.catalog.CatalogEnvelope;
import rdresults.sync.internal.catalog.CatalogReader;
import rdresults.sync.http.ApiResponse;

/**
 * The keyset pages ({@code limit} + {@code cursor}) of {@code /catalog/loops} for one listing, which may run
 * several queries (the key set, then the changed entries). Every page must come from the catalog generation of the
 * listing's first page ({@code generated_at_utc} of the envelope); a page from another one means the listing
 * straddled a catalog reload.
 */
final class LoopCatalogPageReader {

    private static final SyncResource LOOPS = SyncResource.LOOPS;

    private final SyncContext ctx;
    private String generation;

    LoopCatalogPageReader(SyncContext ctx) {
        this.ctx = ctx;
    }

    /** {@code name=value} for a query, the value URL-encoded. */
    static String parameter(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * Reads every page of {@code query}, handing each entry on as it is parsed, numbered across the pages.
     *
     * @param query parameters before {@code limit} and {@code cursor}, e.g. {@code since=...}; empty for all entries
     * @return false when a page came from another catalog generation (what was handed on is then worthless)
     * @throws ApiStatusException when the API refuses a page (400 for a parameter it does not know) or answers 404
     */
    boolean read(String query, int limit, CatalogReader.EntryConsumer entries) {
        String cursor = "";
        int[] count = {0};
        do {
            String path = LOOPS.path() + "?" + (query.isEmpty() ? "" : query + "&") + "limit=" + limit
                    + (cursor.isEmpty() ? "" : "&" + parameter("cursor", cursor));
            ApiResponse page = ctx.api().get(LOOPS, path, "");
            if (page.isNotFound()) {
                throw new ApiStatusException(LOOPS.resourceName(), page.uri().toString(), 404, "not found");
            }
            int first = count[0];
            CatalogEnvelope envelope = CatalogReader.read(LOOPS.resourceName(), LOOPS.listKey(), page::openBody,
                    (entry, index) -> {
                        entries.accept(entry, first + index);
                        count[0]++;
                    });
            if (generation == null) {
                generation = envelope.generatedAt();
            } else if (!generation.equals(envelope.generatedAt())) {
                return false;
            }
            cursor = envelope.nextCursor();
        } while (!cursor.isEmpty());
        return true;
    }
}
