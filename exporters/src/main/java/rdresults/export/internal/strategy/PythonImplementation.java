package rdresults.export.internal.strategy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import rdresults.export.ExportWarnings;
import rdresults.export.internal.workspace.WorkspaceFiles;
import rdresults.model.PythonJson;

/**
 * The {@code python_implementation} of a strategy entry: {@code {impl_module, impl_func, strategy_name}} from the
 * workspace's {@code strategy_meta.json} (contract §2.7), or {@code {}} when the file is missing, invalid, empty or
 * not an object. Missing keys read as null, as the reference's {@code dict.get} does.
 */
final class PythonImplementation {

    static final String FILE = "strategy_meta.json";

    private PythonImplementation() {
    }

    static ObjectNode of(WorkspaceFiles files, ExportWarnings warnings) {
        ObjectNode impl = PythonJson.nodes().objectNode();
        Optional<JsonNode> meta = files.json(FILE);
        if (meta.isEmpty() || meta.get().isNull()) {
            return impl;
        }
        JsonNode m = meta.get();
        if (!m.isObject()) {
            // the reference would crash on this; the strategy is still exported, without implementation info
            warnings.warn("skipped " + files.folder().resolve(FILE) + ": root is not a JSON object");
            return impl;
        }
        if (m.isEmpty()) {
            return impl;
        }
        impl.set("impl_module", copyOrNull(m.get("impl_module")));
        impl.set("impl_func", copyOrNull(m.get("impl_func")));
        impl.set("strategy_name", copyOrNull(m.get("strategy_name")));
        return impl;
    }

    private static JsonNode copyOrNull(JsonNode value) {
        return value == null ? PythonJson.nodes().nullNode() : value.deepCopy();
    }
}
