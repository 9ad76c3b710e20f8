package rdresults.api.console;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * A number as the console shows it: short text for people ({@code 29.19%}, {@code 5.04}) and the full value for the
 * title attribute. An absent or non-finite value shows as an en dash and sorts last.
 */
@TemplateData
public record Num(double value, boolean percent) {

    static final Num NONE = new Num(Double.NaN, false);
    private static final String DASH = "\u2013";

    static Num ratio(JsonNode n) {
        return n != null && n.isNumber() ? new Num(n.doubleValue(), false) : NONE;
    }

    static Num percent(JsonNode n) {
        return n != null && n.isNumber() ? new Num(n.doubleValue(), true) : NONE;
    }

    public boolean present() {
        return Double.isFinite(value);
    }

    /** 2 decimals, 3 significant digits for small values; percent with 2 decimals. */
    public String text() {
        if (!present()) {
            return DASH;
        }
        if (percent) {
            return String.format(Locale.ROOT, "%.2f%%", value * 100);
        }
        double abs = Math.abs(value);
        if (abs != 0 && abs < 0.01) {
            return new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** The value as stored (Python's shortest repr), for the title attribute. */
    public String full() {
        return present() ? Double.toString(value) : "no value";
    }

    /** CSS class: negative values are shown in the loss colour. */
    public String tone() {
        return present() && value < 0 ? "neg" : "";
    }
}
