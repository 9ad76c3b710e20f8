package rdresults.sync.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import rdresults.model.InvalidInputException;
import rdresults.model.PythonJson;
import rdresults.sync.MalformedPayloadException;

/**
 * A catalog body as the API serves it: an envelope object with one list of entries ({@code factors},
 * {@code strategies}, {@code loops}, {@code models}, {@code versions}) and, on paged answers, {@code next_cursor}.
 */
public record CatalogPayload(ObjectNode envelope, List<JsonNode> entries) {

    public CatalogPayload {
        entries = List.copyOf(entries);
    }

    /**
     * Parses and checks the envelope.
     *
     * @throws MalformedPayloadException when the body is not JSON, not an object, or lacks the list
     */
    public static CatalogPayload parse(String resource, String listKey, byte[] body) {
        JsonNode root;
        try {
            root = PythonJson.parse(body, resource + " response");
        } catch (InvalidInputException e) {
            throw new MalformedPayloadException(resource, "(body)", e.getMessage());
        }
        if (!root.isObject()) {
            throw new MalformedPayloadException(resource, "(body)", "expected a JSON object, got "
                    + EntryReader.kind(root));
        }
        JsonNode list = root.get(listKey);
        if (list == null || !list.isArray()) {
            throw new MalformedPayloadException(resource, listKey, list == null ? "the list is missing"
                    : "expected an array, got " + EntryReader.kind(list));
        }
        JsonNode cursor = root.get("next_cursor");
        if (cursor != null && !cursor.isNull() && !cursor.isTextual()) {
            throw new MalformedPayloadException(resource, "next_cursor", "expected a string or null, got "
                    + EntryReader.kind(cursor));
        }
        List<JsonNode> entries = new ArrayList<>(list.size());
        list.forEach(entries::add);
        ObjectNode envelope = PythonJson.nodes().objectNode();
        root.fields().forEachRemaining(f -> {
            if (!f.getKey().equals(listKey)) {
                envelope.set(f.getKey(), f.getValue());
            }
        });
        return new CatalogPayload(envelope, entries);
    }

    /** {@code next_cursor} of a paged answer; empty on the last page or for an unpaged body. */
    public String nextCursor() {
        JsonNode c = envelope.get("next_cursor");
        return c == null || c.isNull() ? "" : c.asText();
    }

    /** {@code generated_at_utc} of the catalog generation this body belongs to, or empty. */
    public String generatedAt() {
        JsonNode g = envelope.get("generated_at_utc");
        return g == null || g.isNull() ? "" : g.asText();
    }
}
