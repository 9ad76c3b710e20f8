package rdresults.testkit.internal.content;

import com.fasterxml.jackson.databind.JsonNode;
import rdresults.model.PythonYaml;

/**
 * A number as written in a YAML file and as PyYAML loads it. PyYAML follows YAML 1.1, where {@code 2e-05} (no dot)
 * is a string but {@code 0.0005} is a float; model_meta.json and the artifact rows carry the loaded value.
 *
 * @param text the YAML text
 * @param json the value {@link PythonYaml} loads from it: a string or a float node
 */
public record YamlNumber(String text, JsonNode json) {

    /** Parses with a YAML loader; build the few values once, not per loop. */
    public static YamlNumber of(String text) {
        return new YamlNumber(text, PythonYaml.load(text, "YAML scalar " + text));
    }
}
