package rdresults.api.curves;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import rdresults.model.InvalidInputException;
import rdresults.model.PythonJson;

/**
 * Reads {@code ret_schema.json}, written by pandas' {@code DataFrame.to_json(orient="table")}: {@code schema} (field
 * names and types) and {@code data} (one object per row). The dates are the {@code datetime} field, whether it is
 * a column or the index; {@code return} is required, {@code cost}, {@code bench} and {@code turnover} read as NaN
 * when the file lacks them.
 */
final class RetSchemaJsonReader {

    private RetSchemaJsonReader() {
    }

    static ReturnSeries read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw CurvesUnavailableException.unreadable(file, e);
        }
        JsonNode root;
        try {
            root = PythonJson.parse(bytes, file.getFileName().toString());
        } catch (InvalidInputException e) {
            throw new CurvesUnavailableException(e.getMessage(), e);
        }
        JsonNode data = root.path("data");
        if (!data.isArray()) {
            throw corrupt(file, "no \"data\" array (not pandas orient=table)");
        }
        int n = data.size();
        List<Instant> dates = new ArrayList<>(n);
        ColumnBuilder columns = new ColumnBuilder(n);
        for (JsonNode row : data) {
            JsonNode date = row.get(ReturnColumns.DATETIME);
            if (date == null || !date.isTextual()) {
                throw corrupt(file, "row " + dates.size() + " has no \"datetime\" text");
            }
            dates.add(ReturnColumns.parseDate(date.asText(), () -> corrupt(file, "row " + dates.size()
                    + ": \"datetime\" is not an ISO-8601 time: '" + date.asText() + "'")));
            for (String column : ReturnColumns.VALUES) {
                columns.set(column, dates.size() - 1, number(row.get(column)));
            }
        }
        if (n > 0 && !hasField(root, ReturnColumns.RETURN) && !data.get(0).has(ReturnColumns.RETURN)) {
            throw corrupt(file, "no \"return\" column");
        }
        return columns.build(dates);
    }

    private static boolean hasField(JsonNode root, String name) {
        for (JsonNode f : root.path("schema").path("fields")) {
            if (name.equals(f.path("name").asText())) {
                return true;
            }
        }
        return false;
    }

    /** A number, or NaN for null, a missing value or anything else pandas could have written for a missing one. */
    private static double number(JsonNode v) {
        return v != null && v.isNumber() ? v.doubleValue() : Double.NaN;
    }

    private static CurvesUnavailableException corrupt(Path file, String why) {
        return new CurvesUnavailableException(file.getFileName() + " is not a return series: " + why);
    }
}
