package rdresults.api.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rdresults.model.PythonFloats;
import rdresults.model.PythonJson;

/**
 * Writes one catalog entry as compact JSON straight from the parser's tokens, keeping as trees only the fields the
 * service indexes: the bytes are those {@link PythonJson#dumpCompact} writes for the entry's tree (numbers as the
 * tree holds them, non-finite floats as {@code null}), without building that tree, which was most of the cost of
 * loading a large catalog. Repeated field names are rejected by the parser (a tree keeps only the last value), so
 * the caller falls back to trees for such a file.
 */
final class CompactEntryCopier {

    private static final byte[] TRUE = "true".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FALSE = "false".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);

    /** An entry copied: its indexed fields (in the kind's order) and whether it held NaN or an infinity. */
    record Copied(ObjectNode indexed, boolean nonFinite) {
    }

    /** Thrown when the entry is not an object: the tree-based reader names the problem. */
    static final class NotAnObject extends RuntimeException {
        NotAnObject() {
            super("entry is not an object", null, false, false);
        }
    }

    private final List<String> indexedFields;
    private final OutputStream out;
    private boolean nonFinite;

    private CompactEntryCopier(List<String> indexedFields, OutputStream out) {
        this.indexedFields = indexedFields;
        this.out = out;
    }

    /** Copies the entry that starts at the parser's current token to {@code out}; the parser ends on its last token. */
    static Copied copy(JsonParser p, List<String> indexedFields, OutputStream out) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new NotAnObject();
        }
        CompactEntryCopier copier = new CompactEntryCopier(indexedFields, out);
        Map<String, JsonNode> kept = new HashMap<>();
        out.write('{');
        boolean first = true;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            if (!first) {
                out.write(',');
            }
            first = false;
            copier.string(name);
            out.write(':');
            p.nextToken();
            if (indexedFields.contains(name)) {
                JsonNode value = PythonJson.readValue(p);
                kept.put(name, value);
                copier.nonFinite |= CatalogLoader.hasNonFinite(value);
                out.write(PythonJson.dumpCompact(value).getBytes(StandardCharsets.UTF_8));
            } else {
                copier.value(p);
            }
        }
        out.write('}');
        ObjectNode indexed = PythonJson.nodes().objectNode();
        for (String field : indexedFields) {
            JsonNode value = kept.get(field);
            if (value != null) {
                indexed.set(field, value);
            }
        }
        return new Copied(indexed, copier.nonFinite);
    }

    private void value(JsonParser p) throws IOException {
        switch (p.currentToken()) {
            case START_OBJECT -> {
                out.write('{');
                boolean first = true;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    if (!first) {
                        out.write(',');
                    }
                    first = false;
                    string(p.currentName());
                    out.write(':');
                    p.nextToken();
                    value(p);
                }
                out.write('}');
            }
            case START_ARRAY -> {
                out.write('[');
                boolean first = true;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    if (!first) {
                        out.write(',');
                    }
                    first = false;
                    value(p);
                }
                out.write(']');
            }
            case VALUE_STRING -> string(p.getText());
            case VALUE_NUMBER_INT -> out.write(integer(p).getBytes(StandardCharsets.US_ASCII));
            case VALUE_NUMBER_FLOAT -> {
                double d = p.getDoubleValue();
                if (Double.isFinite(d)) {
                    out.write(PythonFloats.repr(d).getBytes(StandardCharsets.US_ASCII));
                } else {
                    nonFinite = true;
                    out.write(NULL);
                }
            }
            case VALUE_TRUE -> out.write(TRUE);
            case VALUE_FALSE -> out.write(FALSE);
            case VALUE_NULL -> out.write(NULL);
            default -> throw new IllegalStateException("unexpected JSON token " + p.currentToken());
        }
    }

    /** The integer as the tree's int, long or big-integer node writes it (so {@code -0} is {@code 0}). */
    private static String integer(JsonParser p) throws IOException {
        return switch (p.getNumberType()) {
            case INT -> Integer.toString(p.getIntValue());
            case LONG -> Long.toString(p.getLongValue());
            default -> p.getBigIntegerValue().toString();
        };
    }

    private void string(String s) throws IOException {
        out.write(PythonJson.quote(s).getBytes(StandardCharsets.UTF_8));
    }
}
