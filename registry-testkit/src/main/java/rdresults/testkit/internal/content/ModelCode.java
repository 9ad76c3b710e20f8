package rdresults.testkit.internal.content;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/** model.py per {@link ModelKind}, and the {@code model_type} the fork reads out of it (contract §2.6). */
public final class ModelCode {

    private final Map<ModelKind, byte[]> code = new EnumMap<>(ModelKind.class);
    private final Map<ModelKind, String> modelTypes = new EnumMap<>(ModelKind.class);

    public ModelCode() {
        for (ModelKind kind : ModelKind.values()) {
            String text = Resources.text(kind.codeResource());
            code.put(kind, text.getBytes(StandardCharsets.UTF_8));
            modelTypes.put(kind, modelType(text));
        }
    }

    /** The shared bytes of one model.py; callers must not modify them. */
    public byte[] bytes(ModelKind kind) {
        return code.get(kind);
    }

    public String modelType(ModelKind kind) {
        return modelTypes.get(kind);
    }

    /**
     * The first stripped line starting with {@code class } that contains {@code (} and {@code Model} gives the class
     * name; otherwise the text after {@code model_cls = }.
     */
    static String modelType(String source) {
        String assigned = null;
        for (String raw : source.split("\n")) {
            String line = raw.strip();
            if (line.startsWith("class ") && line.contains("(") && line.contains("Model")) {
                return line.substring("class ".length(), line.indexOf('(')).strip();
            }
            if (assigned == null && line.startsWith("model_cls = ")) {
                assigned = line.substring("model_cls = ".length()).strip();
            }
        }
        if (assigned == null) {
            throw new IllegalStateException("model template defines neither a *Model class nor model_cls");
        }
        return assigned;
    }
}
