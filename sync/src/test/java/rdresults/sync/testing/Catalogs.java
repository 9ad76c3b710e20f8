package rdresults.sync.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import rdresults.model.AtomicFiles;
import rdresults.model.PythonJson;

/** Reads and rewrites catalog files in tests (atomically, as an exporter does). */
public final class Catalogs {

    private Catalogs() {
    }

    public static ObjectNode read(Path file) {
        try {
            return (ObjectNode) PythonJson.parse(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }

    /** The entries of a catalog file. */
    public static ArrayNode entries(Path file, String listKey) {
        return (ArrayNode) read(file).get(listKey);
    }

    /** Rewrites {@code file} after {@code change} edited its list. */
    public static void edit(Path file, String listKey, Consumer<ArrayNode> change) {
        ObjectNode root = read(file);
        change.accept((ArrayNode) root.get(listKey));
        AtomicFiles.writeString(file, PythonJson.dumpIndented(root));
    }

    /** Sets {@code field} of the entry at {@code index}. */
    public static void setField(Path file, String listKey, int index, String field, JsonNode value) {
        edit(file, listKey, list -> ((ObjectNode) list.get(index)).set(field, value));
    }
}
