package rdresults.api.console;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * A JSON tree shown as YAML-like indented text (configs read better so than as JSON). For reading only: strings are
 * written plainly, not quoted, so the text is not meant to be parsed back.
 */
final class YamlText {

    private YamlText() {
    }

    static String of(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(out, node, 0);
        return out.toString().stripTrailing();
    }

    private static void write(StringBuilder out, JsonNode node, int indent) {
        if (node.isObject()) {
            if (node.isEmpty()) {
                out.append("{}\n");
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                pad(out, indent).append(e.getKey()).append(':');
                child(out, e.getValue(), indent);
            }
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                out.append("[]\n");
                return;
            }
            for (JsonNode item : node) {
                pad(out, indent).append('-');
                child(out, item, indent);
            }
        } else {
            out.append(scalar(node)).append('\n');
        }
    }

    private static void child(StringBuilder out, JsonNode value, int indent) {
        if (value.isContainerNode() && !value.isEmpty()) {
            out.append('\n');
            write(out, value, indent + 1);
        } else {
            out.append(' ');
            write(out, value, indent);
        }
    }

    private static StringBuilder pad(StringBuilder out, int indent) {
        return out.append("  ".repeat(indent));
    }

    private static String scalar(JsonNode n) {
        return n.isNull() || n.isMissingNode() ? "null" : n.asText();
    }
}
