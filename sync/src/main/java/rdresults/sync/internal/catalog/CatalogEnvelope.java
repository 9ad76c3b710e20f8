package rdresults.sync.internal.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The fields of a catalog body other than its entry list: {@code version}, {@code generated_at_utc},
 * {@code source} and, on paged answers, {@code next_cursor}.
 */
public record CatalogEnvelope(ObjectNode fields) {

    /** {@code next_cursor} of a paged answer; empty on the last page or for an unpaged body. */
    public String nextCursor() {
        return text("next_cursor");
    }

    /** {@code generated_at_utc} of the catalog generation this body belongs to, or empty. */
    public String generatedAt() {
        return text("generated_at_utc");
    }

    private String text(String field) {
        JsonNode v = fields.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }
}
