package rdresults.export.internal.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import rdresults.export.internal.workspace.WorkspaceFiles;
import rdresults.model.Artifact;
import rdresults.model.InvalidInputException;
import rdresults.model.PythonJson;

/**
 * Finds a workspace's {@link ModelFields} with the precedence of the Python model exporter (contract §4.4).
 * <ol>
 *   <li>{@code model.py}: the first {@code class X(...)} line mentioning {@code Model}, or {@code model_cls = X};</li>
 *   <li>if still no type: {@code model_meta.json}'s {@code model_type}, {@code model_conf}, {@code dataset_conf},
 *       {@code feature_schema};</li>
 *   <li>if still no type: the {@code model_type} of the first {@code mlruns/**}{@code /params.pkl} (in Python's
 *       {@code rglob} order) that holds a plain dict with that key. The Python exporter unpickles these files,
 *       which runs whatever they name; here {@link PlainPickle} reads only literals and containers, and a pickle
 *       that builds objects or is malformed is skipped, as the Python exporter's failed load is;</li>
 *   <li>if a config is still missing: the {@code report} artifact row's model columns;</li>
 *   <li>if anything is still missing: the workspace YAMLs ({@code *.yaml} then {@code *.yml}, each in Python's
 *       {@code rglob} order), at top level or under {@code scenario}.</li>
 * </ol>
 * Where the type came from is kept ({@link ModelFields#modelTypeSource()}).
 */
public final class ModelFieldResolver {

    private ModelFieldResolver() {
    }

    /** Resolves the fields of the workspace {@code files}; {@code report} is its report artifact row, or null. */
    public static ModelFields resolve(WorkspaceFiles files, Artifact report) {
        State s = new State();
        s.setType(files.text("model.py").flatMap(ModelFieldResolver::typeFromModelPy).orElse(null), "model.py");
        if (s.type == null) {
            files.json("model_meta.json").filter(m -> m.isObject() && !m.isEmpty()).ifPresent(meta -> {
                s.setType(meta.get("model_type"), "model_meta.json");
                s.config = ModelFields.absentIfNull(meta.get("model_conf"));
                s.dataset = ModelFields.absentIfNull(meta.get("dataset_conf"));
                s.schema = ModelFields.absentIfNull(meta.get("feature_schema"));
            });
        }
        if (s.type == null && files.isDirectory("mlruns")) {
            fromMlflowParams(s, files);
        }
        if ((s.config == null || s.dataset == null) && report != null) {
            fromRegistry(s, report);
        }
        if (s.config == null || s.dataset == null || s.schema == null) {
            fromYamls(s, files);
        }
        return new ModelFields(s.type, s.config, s.dataset, s.schema, s.type == null ? null : s.typeSource);
    }

    /** The first {@code params.pkl} under {@code mlruns/} whose plain-dict content has a {@code model_type} key. */
    private static void fromMlflowParams(State s, WorkspaceFiles files) {
        for (String rel : files.recursiveFilesInGlobOrder("/params.pkl")) {
            if (!rel.startsWith("mlruns/")) {
                continue;
            }
            Optional<Object> value = files.bytes(rel).flatMap(ModelFieldResolver::plainPickle);
            if (value.isPresent() && value.get() instanceof Map<?, ?> params && params.containsKey("model_type")) {
                s.setType(PickleJson.toJson(params.get("model_type")), rel);
                return;
            }
        }
    }

    /** The pickle's plain value; empty when it builds objects or is not a readable pickle. */
    private static Optional<Object> plainPickle(byte[] data) {
        try {
            return PlainPickle.read(data);
        } catch (PickleFormatException e) {
            return Optional.empty();
        }
    }

    /** The model class name {@code model.py} declares, as the Python exporter reads it. */
    static Optional<JsonNode> typeFromModelPy(String content) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        // lines split at \r\n, \r or \n by hand: a regex split of every model.py showed in profiles
        for (int from = 0; from <= text.length(); ) {
            int lineEnd = from;
            while (lineEnd < text.length() && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            String line = text.substring(from, lineEnd).strip();
            from = lineEnd + (text.startsWith("\r\n", lineEnd) ? 2 : 1);
            if (line.startsWith("class ") && line.contains("(") && line.contains("Model")) {
                int end = line.indexOf('(');
                if (end > "class ".length()) {
                    return Optional.of(TextNode.valueOf(line.substring("class ".length(), end).strip()));
                }
            } else if (line.startsWith("model_cls = ")) {
                return Optional.of(TextNode.valueOf(line.split("=", -1)[1].strip()));
            }
        }
        return Optional.empty();
    }

