package rdresults.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The catalogs AIstock reads (contract §0, §4), each described once: its file under {@code RDagentDB/aistock/}, the
 * key of its entry list, the fields that identify an entry, and the API path that serves it. Exporters write them,
 * the service serves them, the sync pulls them and {@code rdr doctor} inspects them from this one description.
 */
public enum Catalog {
    FACTORS("factor_catalog.json", "factors", List.of("name", "source"), Set.of(), ApiPaths.FACTORS),
    STRATEGIES("strategy_catalog.json", "strategies", List.of("strategy_id"), Set.of(), ApiPaths.STRATEGIES),
    LOOPS("loop_catalog.json", "loops", List.of("task_run_id", "loop_id", "workspace_id"), Set.of("loop_id"),
            ApiPaths.LOOPS),
    MODELS("model_catalog.json", "models", List.of("model_id"), Set.of(), ApiPaths.MODELS),
    ALPHA158("alpha158_meta.json", "factors", List.of("name"), Set.of(), ApiPaths.ALPHA158);

    /** The API paths as compile-time constants, for annotations such as JAX-RS {@code @Path}. */
    public static final class ApiPaths {
        public static final String FACTORS = "/catalog/factors";
        public static final String STRATEGIES = "/catalog/strategies";
        public static final String LOOPS = "/catalog/loops";
        public static final String MODELS = "/catalog/models";
        public static final String ALPHA158 = "/alpha158/meta";

        private ApiPaths() {
        }
    }

    private final String fileName;
    private final String listKey;
    private final List<String> keyFields;
    private final Set<String> integerKeyFields;
    private final String apiPath;

    Catalog(String fileName, String listKey, List<String> keyFields, Set<String> integerKeyFields, String apiPath) {
        this.fileName = fileName;
        this.listKey = listKey;
        this.keyFields = keyFields;
        this.integerKeyFields = integerKeyFields;
        this.apiPath = apiPath;
    }

    /** The file name under the catalog folder, e.g. {@code factor_catalog.json}. */
    public String fileName() {
        return fileName;
    }

    /** The key of the entry list in the document, e.g. {@code factors}. */
    public String listKey() {
        return listKey;
    }

    /** The fields whose values together identify one entry, most significant first. */
    public List<String> keyFields() {
        return keyFields;
    }

    /** The path of the service endpoint that returns the catalog, e.g. {@code /catalog/factors}. */
    public String apiPath() {
        return apiPath;
    }

    /** Lower-case name for cursors and messages, e.g. {@code factors}. */
    public String resource() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * A string that orders entries by their key fields and identifies one entry: the fields' texts joined by NUL,
     * integer fields zero-padded to 12 digits so that text order is numeric order.
     */
    public String entryKey(JsonNode entry) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < keyFields.size(); i++) {
            String field = keyFields.get(i);
            if (i > 0) {
                key.append('\u0000');
            }
            JsonNode value = entry.path(field);
            key.append(integerKeyFields.contains(field) ? String.format("%012d", value.asLong()) : value.asText());
        }
        return key.toString();
    }
}
