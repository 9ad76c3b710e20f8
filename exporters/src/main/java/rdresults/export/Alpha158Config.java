package rdresults.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import rdresults.model.InvalidInputException;
import rdresults.model.PythonYaml;

/**
 * The Alpha158 feature list of one Qlib experiment YAML (contract §3), read strictly: unlike the Python exporter,
 * a missing list, a malformed one or lists of different lengths are errors, never a silently shorter catalog.
 *
 * <p>Where the list is looked for, in this order (the first that has one wins, so configs the Python exporter reads
 * keep their output): {@code data_handler_config.alpha158_config.feature}, the same under
 * {@code data_loader.kwargs} (the Python exporter's layouts), then the rendered RD-Agent/Qlib layout
 * {@code data_handler_config.data_loader.kwargs.dataloader_l[*].kwargs.config.feature} (the lists of every loader,
 * in order). With no explicit list, a config that uses Qlib's {@code Alpha158} handler
 * ({@code task.dataset.kwargs.handler}) or an {@code Alpha158DL} loader without {@code feature} means Qlib's
 * canonical 158 ({@link Alpha158Canonical}); {@code impliedBy} then names that class.
 *
 * @param factors   the (name, expression) pairs in YAML order, first occurrence of each name kept
 * @param region    {@code qlib_init.region}, {@code cn} when absent or null
 * @param impliedBy the Qlib class whose default features these are, or null when the YAML lists them
 */
public record Alpha158Config(List<Alpha158Factor> factors, String region, String impliedBy) {

    static final String DEFAULT_REGION = "cn";

    private static final String HANDLER_MODULE = "qlib.contrib.data.handler";
    private static final String LOADER_CLASS = "qlib.contrib.data.loader.Alpha158DL";
    private static final java.util.regex.Pattern TEMPLATE_MARK =
            java.util.regex.Pattern.compile("\\{\\{.*?}}|\\{%.*?%}");

    public Alpha158Config {
        factors = List.copyOf(factors);
    }

