package rdresults.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Holds {@link BlockYamlReader} to its promise for any text: what it reads is exactly what the full parser
 * (SnakeYAML with PyYAML's rules) builds, and a text the full parser refuses is never read. Shared with the other
 * modules' tests through the test jar (the generated registries' configurations are checked in registry-testkit).
 */
public final class BlockYamlCheck {

    /** Whether the reader took the text, and how its result differs from the full parser's (null: it does not). */
    public record Outcome(boolean taken, String divergence) {
    }

    private BlockYamlCheck() {
    }

    public static Outcome check(String text) {
        PythonYaml.Loader loader = PythonYaml.loader();
        // any other exception than the ones the loader turns into "full parse" fails the caller's test
        Map<Object, Object> block = loader.block(text);
        Object full;
        try {
            full = loader.parse(text, "text");
        } catch (InvalidInputException e) {
            return new Outcome(block != null, block == null ? null
                    : "the reader took a text the full parser refuses (" + e.getMessage() + ")");
        }
        if (block == null) {
            return new Outcome(false, null);
        }
        JsonNode expected = PythonYaml.node(full);
        JsonNode actual = PythonYaml.node(block);
        String expectedText = PythonJson.dumps(expected);
        String actualText = PythonJson.dumps(actual);
        if (!expectedText.equals(actualText) || !expected.equals(actual)) {
            return new Outcome(true, "reader " + actualText + " vs full parser " + expectedText);
        }
        return new Outcome(true, null);
    }
}
