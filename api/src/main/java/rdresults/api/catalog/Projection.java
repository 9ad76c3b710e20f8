package rdresults.api.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import rdresults.model.PythonJson;
import rdresults.registry.query.InvalidQueryException;

/**
 * The {@code fields} query parameter: the entry fields a catalog page carries, in the order named. It makes key
 * listings cheap (the sync lists the loop keys and their times this way, instead of every full entry), so only the
 * fields the service keeps indexed in memory can be named; a field an entry lacks is left out of that entry.
 */
public record Projection(List<String> fields) {

    public static final String PARAM = "fields";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]+");

    public Projection {
        fields = List.copyOf(fields);
    }

    /** The projection asked for by {@code text}, or null for whole entries. */
    public static Projection parse(CatalogKind kind, String text) {
        if (text == null) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        for (String part : text.split(",", -1)) {
            String name = part.trim();
            if (!NAME.matcher(name).matches()) {
                throw new InvalidQueryException(PARAM, "fields must be a comma-separated list of field names, got '"
                        + text + "'");
            }
            if (kind.indexedFields() != null && !kind.indexedFields().contains(name)) {
                throw new InvalidQueryException(PARAM, "field '" + name + "' cannot be selected for "
                        + kind.resource() + "; allowed: " + String.join(", ", kind.indexedFields()));
            }
            if (!names.add(name)) {
                throw new InvalidQueryException(PARAM, "field '" + name + "' is named twice in fields");
            }
        }
        return new Projection(List.copyOf(names));
    }

    /** {@code entry} reduced to the fields, as compact JSON. */
    byte[] apply(JsonNode entry) {
        ObjectNode out = PythonJson.nodes().objectNode();
        for (String field : fields) {
            JsonNode value = entry.get(field);
            if (value != null) {
                out.set(field, value);
            }
        }
        return PythonJson.dumpCompact(out).getBytes(StandardCharsets.UTF_8);
    }
}
