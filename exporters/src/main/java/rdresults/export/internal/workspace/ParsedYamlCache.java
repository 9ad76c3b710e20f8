package rdresults.export.internal.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import rdresults.model.InvalidInputException;
import rdresults.model.PythonYaml;

/**
 * Parsed YAML documents keyed by their text. RD-Agent copies the same few templates into every workspace, so a
 * large export parses each distinct text once. Bounded (least recently used out); thread-safe. Cached trees are
 * shared: callers must treat them as read-only and copy before changing.
 */
public final class ParsedYamlCache {

    /** A parsed root mapping, or the reason the text is unusable. */
    record Parsed(JsonNode mapping, String error) {
    }

    /**
     * Enough for the templates a registry repeats (they are used by visit after visit, so they stay); small, since
     * most texts are unique (generated configs) and pass through too: every young collection copies the trees kept
     * here, and with 256 entries those copies took 2.7 s of a 20 x 500 export's collection pauses, against 1.0 s
     * with 32 (which still serves about 300 of the 500 hits of 256 entries).
     */
    private static final int MAX_ENTRIES = 32;

    private final Map<String, Parsed> byText = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Parsed> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /** One loader per thread that parses (loaders are not thread-safe; setting one up costs a small parse). */
    private final ThreadLocal<PythonYaml.Loader> loaders = ThreadLocal.withInitial(PythonYaml::loader);

    Parsed mapping(String text) {
        // flat documents (MLflow meta.yaml) are each unique: read them directly, keep them out of the cache
        Optional<ObjectNode> flat = FlatYaml.mapping(text);
        if (flat.isPresent()) {
            return new Parsed(flat.get(), null);
        }
        synchronized (byText) {
            Parsed hit = byText.get(text);
            if (hit != null) {
                return hit;
            }
        }
        Parsed parsed;
        try {
            parsed = new Parsed(loaders.get().loadMapping(text, "YAML"), null);
        } catch (InvalidInputException e) {
            parsed = new Parsed(null, e.getMessage());
        }
        synchronized (byText) {
            byText.put(text, parsed);
        }
        return parsed;
    }
}
