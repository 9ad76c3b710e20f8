package rdresults.api.curves;

import java.time.Instant;
import java.util.List;

/**
 * A loop's backtest series as stored, one row per date: {@code return}, {@code cost}, {@code bench} and
 * {@code turnover}, NaN where the file holds no number. Arrays, not lists of boxed doubles: a series may hold
 * thousands of rows and is only read after it is built.
 */
public record ReturnSeries(List<Instant> dates, double[] returns, double[] cost, double[] bench, double[] turnover) {

    public ReturnSeries {
        dates = List.copyOf(dates);
        int n = dates.size();
        if (returns.length != n || cost.length != n || bench.length != n || turnover.length != n) {
            throw new IllegalArgumentException("every column needs one value per date (" + n + " dates)");
        }
    }

    public int size() {
        return dates.size();
    }
}
