package rdresults.factorlib.internal.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import rdresults.factorlib.SemVer;
import rdresults.factorlib.internal.store.ManifestJson;
import rdresults.factorlib.internal.store.PackageFiles;
import rdresults.model.InvalidInputException;
import rdresults.model.PythonJson;

/**
 * Sets {@code impl_module}, {@code impl_func} and {@code impl_version} on factors of a loop's
 * {@code factor_meta.json}. Every other key keeps its value and position (existing pointer keys are updated where
 * they stand, missing ones appended); the file is rewritten atomically, as the Python tools format it
 * ({@code indent=2}, raw UTF-8), and only when a value actually changes.
 */
public final class FactorMetaUpdater {

    /** The function and version one factor's pointer names. */
    public record Target(String func, SemVer version) {
    }

    private FactorMetaUpdater() {
    }

    /**
     * Applies {@code targets} (factor name → pointer) to {@code file}.
     *
     * @return whether the file was rewritten
     * @throws InvalidInputException when the file is not JSON with a {@code factors} list
     */
    public static boolean apply(Path file, Map<String, Target> targets) {
        byte[] original = PackageFiles.read(file);
        JsonNode root = PythonJson.parse(original, file.toString());
        JsonNode factors = root.path("factors");
        if (!factors.isArray()) {
            throw new InvalidInputException("factor_meta.json without a factors list: " + file);
        }
        boolean changed = false;
        for (JsonNode node : factors) {
            Target target = node.isObject() ? targets.get(node.path("name").asText(null)) : null;
            if (target != null) {
                ObjectNode factor = (ObjectNode) node;
                changed |= set(factor, "impl_module", ManifestJson.MODULE);
                changed |= set(factor, "impl_func", target.func());
                changed |= set(factor, "impl_version", target.version().toString());
            }
        }
        if (changed) {
            String text = PythonJson.dumpIndented(root);
            boolean finalNewline = original.length > 0 && original[original.length - 1] == '\n';
            PackageFiles.write(file, (finalNewline ? text + "\n" : text).getBytes(StandardCharsets.UTF_8));
        }
        return changed;
    }

    private static boolean set(ObjectNode factor, String key, String value) {
        JsonNode old = factor.get(key);
        if (old != null && old.isTextual() && old.textValue().equals(value)) {
            return false;
        }
        factor.put(key, value);
        return true;
    }
}
