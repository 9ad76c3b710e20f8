package rdresults.testkit.internal.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A text with {@code {{key}}} placeholders, split once so that rendering thousands of workspaces is a few appends.
 * Values are inserted verbatim (callers quote YAML or Python themselves).
 */
final class TextTemplate {

    private final String name;
    private final List<String> literals;
    private final List<String> keys;

    private TextTemplate(String name, List<String> literals, List<String> keys) {
        this.name = name;
        this.literals = literals;
        this.keys = keys;
    }

    static TextTemplate fromResource(String relativePath) {
        return parse(relativePath, Resources.text(relativePath));
    }

    static TextTemplate parse(String name, String text) {
        List<String> literals = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        int from = 0;
        while (true) {
            int open = text.indexOf("{{", from);
            if (open < 0) {
                literals.add(text.substring(from));
                return new TextTemplate(name, List.copyOf(literals), List.copyOf(keys));
            }
            int close = text.indexOf("}}", open);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed placeholder in template " + name + " at " + open);
            }
            literals.add(text.substring(from, open));
            keys.add(text.substring(open + 2, close));
            from = close + 2;
        }
    }

    String render(Map<String, String> values) {
        StringBuilder out = new StringBuilder(literals.stream().mapToInt(String::length).sum() + 256);
        for (int i = 0; i < keys.size(); i++) {
            out.append(literals.get(i));
            String value = values.get(keys.get(i));
            if (value == null) {
                throw new IllegalArgumentException("template " + name + " needs a value for {{" + keys.get(i) + "}}");
            }
            out.append(value);
        }
        return out.append(literals.get(literals.size() - 1)).toString();
    }
}
