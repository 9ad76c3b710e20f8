package rdresults.api.curves;

import java.time.Instant;
import java.util.Optional;

/**
 * The series Qlib's report graph ({@code qlib.contrib.report.analysis_position.report}) derives from a return
 * series: cumulative sums, not compounded products, and drawdowns as the value minus its running maximum. NaN
 * inputs are skipped as pandas' {@code cumsum}/{@code cummax} skip them: the point stays NaN, the sum goes on.
 */
public record ReportCurves(ReturnSeries series,
                           double[] cumReturnWoCost, double[] cumReturnWCost, double[] cumBench,
                           double[] cumExcessWoCost, double[] cumExcessWCost,
                           double[] drawdownExcessWoCost, double[] drawdownExcessWCost,
                           Optional<MaxDrawdown> maxDrawdownExcessWoCost,
                           Optional<MaxDrawdown> maxDrawdownExcessWCost) {

    /** The deepest drawdown of a curve: its value (negative, or 0) and the dates of the peak and the trough. */
    public record MaxDrawdown(double value, Instant peakDate, Instant troughDate) {
    }

    public static ReportCurves of(ReturnSeries s) {
        int n = s.size();
        double[] wCost = new double[n];
        double[] excess = new double[n];
        double[] excessWCost = new double[n];
        for (int i = 0; i < n; i++) {
            wCost[i] = s.returns()[i] - s.cost()[i];
            excess[i] = s.returns()[i] - s.bench()[i];
            excessWCost[i] = s.returns()[i] - s.bench()[i] - s.cost()[i];
        }
        double[] cumExcess = cumsum(excess);
        double[] cumExcessWCost = cumsum(excessWCost);
        double[] ddExcess = drawdown(cumExcess);
        double[] ddExcessWCost = drawdown(cumExcessWCost);
        return new ReportCurves(s, cumsum(s.returns()), cumsum(wCost), cumsum(s.bench()), cumExcess, cumExcessWCost,
                ddExcess, ddExcessWCost, maxDrawdown(s, cumExcess),
                maxDrawdown(s, cumExcessWCost));
    }

    /** pandas {@code Series.cumsum()}: NaN stays NaN at its place and is skipped by the sum. */
    static double[] cumsum(double[] v) {
        double[] out = new double[v.length];
        double sum = 0;
        for (int i = 0; i < v.length; i++) {
            if (Double.isNaN(v[i])) {
                out[i] = Double.NaN;
            } else {
                sum += v[i];
                out[i] = sum;
            }
        }
        return out;
    }

    /** {@code v - v.cummax()}, NaN skipped as pandas skips it. */
    static double[] drawdown(double[] v) {
        double[] out = new double[v.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < v.length; i++) {
            if (Double.isNaN(v[i])) {
                out[i] = Double.NaN;
            } else {
                max = Math.max(max, v[i]);
                out[i] = v[i] - max;
            }
        }
        return out;
    }

    /**
     * The lowest point of {@code curve - curve.cummax()} (the first when tied) and the last point before it where the
     * curve stood at that running maximum; empty when the curve holds no number.
     */
    private static Optional<MaxDrawdown> maxDrawdown(ReturnSeries s, double[] curve) {
        int peak = -1;
        int bestPeak = -1;
        int trough = -1;
        double best = 0;
        for (int i = 0; i < curve.length; i++) {
            if (Double.isNaN(curve[i])) {
                continue;
            }
            if (peak < 0 || curve[i] >= curve[peak]) {
                peak = i;
            }
            double dd = curve[i] - curve[peak];
            if (trough < 0 || dd < best) {
                best = dd;
                trough = i;
                bestPeak = peak;
            }
        }
        if (trough < 0) {
            return Optional.empty();
        }
        return Optional.of(new MaxDrawdown(best, s.dates().get(bestPeak), s.dates().get(trough)));
    }
}
