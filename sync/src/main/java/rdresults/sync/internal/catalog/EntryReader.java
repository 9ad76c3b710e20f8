package rdresults.sync.internal.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import rdresults.model.PythonJson;
import rdresults.sync.MalformedPayloadException;

/**
 * Typed, checked access to the fields of one catalog entry. Absent and {@code null} fields read as null; a field of
 * the wrong type is a {@link MalformedPayloadException} naming the resource and the field's path (e.g.
 * {@code loops[3].summary_texts.execution}). It remembers which fields were read, so {@link #extra()} can keep the
 * rest.
 */
public final class EntryReader {

    private final String resource;
    private final String path;
    private final ObjectNode node;
    private final Set<String> consumed = new HashSet<>();
    private final Map<String, EntryReader> children = new LinkedHashMap<>();

    private EntryReader(String resource, String path, ObjectNode node) {
        this.resource = resource;
        this.path = path;
        this.node = node;
    }

    /** A reader over {@code entry}, which must be a JSON object. */
    public static EntryReader of(String resource, String path, JsonNode entry) {
        if (entry == null || !entry.isObject()) {
            throw new MalformedPayloadException(resource, path, "expected an object, got " + kind(entry));
        }
        return new EntryReader(resource, path, (ObjectNode) entry);
    }

    public String path() {
        return path;
    }

    /** A non-empty string that is part of the key. */
    public String requiredText(String field) {
        String s = text(field);
        if (s == null) {
            throw malformed(field, "required key field is missing");
        }
        if (s.isEmpty()) {
            throw malformed(field, "required key field is empty");
        }
        return s;
    }

    /** An integer that is part of the key. */
    public long requiredInteger(String field) {
        Long v = integer(field);
        if (v == null) {
            throw malformed(field, "required key field is missing");
        }
        return v;
    }

    /** A string, or null. */
    public String text(String field) {
        JsonNode v = take(field);
        if (v == null) {
            return null;
        }
        if (!v.isTextual()) {
            throw malformed(field, "expected a string, got " + kind(v));
        }
        return v.textValue();
    }

    /** A whole number, or null. */
    public Long integer(String field) {
        JsonNode v = take(field);
        if (v == null) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw malformed(field, "expected an integer, got " + kind(v));
        }
        return v.longValue();
    }

    /** A number, or null. */
    public Double number(String field) {
        JsonNode v = take(field);
        if (v == null) {
            return null;
        }
        if (!v.isNumber()) {
            throw malformed(field, "expected a number, got " + kind(v));
        }
        return v.doubleValue();
    }

    /** true/false, or null. */
    public Boolean bool(String field) {
        JsonNode v = take(field);
        if (v == null) {
            return null;
        }
        if (!v.isBoolean()) {
            throw malformed(field, "expected true or false, got " + kind(v));
        }
        return v.booleanValue();
    }

    /** Any JSON value as compact JSON text, or null. */
    public String json(String field) {
        JsonNode v = take(field);
        return v == null ? null : PythonJson.dumpCompact(v);
    }

    /** A JSON object as text, or null. */
    public String jsonObject(String field) {
        JsonNode v = take(field);
        if (v == null) {
            return null;
        }
        if (!v.isObject()) {
            throw malformed(field, "expected an object, got " + kind(v));
        }
        return PythonJson.dumpCompact(v);
    }

    /** A JSON array as text, or null. */
    public String jsonArray(String field) {
        JsonNode v = take(field);
        if (v == null) {
            return null;
        }
        if (!v.isArray()) {
            throw malformed(field, "expected an array, got " + kind(v));
        }
        return PythonJson.dumpCompact(v);
    }

    /** A JSON array of strings as text, or null. */
    public String stringArray(String field) {
        JsonNode v = take(field);
        if (v == null) {
            return null;
        }
        if (!v.isArray()) {
            throw malformed(field, "expected an array of strings, got " + kind(v));
        }
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isTextual()) {
                throw malformed(field + "[" + i + "]", "expected a string, got " + kind(v.get(i)));
            }
        }
        return PythonJson.dumpCompact(v);
    }

    /**
     * A nested object whose fields map to their own columns; absent or null reads as an empty object. Fields of it
     * that are never read end up in {@link #extra()} under this field's name.
     */
    public EntryReader object(String field) {
        consumed.add(field);
        JsonNode v = node.get(field);
        ObjectNode o;
        if (v == null || v.isNull()) {
            o = PythonJson.nodes().objectNode();
        } else if (v.isObject()) {
            o = (ObjectNode) v;
        } else {
            throw malformed(field, "expected an object, got " + kind(v));
        }
        EntryReader child = new EntryReader(resource, path + "." + field, o);
        children.put(field, child);
        return child;
    }

    /** The fields never read, as a compact JSON object, or null when every field was read. */
    public String extra() {
        ObjectNode rest = extraNode();
        return rest.isEmpty() ? null : PythonJson.dumpCompact(rest);
    }

    private ObjectNode extraNode() {
        ObjectNode rest = PythonJson.nodes().objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            EntryReader child = children.get(f.getKey());
            if (child != null) {
                ObjectNode childRest = child.extraNode();
                if (!childRest.isEmpty()) {
                    rest.set(f.getKey(), childRest);
                }
            } else if (!consumed.contains(f.getKey())) {
                rest.set(f.getKey(), f.getValue());
            }
        }
        return rest;
    }

    /** The value, or null when absent or JSON null; marks the field as read. */
    private JsonNode take(String field) {
        consumed.add(field);
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v;
    }

    private MalformedPayloadException malformed(String field, String problem) {
        return new MalformedPayloadException(resource, path + "." + field, problem);
    }

    static String kind(JsonNode v) {
        if (v == null || v.isMissingNode()) {
            return "nothing";
        }
        return switch (v.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> v.isIntegralNumber() ? "an integer" : "a number";
            case BOOLEAN -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NULL -> "null";
            default -> v.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
