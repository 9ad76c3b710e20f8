package rdresults.export.internal.factor;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The factor catalog's {@code best_performance} text, as the Python exporter formats it:
 * {@code "Sharpe: {:.2f}, Ann.Ret: {:.2%}"}, e.g. {@code Sharpe: 1.23, Ann.Ret: 18.34%}, or {@code 无回测记录}
 * (no backtest record) for a factor without performance.
 *
 * <p>Python rounds the exact binary value half-even and keeps the sign of a negative value that rounds to zero
 * ({@code -0.00}); {@code .2%} multiplies by 100 in floating point first. NaN and infinities print as Python
 * prints them ({@code nan}, {@code inf}, {@code -inf}, with {@code %} after the percentage). Where Python would
 * crash (a missing, null, text or boolean value), the value prints as {@code N/A}, e.g.
 * {@code Sharpe: N/A, Ann.Ret: 18.34%}.
 */
public final class BestPerformanceFormat {

    /** The text for a factor without any backtest record. */
    public static final String NO_RECORD = "无回测记录";
    /** Printed in place of a metric that is missing or not a number. */
    public static final String NOT_AVAILABLE = "N/A";

    private BestPerformanceFormat() {
    }

    /** The text for {@code performance}; {@link #NO_RECORD} when it is null. */
    public static String format(FactorPerformance performance) {
        if (performance == null) {
            return NO_RECORD;
        }
        return "Sharpe: " + fixed2(performance.sharpe()) + ", Ann.Ret: " + percent2(performance.annualReturn());
    }

    /** Python {@code format(x, ".2f")} of a JSON number; {@link #NOT_AVAILABLE} otherwise. */
    static String fixed2(JsonNode value) {
        if (value == null || !value.isNumber()) {
            return NOT_AVAILABLE;
        }
        return fixed(value.doubleValue(), 2);
    }

    /** Python {@code format(x, ".2%")} of a JSON number; {@link #NOT_AVAILABLE} otherwise. */
    static String percent2(JsonNode value) {
        if (value == null || !value.isNumber()) {
            return NOT_AVAILABLE;
        }
        return fixed(value.doubleValue() * 100, 2) + "%";
    }

    /** Python {@code format(x, ".<digits>f")}. */
    static String fixed(double x, int digits) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        boolean negative = x < 0 || (x == 0 && 1 / x < 0);
        String digitsText = new BigDecimal(Math.abs(x)).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
        return negative ? "-" + digitsText : digitsText;
    }
}
