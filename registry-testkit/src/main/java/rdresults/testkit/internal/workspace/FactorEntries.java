package rdresults.testkit.internal.workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import rdresults.testkit.internal.content.Alpha158Subset;
import rdresults.testkit.internal.content.GeneratedFactor;
import rdresults.testkit.internal.content.ModelKind;
import rdresults.testkit.internal.content.QlibConfigs;
import rdresults.testkit.conventions.EpochMicros;
import rdresults.testkit.internal.plan.LoopContent;
import rdresults.testkit.internal.plan.LoopPlan;
import rdresults.testkit.internal.plan.MetaShape;

/**
 * The factor entries of factor_meta.json in the shapes the backfill produces (contract §2.3), including its
 * plain-substring {@code input_schema} heuristic ({@code Upper_Shadow} counts as fundamental because it contains
 * {@code pe}).
 */
public final class FactorEntries {

    private static final Pattern LOOKBACK = Pattern.compile("(\\d+)D");
    private static final List<String> FUNDAMENTAL = List.of("pe", "pb", "ps", "pcf", "market_cap", "turnover");
    private static final List<String> MONEY_FLOW = List.of("moneyflow", "net_inflow", "net_outflow");

    private FactorEntries() {
    }

    /** The entries the loop's experiment workspace lists. */
    public static List<Map<String, Object>> of(LoopPlan loop) {
        LoopContent content = loop.content();
        String created = EpochMicros.iso(loop.times().ended());
        String experiment = loop.taskRunId() + "/" + loop.loopId();
        String version = EpochMicros.compactDate(
                loop.times().materializedAt() != 0 ? loop.times().materializedAt() : loop.times().ended());
        Common common = new Common(created, experiment, version);
        List<Map<String, Object>> out = new ArrayList<>();
        if (content.metaShape() == MetaShape.ALPHA) {
            for (int i = 0; i < Alpha158Subset.NAMES.size(); i++) {
                String expression = Alpha158Subset.EXPRESSIONS.get(i);
                out.add(full(common, Alpha158Subset.NAMES.get(i), "qlib_alpha158", "", expression, Map.of(),
                        "alpha158"));
            }
            return out;
        }
        boolean bare = content.metaShape() == MetaShape.BARE;
        if (content.model() != null) {
            ModelKind model = content.model();
            out.add(full(common, model.displayName(), "rdagent_generated", model.description(), "",
                    QlibConfigs.map("num_features", "输入特征数", "num_timesteps", "时间步长"), "rdagent"));
        }
        for (GeneratedFactor factor : content.newFactors()) {
            out.add(bare ? full(common, factor.name(), "rdagent_generated", "", "", Map.of(), "rdagent")
                    : full(common, factor.name(), "rdagent_generated", factor.description(), factor.expression(),
                    factor.variables(), "rdagent"));
        }
        for (String name : content.carriedFactors()) {
            out.add(bare ? full(common, name, "rdagent_generated", "", "", Map.of(), "rdagent")
                    : carried(common, name));
        }
        return out;
    }

    static List<String> names(LoopPlan loop) {
        return of(loop).stream().map(entry -> (String) entry.get("name")).toList();
    }

    private static Map<String, Object> full(Common common, String name, String source, String description,
                                            String expression, Map<String, ?> variables, String tag) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", name);
        entry.put("source", source);
        entry.put("region", "cn");
        entry.put("description_cn", description);
        entry.put("formula_hint", expression);
        entry.put("expression", expression);
        entry.put("created_at_utc", common.created());
        entry.put("experiment_id", common.experiment());
        entry.put("tags", List.of(tag));
        entry.put("variables", new LinkedHashMap<>(variables));
        entry.put("freq", "1d");
        entry.put("align", "close");
        entry.put("nan_policy", "dataservice_default");
        entry.put("input_schema", inputSchema(name));
        putImpl(entry, common, name);
        return entry;
    }

    /** SOTA factors carried over by older backfill versions: no expression, variables or schema keys. */
    private static Map<String, Object> carried(Common common, String name) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", name);
        entry.put("source", "rdagent_generated");
        entry.put("region", "cn");
        entry.put("description_cn", "");
        entry.put("formula_hint", "");
        entry.put("tags", List.of());
        entry.put("freq", "1d");
        entry.put("align", "close");
        entry.put("nan_policy", "dataservice_default");
        putImpl(entry, common, name);
        return entry;
    }

    private static void putImpl(Map<String, Object> entry, Common common, String name) {
        entry.put("impl_module", "rd_factors_lib.generated");
        entry.put("impl_func", name);
        entry.put("impl_version", common.version());
        entry.put("interface_info", Map.of("type", "function"));
    }

    static Map<String, Object> inputSchema(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        List<String> required;
        List<String> optional;
        if (FUNDAMENTAL.stream().anyMatch(lower::contains)) {
            required = List.of("pe", "pb", "market_cap", "turnover_rate");
            optional = List.of("ps", "pcf", "roe", "roa");
        } else if (MONEY_FLOW.stream().anyMatch(lower::contains)) {
            required = List.of("net_inflow", "net_outflow", "money_flow");
            optional = List.of("net_inflow_rate", "net_outflow_rate");
        } else {
            required = List.of("open", "high", "low", "close", "volume");
            optional = List.of("amount", "pct_chg", "turnover_rate");
        }
        Matcher m = LOOKBACK.matcher(name);
        int lookback = m.find() ? Integer.parseInt(m.group(1)) : 10;
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("required_fields", required);
        schema.put("optional_fields", optional);
        schema.put("lookback_days", lookback);
        schema.put("index_type", "MultiIndex(datetime, instrument)");
        schema.put("description", "因子计算所需的输入数据结构定义 (lookback: " + lookback + "天)");
        return schema;
    }

    private record Common(String created, String experiment, String version) {
    }
}
