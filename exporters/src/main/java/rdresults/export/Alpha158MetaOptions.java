package rdresults.export;

import java.nio.file.Path;

/**
 * What {@link Alpha158MetaExporter} reads.
 *
 * @param confYaml   the Qlib experiment YAML; may be null only when {@code full}
 * @param configPath the {@code --conf-yaml} argument exactly as given, written to {@code config_path}
 * @param full       emit the canonical 158 features and mark which of them the YAML uses, instead of the YAML's
 *                   own (usually reduced) list
 */
public record Alpha158MetaOptions(Path confYaml, String configPath, boolean full) {

    public Alpha158MetaOptions {
        if (confYaml == null && !full) {
            throw new IllegalArgumentException("a YAML config is required unless the full list is requested");
        }
    }

    /** Options for the {@code --conf-yaml} argument {@code confYaml} (null allowed with {@code full}). */
    public static Alpha158MetaOptions of(String confYaml, boolean full) {
        return new Alpha158MetaOptions(confYaml == null ? null : Path.of(confYaml), confYaml, full);
    }
}
