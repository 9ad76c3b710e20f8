package rdresults.factorlib.internal.publish;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A factor's implementation as found in a workspace: the whole file, verbatim (only a leading UTF-8 BOM removed,
 * since Python's {@code compile} rejects it in a string), and the module-level function to call.
 *
 * @param entry        {@code calculate_<name>} when the file defines it, else {@code <name>}
 * @param text         the complete file; never cut at blank or comment lines as the Python tool did
 * @param sha256       hex sha256 of {@code text} as UTF-8
 * @param file         path of the file relative to the workspace, {@code /}-separated
 */
public record FactorSource(String factorName, String entry, String text, String sha256, String workspaceId,
                           Path workspace, String file) {

    public FactorSource {
        Objects.requireNonNull(factorName, "factorName");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(file, "file");
    }
}
