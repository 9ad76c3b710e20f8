package rdresults.export.internal.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import java.util.Optional;

/**
 * The names of the features a model was trained on (REQ-MODEL-P2-001 {@code feature_names}), in order:
 * <ol>
 *   <li>the {@code col_list} of a {@code FilterCol} processor of the dataset's handler ({@code infer_processors},
 *       then {@code learn_processors}): the columns the model actually received;</li>
 *   <li>else from the feature schema: Qlib's {@code [[expressions], [names]]} pair gives the names; a flat list of
 *       strings is itself the names (Qlib names such columns by their expressions); a mapping is read through its
 *       first {@code feature}, {@code fields} or {@code columns} entry.</li>
 * </ol>
 * Lists that are not all strings are not names.
 */
public final class FeatureNames {

    private FeatureNames() {
    }

    /** The feature names, or empty when neither source yields a list of names. */
    public static Optional<ArrayNode> of(JsonNode datasetConfig, JsonNode featureSchema) {
        Optional<ArrayNode> filtered = fromFilterCol(datasetConfig);
        return filtered.isPresent() ? filtered : fromSchema(featureSchema);
    }

    private static Optional<ArrayNode> fromFilterCol(JsonNode datasetConfig) {
        if (datasetConfig == null) {
            return Optional.empty();
        }
        JsonNode handlerKwargs = datasetConfig.path("kwargs").path("handler").path("kwargs");
        for (String group : List.of("infer_processors", "learn_processors")) {
            for (JsonNode processor : handlerKwargs.path(group)) {
                String cls = processor.path("class").asText("");
                if (cls.equals("FilterCol") || cls.endsWith(".FilterCol")) {
                    JsonNode cols = processor.path("kwargs").path("col_list");
                    if (allStrings(cols)) {
                        return Optional.of(((ArrayNode) cols).deepCopy());
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<ArrayNode> fromSchema(JsonNode schema) {
        if (schema == null) {
            return Optional.empty();
        }
        if (schema.isArray() && schema.size() == 2 && schema.get(0).isArray() && allStrings(schema.get(1))
                && schema.get(0).size() == schema.get(1).size()) {
            return Optional.of(((ArrayNode) schema.get(1)).deepCopy());
        }
        if (allStrings(schema)) {
            return Optional.of(((ArrayNode) schema).deepCopy());
        }
        if (schema.isObject()) {
            for (String key : List.of("feature", "fields", "columns")) {
                if (schema.path(key).isArray()) {
                    return fromSchema(schema.get(key));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean allStrings(JsonNode list) {
        if (!list.isArray() || list.isEmpty()) {
            return false;
        }
        for (JsonNode v : list) {
            if (!v.isTextual()) {
                return false;
            }
        }
        return true;
    }
}
