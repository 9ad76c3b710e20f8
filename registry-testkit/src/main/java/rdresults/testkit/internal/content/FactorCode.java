package rdresults.testkit.internal.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * factor.py as RD-Agent's coder writes it: read {@code daily_pv.h5}, compute one factor per (datetime, instrument)
 * with pandas, write {@code result.h5}. The code runs as is in RD-Agent's factor environment.
 */
public final class FactorCode {

    private static final Map<String, String> LOADS = Map.of(
            "close", "    close = df[\"$close\"].unstack(level=\"instrument\")",
            "open", "    open_ = df[\"$open\"].unstack(level=\"instrument\")",
            "high", "    high = df[\"$high\"].unstack(level=\"instrument\")",
            "low", "    low = df[\"$low\"].unstack(level=\"instrument\")",
            "volume", "    volume = df[\"$volume\"].unstack(level=\"instrument\")");

    private final TextTemplate template = TextTemplate.fromResource("code/factor.py.tmpl");

    public String render(GeneratedFactor factor) {
        StringBuilder body = new StringBuilder(256);
        for (String field : factor.template().fields()) {
            body.append(LOADS.get(field)).append('\n');
        }
        List<String> lines = factor.codeBody();
        for (int i = 0; i < lines.size(); i++) {
            body.append(lines.get(i));
            if (i < lines.size() - 1) {
                body.append('\n');
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("func", factor.functionName());
        values.put("description", factor.description());
        values.put("expression", factor.expression());
        values.put("body", body.toString());
        values.put("name_literal", pythonString(factor.name()));
        return template.render(values);
    }

    private static String pythonString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
