package rdresults.testkit.internal.content;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Renders the workspace YAMLs from templates and builds, from the same values, the {@code task.model} /
 * {@code task.dataset} trees PyYAML would load from them (anchors resolved, dates as strings, YAML 1.1 numbers), which
 * model_meta.json and the report artifacts carry.
 */
public final class QlibConfigs {

    private static final Pattern PLAIN_SCALAR = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final String LABEL = "Ref($close, -2) / Ref($close, -1) - 1";

    private final Map<ConfigKind, TextTemplate> templates = new EnumMap<>(ConfigKind.class);
    private final TextTemplate topkStrategy = TextTemplate.fromResource("yaml/strategy_topk.yaml");
    private final TextTemplate enhancedStrategy = TextTemplate.fromResource("yaml/strategy_enhanced.yaml");
    private final String repoTemplate = Resources.text("yaml/factor_template_conf_combined_factors_dynamic.yaml");

    public QlibConfigs() {
        for (ConfigKind kind : ConfigKind.values()) {
            templates.put(kind, TextTemplate.fromResource("yaml/" + kind.fileName()));
        }
    }

    /** The repository-level factor_template/conf_combined_factors_dynamic.yaml (CRLF, as in the fork). */
    public String repositoryTemplate() {
        return repoTemplate;
    }

    public String render(ConfigKind kind, QlibConfig config) {
        Map<String, String> strategyValues = Map.of("topk", Integer.toString(config.topk()),
                "n_drop", Integer.toString(config.nDrop()));
        String strategy = (config.enhanced() ? enhancedStrategy : topkStrategy).render(strategyValues);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("market", config.market());
        values.put("benchmark", config.benchmarkYaml());
        values.put("col_list", flowList(config.colList()));
        values.put("strategy", strategy);
        values.put("open_cost", config.openCost());
        values.put("close_cost", config.closeCost());
        values.put("learning_rate", config.learningRate());
        values.put("num_leaves", Integer.toString(config.numLeaves()));
        values.put("n_epochs", Integer.toString(config.nEpochs()));
        values.put("lr", config.lr().text());
        values.put("early_stop", Integer.toString(config.earlyStop()));
        values.put("batch_size", Integer.toString(config.batchSize()));
        values.put("weight_decay", config.weightDecay().text());
        values.put("num_features", Integer.toString(config.colList().size()));
        return templates.get(kind).render(values);
    }

    /** {@code task.model} of a model template, as loaded by PyYAML. */
    public Map<String, Object> modelConf(QlibConfig config) {
        Map<String, Object> ptKwargs = map("num_features", config.colList().size(), "num_timesteps", 20);
        Map<String, Object> kwargs = new LinkedHashMap<>();
        kwargs.put("n_epochs", config.nEpochs());
        kwargs.put("lr", config.lr().json());
        kwargs.put("early_stop", config.earlyStop());
        kwargs.put("batch_size", config.batchSize());
        kwargs.put("weight_decay", config.weightDecay().json());
        kwargs.put("metric", "loss");
        kwargs.put("loss", "mse");
        kwargs.put("n_jobs", 20);
        kwargs.put("GPU", 0);
        kwargs.put("pt_model_uri", "model.model_cls");
        kwargs.put("pt_model_kwargs", ptKwargs);
        return map("class", "GeneralPTNN", "module_path", "qlib.contrib.model.pytorch_general_nn", "kwargs", kwargs);
    }

    /** {@code task.dataset} of a model template, with the {@code *data_handler_config} alias expanded. */
    public Map<String, Object> datasetConf(ConfigKind kind, QlibConfig config) {
        Map<String, Object> handler = map("class", "DataHandlerLP", "module_path", "qlib.contrib.data.handler",
                "kwargs", dataHandlerConfig(kind, config));
        Map<String, Object> segments = map("train", List.of("2018-08-01", "2022-12-31"),
                "valid", List.of("2023-01-01", "2024-06-30"), "test", List.of("2024-07-01", "2025-12-01"));
        Map<String, Object> kwargs = map("handler", handler, "segments", segments, "step_len", 20);
        return map("class", "TSDatasetH", "module_path", "qlib.data.dataset", "kwargs", kwargs);
    }

    /** {@code data_handler_config.feature}: only the SOTA template has one. */
    public Object featureSchema(ConfigKind kind, QlibConfig config) {
        return kind == ConfigKind.SOTA_FACTORS_MODEL ? config.colList() : null;
    }

    private Map<String, Object> dataHandlerConfig(ConfigKind kind, QlibConfig config) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("start_time", "2018-08-01");
        out.put("end_time", "2025-12-01");
        out.put("fit_start_time", "2018-08-01");
        out.put("fit_end_time", "2020-12-31");
        out.put("instruments", config.market());
        if (kind == ConfigKind.SOTA_FACTORS_MODEL) {
            Map<String, Object> alpha = map("class", "qlib.contrib.data.loader.Alpha158DL", "kwargs",
                    map("config", map("label", List.of(List.of("Ref($close, -2)/Ref($close, -1) - 1"),
                                    List.of("LABEL0")),
                            "feature", List.of(Alpha158Subset.EXPRESSIONS, Alpha158Subset.NAMES))));
            Map<String, Object> dynamic = map("class", "qlib.data.dataset.loader.StaticDataLoader", "kwargs",
                    map("config", "combined_factors_df.parquet"));
            out.put("data_loader", map("class", "NestedDataLoader", "kwargs",
                    map("dataloader_l", List.of(alpha, dynamic))));
            out.put("feature", config.colList());
        }
        out.put("infer_processors", List.of(
                map("class", "FilterCol", "kwargs", map("fields_group", "feature", "col_list", config.colList())),
                map("class", "RobustZScoreNorm", "kwargs", map("fields_group", "feature", "clip_outlier", true)),
                map("class", "Fillna", "kwargs", map("fields_group", "feature"))));
        out.put("learn_processors", List.of(map("class", "DropnaLabel"),
                map("class", "CSRankNorm", "kwargs", map("fields_group", "label"))));
        out.put("label", List.of(LABEL));
        return out;
    }

    /** A YAML flow sequence body; names that are not plain identifiers are double-quoted. */
    static String flowList(List<String> names) {
        StringBuilder out = new StringBuilder(names.size() * 12);
        for (String name : names) {
            if (out.length() > 0) {
                out.append(", ");
            }
            if (PLAIN_SCALAR.matcher(name).matches()) {
                out.append(name);
            } else {
                out.append('"').append(name.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
        }
        return out.toString();
    }

    /** An insertion-ordered map from alternating keys and values. */
    public static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }
}
