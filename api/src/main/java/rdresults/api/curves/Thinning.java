package rdresults.api.curves;

import java.util.BitSet;

/**
 * Which points of a long series a chart gets: the series is cut into buckets, and each bucket keeps its first point
 * plus the lowest and highest point of both excess curves and the lowest point of both drawdowns, so no peak,
 * trough or drawdown disappears; the last point is always kept. Computed on the full series after the cumulative
 * sums, so thinning never changes a value.
 */
public record Thinning(Mode mode, int n) {

    /** {@code every}: buckets of n points; {@code maxPoints}: at most n points in all. */
    public enum Mode { ALL, EVERY, MAX_POINTS }

    /** Points kept per bucket at most (first, 2 extrema of 2 excess curves, 2 drawdown minima), for max_points. */
    static final int PER_BUCKET = 7;
    public static final int MIN_MAX_POINTS = PER_BUCKET + 1;
    public static final Thinning NONE = new Thinning(Mode.ALL, 0);

    public static Thinning every(int n) {
        return new Thinning(Mode.EVERY, n);
    }

    public static Thinning maxPoints(int n) {
        return new Thinning(Mode.MAX_POINTS, n);
    }

    /** The indices to keep, ascending. */
    BitSet keep(ReportCurves c) {
        int size = c.series().size();
        BitSet keep = new BitSet(size);
        int bucket = bucketSize(size);
        if (bucket <= 1) {
            keep.set(0, size);
            return keep;
        }
        for (int start = 0; start < size; start += bucket) {
            int end = Math.min(size, start + bucket);
            keep.set(start);
            keepExtremes(keep, c.cumExcessWoCost(), start, end, true);
            keepExtremes(keep, c.cumExcessWCost(), start, end, true);
            keepExtremes(keep, c.drawdownExcessWoCost(), start, end, false);
            keepExtremes(keep, c.drawdownExcessWCost(), start, end, false);
        }
        keep.set(size - 1);
        return keep;
    }

    private int bucketSize(int size) {
        return switch (mode) {
            case ALL -> 1;
            case EVERY -> n;
            // one slot stays free for the last point
            case MAX_POINTS -> size <= n ? 1 : ceilDiv(size, Math.max(1, (n - 1) / PER_BUCKET));
        };
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    private static void keepExtremes(BitSet keep, double[] v, int start, int end, boolean alsoMax) {
        int min = -1;
        int max = -1;
        for (int i = start; i < end; i++) {
            if (Double.isNaN(v[i])) {
                continue;
            }
            if (min < 0 || v[i] < v[min]) {
                min = i;
            }
            if (max < 0 || v[i] > v[max]) {
                max = i;
            }
        }
        if (min >= 0) {
            keep.set(min);
            if (alsoMax) {
                keep.set(max);
            }
        }
    }
}
