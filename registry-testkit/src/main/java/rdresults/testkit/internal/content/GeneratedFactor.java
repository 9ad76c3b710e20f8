package rdresults.testkit.internal.content;

import java.util.List;
import java.util.Map;
import rdresults.testkit.EdgeCase;

/**
 * A factor the loop implemented: its name and the template and window its expression and code come from. Two
 * factors may share template and window under different names (see {@link EdgeCase#SAME_EXPRESSION_DIFFERENT_NAMES}).
 *
 * @param bareFunctionName name factor.py's function {@code <name>} instead of {@code calculate_<name>}
 */
public record GeneratedFactor(String name, FactorTemplate template, int window, boolean bareFunctionName) {

    public String expression() {
        return template.expression(window);
    }

    public String description() {
        return template.description(window);
    }

    public Map<String, String> variables() {
        return template.variables(window);
    }

    List<String> codeBody() {
        return template.body(window);
    }

    /** The Python function in factor.py; names that are not identifiers get {@code _} for the offending chars. */
    String functionName() {
        StringBuilder identifier = new StringBuilder(name.length());
        name.codePoints().forEach(cp -> identifier.appendCodePoint(
                Character.isLetterOrDigit(cp) || cp == '_' ? cp : '_'));
        return bareFunctionName ? identifier.toString() : "calculate_" + identifier;
    }
}
