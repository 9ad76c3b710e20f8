package rdresults.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import rdresults.model.InvalidInputException;
import rdresults.model.PythonYaml;

/**
 * Parsed YAML documents keyed by their text. RD-Agent copies the same few templates into every workspace, so a
 * large export parses each distinct text once. Bounded (least recently used out); thread-safe. Cached trees are
 * shared: callers must treat them as read-only and copy before changing.
 */
final class ParsedYamlCache {

    /** A parsed root mapping, or the reason the text is unusable. */
    record Parsed(JsonNode mapping, String error) {
    }

    private static final int MAX_ENTRIES = 2048;

    private final Map<String, Parsed> byText = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Parsed> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    Parsed mapping(String text) {
        synchronized (byText) {
            Parsed hit = byText.get(text);
            if (hit != null) {
                return hit;
            }
        }
        Parsed parsed;
        try {
            parsed = new Parsed(PythonYaml.loadMapping(text, "YAML"), null);
        } catch (InvalidInputException e) {
            parsed = new Parsed(null, e.getMessage());
        }
        synchronized (byText) {
            byText.put(text, parsed);
        }
        return parsed;
    }
}
