package rdresults.export.internal.loop;

import java.util.ArrayList;
import java.util.List;

/**
 * The reference's export gates (contract §4.3), named so an entry can say which it fails instead of being dropped:
 * {@code workspace_dir} (the folder exists), {@code model_file} (root weights or {@code mlruns/**}{@code /params.pkl}),
 * {@code yaml_config} (a root {@code *.yaml}/{@code *.yml}), {@code python_code} (a root {@code *.py}),
 * {@code factor_names} (from {@code factor_perf.json}) and {@code templates} (a recursive YAML).
 */
final class LoopGates {

    static final String WORKSPACE_DIR = "workspace_dir";
    static final String MODEL_FILE = "model_file";
    static final String YAML_CONFIG = "yaml_config";
    static final String PYTHON_CODE = "python_code";
    static final String FACTOR_NAMES = "factor_names";
    static final String TEMPLATES = "templates";

    private LoopGates() {
    }

    /** The gates {@code facts} fail, in the reference's check order; empty when all pass. */
    static List<String> missing(LoopFacts facts) {
        if (!facts.resolved()) {
            return List.of(WORKSPACE_DIR);
        }
        List<String> missing = new ArrayList<>(5);
        if (facts.modelFiles().isEmpty()) {
            missing.add(MODEL_FILE);
        }
        if (!facts.hasRootYaml()) {
            missing.add(YAML_CONFIG);
        }
        if (!facts.hasRootPython()) {
            missing.add(PYTHON_CODE);
        }
        if (facts.factorNames().isEmpty()) {
            missing.add(FACTOR_NAMES);
        }
        if (facts.templates().isEmpty()) {
            missing.add(TEMPLATES);
        }
        return List.copyOf(missing);
    }
}
