package rdresults.export.internal.factor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;

/**
 * Which of several occurrences of one definition the Python factor exporter keeps, computed so that occurrences may
 * arrive in any order (the workspace pass records folders out of workspace id order).
 *
 * <p>The Python exporter visits occurrences in {@link FactorCandidate#order} and keeps the first; a later one replaces
 * the kept one only when it has metrics and its {@code sharpe or -999} is strictly greater (a missing, null or zero
 * sharpe counts as -999; a NaN compares false both ways, so a kept NaN is never replaced and a NaN never replaces).
 * Unrolled, that left fold keeps: the first occurrence when none has metrics; else the first one with metrics when
 * its sharpe is NaN; else the first occurrence of the greatest non-NaN sharpe among those with metrics. Each of
 * the three is a minimum or maximum, so they can be merged in any order.
 */
final class ReferenceFold {

    private static final Comparator<FactorCandidate> EARLIER = Comparator.comparingLong(FactorCandidate::order);

    private FactorCandidate first;
    private FactorCandidate firstWithMetrics;
    private FactorCandidate best;

    void add(FactorCandidate c) {
        first = earlier(first, c);
        if (c.referencePerformance() == null) {
            return;
        }
        firstWithMetrics = earlier(firstWithMetrics, c);
        double s = referenceSharpe(c);
        if (Double.isNaN(s)) {
            return;
        }
        if (best == null) {
            best = c;
            return;
        }
        int cmp = Double.compare(s, referenceSharpe(best));
        if (cmp > 0 || (cmp == 0 && c.order() < best.order())) {
            best = c;
        }
    }

    boolean isEmpty() {
        return first == null;
    }

    /** The occurrence the Python exporter keeps; null when nothing was added. */
    FactorCandidate kept() {
        if (firstWithMetrics == null) {
            return first;
        }
        if (Double.isNaN(referenceSharpe(firstWithMetrics)) || best == null) {
            return firstWithMetrics;
        }
        return best;
    }

    /** Python's {@code metrics.get("sharpe") or -999} as a number (text, which would crash Python, counts as -999). */
    static double referenceSharpe(FactorCandidate c) {
        JsonNode s = c.referencePerformance().sharpe();
        double v;
        if (s.isBoolean()) {
            v = s.booleanValue() ? 1 : 0;
        } else if (s.isNumber()) {
            v = s.doubleValue();
        } else {
            v = 0;
        }
        return v == 0 ? -999 : v;
    }

    private static FactorCandidate earlier(FactorCandidate a, FactorCandidate b) {
        return a == null || EARLIER.compare(b, a) < 0 ? b : a;
    }
}
