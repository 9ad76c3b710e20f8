package rdresults.export.internal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Python's truth test on JSON values, which the reference exporters apply through {@code x or default}: null,
 * {@code false}, zero, {@code ""}, {@code []} and {@code {}} are falsy; everything else (NaN included) is truthy.
 */
public final class Truthiness {

    private Truthiness() {
    }

    /** {@code bool(value)} in Python; a missing value (Java null) is falsy. */
    public static boolean isTruthy(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return false;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isNumber()) {
            return value.isIntegralNumber() ? value.bigIntegerValue().signum() != 0 : value.doubleValue() != 0.0;
        }
        if (value.isTextual()) {
            return !value.textValue().isEmpty();
        }
        if (value.isContainerNode()) {
            return !value.isEmpty();
        }
        return true;
    }
}