    private static void fromRegistry(State s, Artifact report) {
        if (s.type == null && report.modelType() != null && !report.modelType().isEmpty()) {
            s.setType(TextNode.valueOf(report.modelType()), "registry");
        }
        if (s.config == null) {
            s.config = parse(report.modelConfJson());
        }
        if (s.dataset == null) {
            s.dataset = parse(report.datasetConfJson());
        }
        if (s.schema == null) {
            s.schema = parse(report.featureSchemaJson());
        }
    }

    /** A registry JSON column; absent when empty or not JSON (as the Python exporter ignores it). */
    private static JsonNode parse(String json) {
        if (json == null || json.isEmpty()) {
            return null;
        }
        try {
            return ModelFields.absentIfNull(PythonJson.parse(json, "registry artifact column"));
        } catch (InvalidInputException e) {
            return null;
        }
    }

    private static void fromYamls(State s, WorkspaceFiles files) {
        for (String rel : scanOrder(files)) {
            if (!mayHoldMissing(s, files.text(rel).orElse(""))) {
                continue;
            }
            Optional<JsonNode> cfg = files.yaml(rel);
            if (cfg.isEmpty()) {
                continue;
            }
            List<JsonNode> bases = new ArrayList<>(List.of(cfg.get()));
            if (cfg.get().path("scenario").isObject()) {
                bases.add(cfg.get().get("scenario"));
            }
            s.yamlFile = rel;
            for (JsonNode base : bases) {
                fromYamlBase(s, base);
            }
            if (s.config != null && s.dataset != null && s.schema != null) {
                return;
            }
        }
    }

    /**
     * Whether the YAML {@code text} can give a field still missing; the others are not parsed (so not warned about
     * when invalid): they could not change the result.
     */
    private static boolean mayHoldMissing(State s, String text) {
        return s.config == null && YamlKeyHints.mayHoldKey(text, "model")
                || s.dataset == null && YamlKeyHints.mayHoldKey(text, "dataset")
                || s.schema == null && YamlKeyHints.mayHoldKey(text, "feature");
    }

    private static void fromYamlBase(State s, JsonNode base) {
        JsonNode task = base.path("task");
        if (task.isObject()) {
            if (s.config == null && task.path("model").isObject()) {
                s.config = task.get("model");
                if (s.type == null && s.config.has("class")) {
                    s.setType(s.config.get("class"), s.yamlFile);
                }
            }
            if (s.dataset == null && task.path("dataset").isObject()) {
                s.dataset = task.get("dataset");
            }
        }
        JsonNode handlerConfig = base.path("data_handler_config");
        if (handlerConfig.isObject() && s.schema == null) {
            s.schema = ModelFields.absentIfNull(handlerConfig.get("feature"));
        }
        if (s.schema == null && task.isObject()) {
            JsonNode inner = task.path("dataset").path("kwargs").path("handler").path("kwargs")
                    .path("data_handler_config");
            if (inner.isObject()) {
                s.schema = ModelFields.absentIfNull(inner.get("feature"));
            }
        }
    }

    /** Recursive {@code *.yaml} then {@code *.yml}, each in Python's {@code rglob} order. */
    private static List<String> scanOrder(WorkspaceFiles files) {
        List<String> out = new ArrayList<>(files.recursiveFilesInGlobOrder(".yaml"));
        out.addAll(files.recursiveFilesInGlobOrder(".yml"));
        return out;
    }

    /** The fields found so far; Java null is "not found". */
    private static final class State {
        JsonNode type;
        String typeSource;
        JsonNode config;
        JsonNode dataset;
        JsonNode schema;
        String yamlFile;

        void setType(JsonNode value, String source) {
            type = ModelFields.absentIfNull(value);
            typeSource = source;
        }
    }
}
