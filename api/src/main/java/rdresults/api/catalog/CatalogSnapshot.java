package rdresults.api.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One catalog file as served: its bytes (body, gzip form and compact entries, in spool files), the body's SHA-256
 * as strong ETag, the envelope without its list, and the entries sorted by the catalog key for filtered and paged
 * views, each with the few fields filters need as a small tree. Immutable once built; replaced whole on reload, so
 * a request never sees half a catalog. Pages assembled from it are cached with it, so they go when it goes.
 */
public record CatalogSnapshot(
        CatalogKind kind,
        CatalogBytes bytes,
        String etag,
        ObjectNode envelope,
        List<JsonNode> entries,
        List<String> keys,
        PageCache pages) {

    public CatalogSnapshot {
        entries = List.copyOf(entries);
        keys = List.copyOf(keys);
    }

    CatalogSnapshot(CatalogKind kind, CatalogBytes bytes, String etag, ObjectNode envelope, List<JsonNode> entries,
                    List<String> keys) {
        this(kind, bytes, etag, envelope, entries, keys, new PageCache());
    }
}
