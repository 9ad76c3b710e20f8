package rdresults.model;

import com.fasterxml.jackson.core.io.NumberOutput;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python's {@code repr(float)}: the shortest digits that round-trip, in fixed notation when the decimal exponent
 * lies in [-4, 16), otherwise in scientific notation with a signed, at least two-digit exponent
 * ({@code 1e-05}, {@code 0.0001}, {@code 100000000.0}, {@code 1e+16}).
 *
 * <p>The shortest digits come from Jackson's Schubfach writer, because {@link Double#toString(double)} is not
 * always shortest before JDK 19.
 */
public final class PythonFloats {

    private PythonFloats() {
    }

    /** {@code repr(value)}; non-finite values give {@code nan}, {@code inf}, {@code -inf} as Python does. */
    public static String repr(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0.0) {
            return (1.0 / value < 0) ? "-0.0" : "0.0";
        }
        Decimal d = Decimal.of(NumberOutput.toString(value, true));
        if (Math.abs(value) < Double.MIN_NORMAL) {
            d = d.shortestFor(value);
        }
        return d.format();
    }

    /** Shortest decimal digits (no leading/trailing zeros) and the position of the decimal point. */
    private record Decimal(boolean negative, String digits, int pointPosition) {

        /** Parses Java's {@code Double.toString} form: {@code -1.2345E-5}, {@code 123.45}. */
        static Decimal of(String javaForm) {
            boolean negative = javaForm.startsWith("-");
            String s = negative ? javaForm.substring(1) : javaForm;
            int exponent = 0;
            int e = s.indexOf('E');
            if (e >= 0) {
                exponent = Integer.parseInt(s.substring(e + 1));
                s = s.substring(0, e);
            }
            int dot = s.indexOf('.');
            String intPart = dot >= 0 ? s.substring(0, dot) : s;
            String fracPart = dot >= 0 ? s.substring(dot + 1) : "";
            String all = intPart + fracPart;
            int point = intPart.length() + exponent;
            int lead = 0;
            while (lead < all.length() - 1 && all.charAt(lead) == '0') {
                lead++;
            }
            all = all.substring(lead);
            point -= lead;
            int end = all.length();
            while (end > 1 && all.charAt(end - 1) == '0') {
                end--;
            }
            return new Decimal(negative, all.substring(0, end), point);
        }

        /**
         * Java's spec asks for at least two digits where Python takes one (e.g. {@code 4.9E-324} versus
         * {@code 5e-324}); this only happens among subnormals, so only they pay for the extra parsing.
         */
        Decimal shortestFor(double value) {
            Decimal best = this;
            while (best.digits.length() > 1) {
                BigDecimal shorter = new BigDecimal(new BigInteger(best.digits),
                        best.digits.length() - best.pointPosition)
                        .round(new MathContext(best.digits.length() - 1, RoundingMode.HALF_EVEN));
                double back = (negative ? -1 : 1) * shorter.doubleValue();
                if (back != value) {
                    break;
                }
                best = Decimal.of((negative ? "-" : "") + shorter.toString());
            }
            return best;
        }

        String format() {
            StringBuilder out = new StringBuilder(24);
            if (negative) {
                out.append('-');
            }
            // CPython float_repr_style 'short', mode 'r': scientific when decpt <= -4 or decpt > 16
            if (pointPosition > -4 && pointPosition <= 16) {
                fixed(out);
            } else {
                scientific(out);
            }
            return out.toString();
        }

        private void fixed(StringBuilder out) {
            if (pointPosition <= 0) {
                out.append("0.");
                out.append("0".repeat(-pointPosition));
                out.append(digits);
            } else if (pointPosition >= digits.length()) {
                out.append(digits);
                out.append("0".repeat(pointPosition - digits.length()));
                out.append(".0");
            } else {
                out.append(digits, 0, pointPosition).append('.').append(digits, pointPosition, digits.length());
            }
        }

        private void scientific(StringBuilder out) {
            out.append(digits.charAt(0));
            if (digits.length() > 1) {
                out.append('.').append(digits, 1, digits.length());
            }
            int exp = pointPosition - 1;
            out.append('e').append(exp < 0 ? '-' : '+');
            int abs = Math.abs(exp);
            if (abs < 10) {
                out.append('0');
            }
            out.append(abs);
        }
    }
}
