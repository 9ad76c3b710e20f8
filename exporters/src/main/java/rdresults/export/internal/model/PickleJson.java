package rdresults.export.internal.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import rdresults.model.PythonJson;

/**
 * A {@link PlainPickle} value as the JSON Python's {@code json.dumps} writes for it: lists, tuples and sets as
 * arrays, dicts with text keys as objects. Bytes, and dicts with other keys, have no faithful JSON form here and
 * become null.
 */
final class PickleJson {

    private PickleJson() {
    }

    static JsonNode toJson(Object value) {
        JsonNodeFactory nodes = PythonJson.nodes();
        if (value == null) {
            return nodes.nullNode();
        }
        if (value instanceof String s) {
            return nodes.textNode(s);
        }
        if (value instanceof Boolean b) {
            return nodes.booleanNode(b);
        }
        if (value instanceof Long l) {
            return nodes.numberNode(l);
        }
        if (value instanceof BigInteger i) {
            return nodes.numberNode(i);
        }
        if (value instanceof Double d) {
            return nodes.numberNode(d);
        }
        if (value instanceof PlainPickle.Tuple t) {
            return array(t.items());
        }
        if (value instanceof List<?> l) {
            return array(l);
        }
        if (value instanceof Map<?, ?> m && m.keySet().stream().allMatch(String.class::isInstance)) {
            ObjectNode o = nodes.objectNode();
            m.forEach((k, v) -> o.set((String) k, toJson(v)));
            return o;
        }
        return nodes.nullNode();
    }

    private static ArrayNode array(List<?> items) {
        ArrayNode a = PythonJson.nodes().arrayNode();
        items.forEach(i -> a.add(toJson(i)));
        return a;
    }
}
