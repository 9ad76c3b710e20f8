package rdresults.registry.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import rdresults.model.InvalidInputException;
import rdresults.model.PythonJson;

/**
 * Opaque keyset-pagination cursor: the sort key of the last row of a page, tagged with the resource it belongs to,
 * encoded as URL-safe base64. Clients must treat it as opaque; it is validated on the way back in.
 */
public final class Cursor {

    private Cursor() {
    }

    public static String encode(String resource, List<Object> key) {
        ArrayNode array = PythonJson.nodes().arrayNode();
        array.add(resource);
        for (Object part : key) {
            if (part instanceof Long l) {
                array.add(l);
            } else {
                array.add(String.valueOf(part));
            }
        }
        String json = PythonJson.dumpCompact(array);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The key values of {@code cursor}, which must have been issued for {@code resource} with {@code types}
     * ({@code String.class} or {@code Long.class} per key column).
     */
    public static List<Object> decode(String resource, String cursor, List<Class<?>> types) {
        JsonNode node;
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(cursor);
            node = PythonJson.parse(bytes, "cursor");
        } catch (IllegalArgumentException | InvalidInputException e) {
            throw invalid(resource);
        }
        if (!node.isArray() || node.size() != types.size() + 1 || !resource.equals(node.get(0).asText())) {
            throw invalid(resource);
        }
        List<Object> key = new ArrayList<>(types.size());
        for (int i = 0; i < types.size(); i++) {
            JsonNode part = node.get(i + 1);
            if (types.get(i) == Long.class) {
                if (!part.isIntegralNumber()) {
                    throw invalid(resource);
                }
                key.add(part.longValue());
            } else {
                if (!part.isTextual()) {
                    throw invalid(resource);
                }
                key.add(part.textValue());
            }
        }
        return key;
    }

    private static InvalidQueryException invalid(String resource) {
        return new InvalidQueryException("cursor", "cursor is not a valid " + resource
                + " cursor: pass back the next_cursor value of a previous " + resource + " page unchanged");
    }
}
