package rdresults.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import rdresults.model.AtomicFiles;
import rdresults.model.PythonJson;

/**
 * Builds catalog envelopes ({@code version}, {@code generated_at_utc}, {@code source}, list) and writes them as
 * strict UTF-8 JSON with indent 2, atomically, so a reader never sees half a catalog.
 *
 * <p>Large catalogs are streamed: their entries are serialised one by one ({@link #entryBytes}) and written
 * around the envelope ({@link #write(Path, String, List, String)}), giving the same bytes as
 * {@link #write(Path, JsonNode)} of the whole {@link #envelope} without holding the document in memory.
 */
public final class CatalogWriter {

    /** The envelope {@code source} of every catalog the Python tools wrote. */
    public static final String TOOLS_SOURCE = "rdagent_tools";

    /** Entries sit in the list of the envelope object: two levels deep. */
    private static final int ENTRY_DEPTH = 2;
    private static final byte[] ENTRY_SEPARATOR = ",\n    ".getBytes(StandardCharsets.UTF_8);

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
            throw ExportException.writing(e.getMessage(), e);
        }
    }

    /** One catalog entry as it appears in the written envelope (UTF-8, indented for its depth). */
    public static byte[] entryBytes(JsonNode entry) {
        return PythonJson.dumpIndented(entry, ENTRY_DEPTH).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Writes the envelope around {@code entries} (from {@link #entryBytes}, in catalog order) to {@code target}
     * atomically, reading each entry only when it is written; returns the number of entries.
     */
    public static int write(Path target, String listKey, List<byte[]> entries, String generatedAtUtc) {
        try {
            AtomicFiles.write(target, out -> {
                out.write(head(listKey, generatedAtUtc, entries.isEmpty()));
                for (int i = 0; i < entries.size(); i++) {
                    if (i > 0) {
                        out.write(ENTRY_SEPARATOR);
                    }
                    out.write(entries.get(i));
                }
                out.write((entries.isEmpty() ? "]\n}" : "\n  ]\n}").getBytes(StandardCharsets.UTF_8));
            });
        } catch (UncheckedIOException e) {
            throw ExportException.writing(e.getMessage(), e);
        }
        return entries.size();
    }

    /** The document {@link #write(Path, String, List, String)} would write, parsed back (NaN reads as null). */
    public static ObjectNode document(String listKey, List<byte[]> entries, String generatedAtUtc) {
        return envelope(listKey, entries.stream().map(e -> PythonJson.parse(e, listKey + " entry")).toList(),
                generatedAtUtc);
    }

    /** Everything up to the first entry, as {@link PythonJson#dumpIndented} writes the envelope. */
    private static byte[] head(String listKey, String generatedAtUtc, boolean empty) {
        String head = "{\n  \"version\": \"v1\",\n  \"generated_at_utc\": " + PythonJson.quote(generatedAtUtc)
                + ",\n  \"source\": " + PythonJson.quote(TOOLS_SOURCE) + ",\n  " + PythonJson.quote(listKey)
                + (empty ? ": [" : ": [\n    ");
        return head.getBytes(StandardCharsets.UTF_8);
    }
}
