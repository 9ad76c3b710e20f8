package rdresults.export.internal.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the model catalog knows about one workspace's model (contract §4.4). Each value is as found (any JSON
 * type); Java null means "not found", which is also what a JSON null counts as.
 *
 * @param modelType     the model class name
 * @param modelConfig   {@code task.model} of the experiment config
 * @param datasetConfig {@code task.dataset}
 * @param featureSchema the handler's {@code feature} setting
 * @param modelTypeSource where {@code modelType} was found: the workspace file ({@code model.py},
 *                      {@code model_meta.json}, {@code mlruns/.../params.pkl}, a YAML file) or {@code registry} (the
 *                      report artifact row); null when there is no type
 */
public record ModelFields(JsonNode modelType, JsonNode modelConfig, JsonNode datasetConfig, JsonNode featureSchema,
                          String modelTypeSource) {

    public ModelFields {
        modelType = absentIfNull(modelType);
        modelConfig = absentIfNull(modelConfig);
        datasetConfig = absentIfNull(datasetConfig);
        featureSchema = absentIfNull(featureSchema);
    }

    /** Python truthiness of a JSON value: null, false, 0, "" and empty containers are false. */
    static boolean isTruthy(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return false;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isNumber()) {
            return value.doubleValue() != 0 || Double.isNaN(value.doubleValue());
        }
        if (value.isTextual()) {
            return !value.textValue().isEmpty();
        }
        return !value.isContainerNode() || !value.isEmpty();
    }

    static JsonNode absentIfNull(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode() ? null : value;
    }
}
