package rdresults.export.alpha158;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import rdresults.export.ExportException;
import rdresults.model.InvalidInputException;
import rdresults.model.PythonYaml;

/**
 * The Alpha158 feature list of one Qlib experiment YAML (contract §3), read strictly: unlike the Python exporter,
 * a missing list, a malformed one or lists of different lengths are errors, never a silently shorter catalog.
 *
 * @param factors the (name, expression) pairs in YAML order, first occurrence of each name kept
 * @param region  {@code qlib_init.region}, {@code cn} when absent or null
 */
public record Alpha158Config(List<Alpha158Factor> factors, String region) {

    static final String DEFAULT_REGION = "cn";

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
            throw new ExportException(e.getMessage(), e);
        }
        if (!root.isObject()) {
            throw new ExportException("YAML root must be a mapping: " + yaml);
        }
        return new Alpha158Config(pairs(featureList(root, yaml), yaml), region(root));
    }

    /** {@code data_handler_config.alpha158_config.feature}, else the same under {@code data_loader.kwargs}. */
    private static JsonNode featureList(JsonNode root, Path yaml) {
        JsonNode handler = root.path("data_handler_config");
        JsonNode alpha = handler.path("alpha158_config");
        if (!alpha.isObject()) {
            alpha = handler.path("data_loader").path("kwargs").path("alpha158_config");
        }
        JsonNode feature = alpha.path("feature");
        if (!alpha.isObject() || feature.isMissingNode() || feature.isNull()) {
            throw new ExportException("no Alpha158 feature list in " + yaml + ": expected "
                    + "data_handler_config.alpha158_config.feature or "
                    + "data_handler_config.data_loader.kwargs.alpha158_config.feature");
        }
        if (!feature.isArray() || feature.size() < 2 || !feature.get(0).isArray() || !feature.get(1).isArray()) {
            throw new ExportException("malformed Alpha158 feature list in " + yaml
                    + ": expected [[expressions...], [names...]]");
        }
        return feature;
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
