package rdresults.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import rdresults.model.IsoTimestamps;
import rdresults.model.PythonJson;

/**
 * Builds {@code alpha158_meta.json} (contract §3).
 *
 * <p>Default mode reproduces {@code tools/export_alpha158_meta.py}: the YAML's features in YAML order, each
 * {@code {name, expression, source:"qlib_alpha158", region, tags:["alpha158"]}}, and {@code config_path} as given.
 * Full mode emits the canonical 158 features ({@link Alpha158Canonical}) in qlib's order with the same entry shape
 * plus {@code in_config} (whether the YAML lists that name; omitted without a YAML), and adds to the envelope
 * {@code "full": true} and {@code not_in_canonical} (YAML names that are not among the 158). When the YAML does not
 * list the features but uses Qlib's Alpha158 handler or loader defaults, the envelope also has
 * {@code "features_implied": true} and {@code features_implied_by} (the Qlib class).
 */
public final class Alpha158MetaExporter {

    /** The {@code source} of the document and of every entry. */
    public static final String SOURCE = "qlib_alpha158";

    private Alpha158MetaExporter() {
    }

    /**
     * The document, stamped with the time of {@code clock}.
     *
     * @throws ExportException naming the YAML when it is missing or has no usable feature list
     */
    public static ObjectNode export(Alpha158MetaOptions options, Clock clock) {
        return export(options, IsoTimestamps.now(clock));
    }

    /** As {@link #export(Alpha158MetaOptions, Clock)}, stamped with the context's clock. */
    public static ObjectNode export(ExportContext context, Alpha158MetaOptions options) {
        return export(options, context.now());
    }

    private static ObjectNode export(Alpha158MetaOptions options, String generatedAtUtc) {
        Alpha158Config config = options.confYaml() == null ? null : Alpha158Config.read(options.confYaml());
        String region = config == null ? Alpha158Config.DEFAULT_REGION : config.region();
        ObjectNode root = PythonJson.nodes().objectNode();
        root.put("version", "v1");
        root.put("generated_at_utc", generatedAtUtc);
        root.put("source", SOURCE);
        ArrayNode factors = root.putArray("factors");
        if (!options.full()) {
            config.factors().forEach(f -> factors.add(entry(f, region)));
            root.put("config_path", options.configPath());
            markImplied(root, config);
            return root;
        }
        Set<String> used = new HashSet<>();
        if (config != null) {
            config.factors().forEach(f -> used.add(f.name()));
        }
        List<Alpha158Factor> canonical = Alpha158Canonical.factors();
        for (Alpha158Factor f : canonical) {
            ObjectNode e = entry(f, region);
            if (config != null) {
                e.put("in_config", used.contains(f.name()));
            }
            factors.add(e);
        }
        root.put("config_path", options.configPath());
        root.put("full", true);
        ArrayNode extra = root.putArray("not_in_canonical");
        Set<String> canonicalNames = new HashSet<>();
        canonical.forEach(f -> canonicalNames.add(f.name()));
        if (config != null) {
            config.factors().stream().map(Alpha158Factor::name).filter(n -> !canonicalNames.contains(n))
                    .forEach(extra::add);
        }
        markImplied(root, config);
        return root;
    }

    /** A list the YAML does not spell out is flagged, so a reader knows it came from Qlib's defaults. */
    private static void markImplied(ObjectNode root, Alpha158Config config) {
        if (config != null && !config.explicit()) {
            root.put("features_implied", true);
            root.put("features_implied_by", config.impliedBy());
        }
    }

    private static ObjectNode entry(Alpha158Factor f, String region) {
        ObjectNode e = PythonJson.nodes().objectNode();
        e.put("name", f.name());
        e.put("expression", f.expression());
        e.put("source", SOURCE);
        e.put("region", region);
        e.putArray("tags").add("alpha158");
        return e;
    }
}
