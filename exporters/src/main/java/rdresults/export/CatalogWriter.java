package rdresults.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import rdresults.model.AtomicFiles;
import rdresults.model.PythonJson;

/**
 * Builds catalog envelopes ({@code version}, {@code generated_at_utc}, {@code source}, list) and writes them as
 * strict UTF-8 JSON with indent 2, atomically, so a reader never sees half a catalog.
 */
public final class CatalogWriter {

    /** The envelope {@code source} of every catalog the Python tools wrote. */
    public static final String TOOLS_SOURCE = "rdagent_tools";

    private CatalogWriter() {
    }

    /** {@code {"version":"v1","generated_at_utc":..,"source":"rdagent_tools","<listKey>":[..]}}. */
    public static ObjectNode envelope(String listKey, List<? extends JsonNode> entries, String generatedAtUtc) {
        ObjectNode root = PythonJson.nodes().objectNode();
        root.put("version", "v1");
        root.put("generated_at_utc", generatedAtUtc);
        root.put("source", TOOLS_SOURCE);
        ArrayNode list = root.putArray(listKey);
        entries.forEach(list::add);
        return root;
    }

    /** Writes {@code document} to {@code target} atomically. */
    public static void write(Path target, JsonNode document) {
        try {
            AtomicFiles.writeString(target, PythonJson.dumpIndented(document));
        } catch (UncheckedIOException e) {
            throw new ExportException(e.getMessage(), e);
        }
    }
}
