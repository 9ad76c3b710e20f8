package rdresults.testkit.internal.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One kind of generated factor: its name stem, qlib expression, description and the pandas code that computes it.
 * {@code {N}} stands for the lookback window and {@code {M}} for three times it.
 *
 * @param stem        name prefix, e.g. {@code Momentum} gives {@code Momentum_10D}
 * @param expression  qlib expression
 * @param description description_cn; Chinese or English as in real runs
 * @param fields      daily_pv.h5 columns the code reads, without {@code $}
 * @param body        lines computing {@code result} (a datetime x instrument frame), indented by four spaces
 */
public record FactorTemplate(String stem, String expression, String description, List<String> fields,
                             List<String> body) {

    private static final Map<String, String> FIELD_TEXT = Map.of(
            "close", "收盘价 (daily close, adjusted)",
            "open", "开盘价 (daily open)",
            "high", "最高价 (daily high)",
            "low", "最低价 (daily low)",
            "volume", "成交量 (shares traded)");

    public FactorTemplate {
        fields = List.copyOf(fields);
        body = List.copyOf(body);
    }

    public String name(int window) {
        return stem + "_" + window + "D";
    }

    String expression(int window) {
        return fill(expression, window);
    }

    String description(int window) {
        return fill(description, window);
    }

    List<String> body(int window) {
        return body.stream().map(line -> fill(line, window)).toList();
    }

    /** The {@code variables} object of factor_meta.json: each input field, then the window. */
    Map<String, String> variables(int window) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String field : fields) {
            out.put(field, FIELD_TEXT.get(field));
        }
        out.put("N", "lookback window = " + window + " trading days");
        return out;
    }

    private static String fill(String text, int window) {
        return text.replace("{N}", Integer.toString(window)).replace("{M}", Integer.toString(3 * window));
    }
}
