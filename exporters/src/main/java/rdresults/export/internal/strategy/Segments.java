package rdresults.export.internal.strategy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Train, validation and test date ranges of a strategy (seed extras, contract §7), from
 * {@code dataset_config.kwargs.segments.{train,valid,test}[0|1]}; the YAML key is {@code valid}, the catalog field
 * {@code val_*}. Values are {@code YYYY-MM-DD} strings: a YAML date is already that text, a datetime keeps its date
 * part; anything else (missing, not a date) is null.
 */
record Segments(String trainStart, String trainEnd, String valStart, String valEnd,
                String testStart, String testEnd) {

    static final Segments NONE = new Segments(null, null, null, null, null, null);

    private static final Pattern DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:[ T].*)?$");

    /** The segments of a {@code task.dataset} block, or all null when it is absent or has none. */
    static Segments of(JsonNode datasetConfig) {
        JsonNode segments = datasetConfig == null ? null : datasetConfig.path("kwargs").path("segments");
        if (segments == null || !segments.isObject()) {
            return NONE;
        }
        return new Segments(date(segments, "train", 0), date(segments, "train", 1),
                date(segments, "valid", 0), date(segments, "valid", 1),
                date(segments, "test", 0), date(segments, "test", 1));
    }

    /** Writes the six fields, nulls included, so every entry has the same shape. */
    void writeTo(ObjectNode entry) {
        entry.put("train_start", trainStart);
        entry.put("train_end", trainEnd);
        entry.put("val_start", valStart);
        entry.put("val_end", valEnd);
        entry.put("test_start", testStart);
        entry.put("test_end", testEnd);
    }

    private static String date(JsonNode segments, String key, int index) {
        JsonNode range = segments.get(key);
        if (range == null || !range.isArray() || range.size() <= index || !range.get(index).isTextual()) {
            return null;
        }
        Matcher m = DATE.matcher(range.get(index).textValue().trim());
        return m.matches() ? m.group(1) : null;
    }
}