    /**
     * Reads {@code yaml}.
     *
     * @throws ExportException naming {@code yaml} when the file is missing or unreadable, is not YAML, its root is
     *                         not a mapping, it has no Alpha158 feature list, or the list is malformed
     */
    public static Alpha158Config read(Path yaml) {
        if (!Files.isRegularFile(yaml)) {
            throw new ExportException("YAML config not found: " + yaml);
        }
        String text;
        try {
            text = Files.readString(yaml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ExportException("cannot read YAML config " + yaml + ": " + e.getMessage(), e);
        }
        JsonNode root;
        try {
            root = PythonYaml.load(text, yaml.toString());
        } catch (InvalidInputException e) {
            rejectTemplate(text, yaml);
            throw new ExportException(e.getMessage(), e);
        }
        if (!root.isObject()) {
            rejectTemplate(text, yaml);
            throw new ExportException("YAML root must be a mapping: " + yaml);
        }
        JsonNode pythonLayout = pythonLayoutFeature(root);
        if (pythonLayout != null) {
            return new Alpha158Config(pairs(checked(pythonLayout, yaml, text), yaml), region(root), null);
        }
        List<Alpha158Factor> fromLoaders = new ArrayList<>();
        for (JsonNode loader : root.path("data_handler_config").path("data_loader").path("kwargs")
                .path("dataloader_l")) {
            JsonNode feature = loader.path("kwargs").path("config").path("feature");
            if (!feature.isMissingNode() && !feature.isNull()) {
                fromLoaders.addAll(pairs(checked(feature, yaml, text), yaml));
            }
        }
        if (!fromLoaders.isEmpty()) {
            return new Alpha158Config(dedup(fromLoaders), region(root), null);
        }
        String implied = impliedBy(root);
        if (implied != null) {
            return new Alpha158Config(Alpha158Canonical.factors(), region(root), implied);
        }
        rejectTemplate(text, yaml);
        throw new ExportException("no Alpha158 feature list in " + yaml + ": expected "
                + "data_handler_config.alpha158_config.feature, "
                + "data_handler_config.data_loader.kwargs.alpha158_config.feature, "
                + "data_handler_config.data_loader.kwargs.dataloader_l[*].kwargs.config.feature "
                + "or Qlib's Alpha158 handler");
    }

    /** Whether this config's features are read from the YAML's own list, not implied by a Qlib class. */
    public boolean explicit() {
        return impliedBy == null;
    }

    /** The Python exporter's layouts: {@code alpha158_config.feature}, else the same under the loader's kwargs. */
    private static JsonNode pythonLayoutFeature(JsonNode root) {
        JsonNode handler = root.path("data_handler_config");
        JsonNode alpha = handler.path("alpha158_config");
        if (!alpha.isObject()) {
            alpha = handler.path("data_loader").path("kwargs").path("alpha158_config");
        }
        JsonNode feature = alpha.path("feature");
        return !alpha.isObject() || feature.isMissingNode() || feature.isNull() ? null : feature;
    }

    /**
     * The Qlib class whose default feature list the config uses without listing it: the handler
     * {@code qlib.contrib.data.handler.Alpha158} of {@code task.dataset.kwargs.handler} (it always loads the 158),
     * or an {@code Alpha158DL} loader whose config has no {@code feature} (Qlib then fills in the 158).
     */
    private static String impliedBy(JsonNode root) {
        JsonNode handler = root.path("task").path("dataset").path("kwargs").path("handler");
        String cls = handler.path("class").asText("");
        String module = handler.path("module_path").asText("");
        if (cls.equals(HANDLER_MODULE + ".Alpha158")
                || cls.equals("Alpha158") && (module.isEmpty() || module.equals(HANDLER_MODULE))) {
            return HANDLER_MODULE + ".Alpha158";
        }
        for (JsonNode loader : root.path("data_handler_config").path("data_loader").path("kwargs")
                .path("dataloader_l")) {
            String loaderClass = loader.path("class").asText("");
            if ((loaderClass.equals(LOADER_CLASS) || loaderClass.equals("Alpha158DL"))
                    && loader.path("kwargs").path("config").path("feature").isMissingNode()) {
                return LOADER_CLASS;
            }
        }
        return null;
    }

    /** A YAML that still holds Jinja markers was never rendered: say so rather than "no feature list". */
    private static void rejectTemplate(String text, Path yaml) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            java.util.regex.Matcher m = TEMPLATE_MARK.matcher(lines[i]);
            if (m.find()) {
                throw new ExportException("unrendered template " + yaml + ": line " + (i + 1) + " has "
                        + m.group() + "; render it first (RD-Agent fills these Jinja placeholders before Qlib "
                        + "reads the file) or give the rendered YAML of a workspace");
            }
        }
    }

    private static JsonNode checked(JsonNode feature, Path yaml, String text) {
        if (!feature.isArray() || feature.size() < 2 || !feature.get(0).isArray() || !feature.get(1).isArray()) {
            rejectTemplate(text, yaml);
            throw new ExportException("malformed Alpha158 feature list in " + yaml
                    + ": expected [[expressions...], [names...]]");
        }
        return feature;
    }

    private static List<Alpha158Factor> dedup(List<Alpha158Factor> factors) {
        List<Alpha158Factor> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Alpha158Factor f : factors) {
            if (seen.add(f.name())) {
                out.add(f);
            }
        }
        return out;
    }

    private static List<Alpha158Factor> pairs(JsonNode feature, Path yaml) {
        JsonNode expressions = feature.get(0);
        JsonNode names = feature.get(1);
        if (expressions.size() != names.size()) {
            throw new ExportException("Alpha158 feature lists differ in length in " + yaml + ": "
                    + expressions.size() + " expressions, " + names.size() + " names");
        }
        List<Alpha158Factor> out = new ArrayList<>(names.size());
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < names.size(); i++) {
            if (!expressions.get(i).isTextual() || !names.get(i).isTextual()) {
                throw new ExportException("malformed Alpha158 feature list in " + yaml + ": entry " + i
                        + " is not a (string expression, string name) pair");
            }
            if (seen.add(names.get(i).textValue())) {
                out.add(new Alpha158Factor(names.get(i).textValue(), expressions.get(i).textValue()));
            }
        }
        return out;
    }

    private static String region(JsonNode root) {
        JsonNode region = root.path("qlib_init").path("region");
        if (region.isMissingNode() || region.isNull()) {
            return DEFAULT_REGION;
        }
        return region.isTextual() ? region.textValue() : region.toString();
    }
}
