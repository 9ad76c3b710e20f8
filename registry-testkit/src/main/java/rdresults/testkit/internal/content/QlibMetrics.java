package rdresults.testkit.internal.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import rdresults.testkit.EdgeCase;

/**
 * The metrics qlib's recorder lists for one backtest, in qlib_res.csv order, plus the turnover the registry's
 * {@code loops} row carries. Values follow qlib's own arithmetic (238 trading days a year) so that annualised
 * return, information ratio, mean and std agree with each other; every file spells them with
 * {@code PythonFloats.repr}, so one value reads the same in all of them.
 */
public record QlibMetrics(Map<String, Double> values, double turnover) {

    public static final String IC = "IC";
    public static final String ICIR = "ICIR";
    public static final String RANK_IC = "Rank IC";
    public static final String WITHOUT_COST = "1day.excess_return_without_cost.";
    public static final String WITH_COST = "1day.excess_return_with_cost.";
    public static final String ANNUALIZED = "annualized_return";
    public static final String INFORMATION_RATIO = "information_ratio";
    public static final String MAX_DRAWDOWN = "max_drawdown";

    private static final double TRADING_DAYS = 238.0;

    public QlibMetrics {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static QlibMetrics draw(SplittableRandom random) {
        double ic = gaussian(random, 0.02, 0.012);
        double rankIc = ic + gaussian(random, 0.004, 0.006);
        double meanWithout = gaussian(random, 0.0006, 0.0003);
        double std = 0.004 + random.nextDouble() * 0.005;
        double dailyCost = 0.00005 + random.nextDouble() * 0.0002;
        double mddWithout = -(0.04 + random.nextDouble() * 0.25);
        Map<String, Double> values = new LinkedHashMap<>();
        put(values, IC, ic);
        put(values, ICIR, ic * (5 + random.nextDouble() * 7));
        put(values, RANK_IC, rankIc);
        put(values, "Rank ICIR", rankIc * (5 + random.nextDouble() * 9));
        putReturns(values, WITHOUT_COST, meanWithout, std, mddWithout);
        putReturns(values, WITH_COST, meanWithout - dailyCost, std, mddWithout - random.nextDouble() * 0.05);
        put(values, "1day.pa", 0.0);
        put(values, "1day.pos", 0.0);
        put(values, "1day.ffr", 1.0);
        return new QlibMetrics(values, 0.1 + random.nextDouble() * 0.5);
    }

    public Double get(String key) {
        return values.get(key);
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** {@link EdgeCase#NAN_METRICS}: IC, ICIR and the without-cost information ratio became NaN. */
    public QlibMetrics withNaN() {
        Map<String, Double> copy = new LinkedHashMap<>(values);
        for (String key : List.of(IC, ICIR, WITHOUT_COST + INFORMATION_RATIO)) {
            copy.put(key, Double.NaN);
        }
        return new QlibMetrics(copy, turnover);
    }

    /** {@link EdgeCase#NULL_SHARPE}: the recorder listed no information ratio, so no sharpe can be derived. */
    public QlibMetrics withoutInformationRatio() {
        Map<String, Double> copy = new LinkedHashMap<>(values);
        copy.remove(WITHOUT_COST + INFORMATION_RATIO);
        copy.remove(WITH_COST + INFORMATION_RATIO);
        return new QlibMetrics(copy, turnover);
    }

    private static void putReturns(Map<String, Double> values, String prefix, double mean, double std,
                                   double maxDrawdown) {
        put(values, prefix + "mean", mean);
        put(values, prefix + "std", std);
        put(values, prefix + ANNUALIZED, mean * TRADING_DAYS);
        put(values, prefix + INFORMATION_RATIO, mean / std * Math.sqrt(TRADING_DAYS));
        put(values, prefix + MAX_DRAWDOWN, maxDrawdown);
    }

    private static void put(Map<String, Double> values, String key, double value) {
        values.put(key, value);
    }

    private static double gaussian(SplittableRandom random, double mean, double sd) {
        // Box-Muller; SplittableRandom has no nextGaussian on Java 17
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return mean + sd * Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
