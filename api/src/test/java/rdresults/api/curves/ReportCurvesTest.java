package rdresults.api.curves;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportCurvesTest {

    private static ReturnSeries series(double[] returns, double[] bench) {
        List<Instant> dates = new ArrayList<>();
        for (int i = 0; i < returns.length; i++) {
            dates.add(Instant.parse("2024-01-01T00:00:00Z").plusSeconds(86_400L * i));
        }
        double[] cost = new double[returns.length];
        Arrays.fill(cost, 0.001);
        return new ReturnSeries(dates, returns, cost, bench, new double[returns.length]);
    }

    @Test
    void sumsNotProductsAndNanSkippedAsPandasSkipsIt() {
        ReportCurves c = ReportCurves.of(series(new double[] {0.1, Double.NaN, 0.1, -0.3},
                new double[] {0, 0, 0, 0}));
        assertThat(c.cumReturnWoCost()[0]).isEqualTo(0.1);
        assertThat(c.cumReturnWoCost()[1]).isNaN();
        assertThat(c.cumReturnWoCost()[2]).isCloseTo(0.2, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(c.cumReturnWCost()[3]).isCloseTo(0.1 + 0.1 - 0.3 - 0.003, org.assertj.core.data.Offset.offset(1e-15));
    }

    @Test
    void maxDrawdownIsTheLowestValueMinusRunningMaxWithItsPeakAndTrough() {
        ReportCurves c = ReportCurves.of(series(new double[] {0.05, 0.05, -0.02, -0.06, 0.03, -0.01},
                new double[] {0, 0, 0, 0, 0, 0}));
        ReportCurves.MaxDrawdown mdd = c.maxDrawdownExcessWoCost().orElseThrow();
        assertThat(mdd.value()).isCloseTo(-0.08, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(mdd.peakDate()).isEqualTo(Instant.parse("2024-01-02T00:00:00Z"));
        assertThat(mdd.troughDate()).isEqualTo(Instant.parse("2024-01-04T00:00:00Z"));
        assertThat(c.drawdownExcessWoCost()[1]).isZero();
    }

    @Test
    void thinningKeepsFirstLastAndEveryBucketsExtremes() {
        int n = 1000;
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = Math.sin(i / 7.0) * 0.01;
        }
        r[637] = -0.5; // a one-day crash inside a bucket, recovered the next day
        r[638] = 0.5;
        ReportCurves c = ReportCurves.of(series(r, new double[n]));
        var keep = Thinning.maxPoints(100).keep(c);
        assertThat(keep.cardinality()).isLessThanOrEqualTo(100);
        assertThat(keep.get(0)).isTrue();
        assertThat(keep.get(n - 1)).isTrue();
        assertThat(keep.get(637)).as("the crash").isTrue();
        assertThat(Thinning.NONE.keep(c).cardinality()).isEqualTo(n);
        assertThat(Thinning.every(1).keep(c).cardinality()).isEqualTo(n);
    }
}
