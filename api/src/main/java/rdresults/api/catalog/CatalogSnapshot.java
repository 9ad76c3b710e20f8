package rdresults.api.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One catalog file as served: its bytes ready to send (plain and gzip, off-heap), a strong ETag, the envelope without its
 * list, and the entries sorted by the catalog key for filtered and paged views: each as compact JSON bytes (pages
 * are assembled from them without serializing again) with the few fields filters need as a small tree. Immutable
 * once built; replaced whole on reload, so a request never sees half a catalog.
 */
public record CatalogSnapshot(
        CatalogKind kind,
        ReadyBody body,
        ReadyBody gzipBody,
        String etag,
        ObjectNode envelope,
        List<JsonNode> entries,
        List<byte[]> entryJson,
        List<String> keys) {

    public CatalogSnapshot {
        entries = List.copyOf(entries);
        entryJson = List.copyOf(entryJson);
        keys = List.copyOf(keys);
    }
}
