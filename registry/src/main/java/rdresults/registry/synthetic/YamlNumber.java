package rdresults.registry.synthetic;

/**
 * A number as written in a YAML file and as PyYAML loads it. PyYAML follows YAML 1.1, where {@code 2e-05} (no dot)
 * is a string but {@code 0.0005} is a float; model_meta.json and the artifact rows carry the loaded value.
 *
 * @param text the YAML text
 * @param json the loaded value: a {@link String} or a {@link PyFloat}
 */
record YamlNumber(String text, Object json) {

    static YamlNumber of(String text) {
        boolean pyyamlFloat = text.contains(".");
        return new YamlNumber(text, pyyamlFloat ? PyFloat.of(Double.parseDouble(text)) : text);
    }
}
