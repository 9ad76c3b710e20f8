package rdresults.api.curves;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Collects the value columns row by row, NaN until set. */
final class ColumnBuilder {

    private final Map<String, double[]> columns = new HashMap<>();

    ColumnBuilder(int rows) {
        for (String c : ReturnColumns.VALUES) {
            double[] values = new double[rows];
            Arrays.fill(values, Double.NaN);
            columns.put(c, values);
        }
    }

    void set(String column, int row, double value) {
        columns.get(column)[row] = value;
    }

    ReturnSeries build(List<Instant> dates) {
        return new ReturnSeries(dates, columns.get(ReturnColumns.RETURN), columns.get(ReturnColumns.COST),
                columns.get(ReturnColumns.BENCH), columns.get(ReturnColumns.TURNOVER));
    }
}
