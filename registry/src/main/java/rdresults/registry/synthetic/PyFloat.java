package rdresults.registry.synthetic;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A float together with the text Python's {@code repr()} gives it, so the same value reads identically in
 * qlib_res.csv, factor_perf.json and the registry's JSON columns.
 *
 * <p>The text is computed once because one metric appears in up to five files per loop.
 */
record PyFloat(double value, String repr) {

    /** Index {@code d} rounds to {@code d} significant digits (index 0 is unused). */
    private static final List<MathContext> ROUNDINGS = IntStream.rangeClosed(0, 17)
            .mapToObj(digits -> new MathContext(Math.max(1, digits), RoundingMode.HALF_EVEN)).toList();

    static PyFloat of(double value) {
        return new PyFloat(value, repr(value));
    }

    boolean isNaN() {
        return Double.isNaN(value);
    }

    /**
     * Python's {@code repr(float)}: the shortest digits that round-trip, fixed notation for decimal exponents in
     * (-4, 16], otherwise {@code 1e-05} style. NaN and infinities use the tokens {@code json.dumps} writes.
     */
    static String repr(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        if (value == 0.0) {
            return 1.0 / value < 0 ? "-0.0" : "0.0";
        }
        double abs = Math.abs(value);
        BigDecimal digits = shortestDigits(abs);
        String unscaled = digits.unscaledValue().toString();
        int pointPosition = unscaled.length() - digits.scale();
        String text = pointPosition > -4 && pointPosition <= 16
                ? fixed(unscaled, pointPosition)
                : scientific(unscaled, pointPosition - 1);
        return value < 0 ? "-" + text : text;
    }

    /**
     * Java 17's {@code Double.toString} is usually, but not always, the shortest round-tripping form (JDK-4511638,
     * fixed in 19); long outputs are therefore re-checked against the exact binary value.
     */
    private static BigDecimal shortestDigits(double abs) {
        BigDecimal candidate = new BigDecimal(Double.toString(abs)).stripTrailingZeros();
        int length = candidate.precision();
        if (length > 15) {
            BigDecimal exact = new BigDecimal(abs);
            for (int digits = 15; digits < length; digits++) {
                BigDecimal rounded = exact.round(ROUNDINGS.get(digits));
                if (rounded.doubleValue() == abs) {
                    return rounded.stripTrailingZeros();
                }
            }
            return exact.round(ROUNDINGS.get(Math.min(length, 17))).stripTrailingZeros();
        }
        // short outputs can still carry one digit too many (4.9E-324 for Python's 5e-324)
        while (candidate.precision() > 1) {
            BigDecimal shorter = candidate.round(ROUNDINGS.get(candidate.precision() - 1));
            if (shorter.doubleValue() != abs) {
                break;
            }
            candidate = shorter.stripTrailingZeros();
        }
        return candidate;
    }

    private static String fixed(String digits, int pointPosition) {
        if (pointPosition <= 0) {
            return "0." + "0".repeat(-pointPosition) + digits;
        }
        if (pointPosition >= digits.length()) {
            return digits + "0".repeat(pointPosition - digits.length()) + ".0";
        }
        return digits.substring(0, pointPosition) + "." + digits.substring(pointPosition);
    }

    private static String scientific(String digits, int exponent) {
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String sign = exponent < 0 ? "-" : "+";
        int magnitude = Math.abs(exponent);
        return mantissa + "e" + sign + (magnitude < 10 ? "0" : "") + magnitude;
    }
}
