package rdresults.export.internal.strategy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import rdresults.export.internal.workspace.WorkspaceFiles;
import rdresults.model.PythonJson;
import rdresults.model.Uuid5;

/**
 * The {@code strategy_id} of contract §4.6, bit-for-bit as RD-Agent's exporters compute it, and the template list it
 * hashes. Shared by the strategy and loop catalogs so a loop's {@code strategy_id} always names a strategy entry.
 */
public final class StrategyIds {

    private StrategyIds() {
    }

    /**
     * {@code uuid5(NS, json.dumps({"scenario": s or "", "step_name": .., "action": .., "templates": [..]},
     * sort_keys=True, ensure_ascii=False)).hex}; null components hash as {@code ""}.
     */
    public static String of(String scenario, String stepName, String action, List<String> templates) {
        ObjectNode base = PythonJson.nodes().objectNode();
        base.put("scenario", orEmpty(scenario));
        base.put("step_name", orEmpty(stepName));
        base.put("action", orEmpty(action));
        ArrayNode list = base.putArray("templates");
        templates.forEach(list::add);
        return Uuid5.hex(Uuid5.STRATEGY_NAMESPACE, PythonJson.dumps(base));
    }

    /**
     * Every {@code *.yaml} and {@code *.yml} file below the workspace (MLflow {@code meta.yaml} files included), as
     * {@code /}-separated workspace-relative paths, unique and sorted by code point. The reference joins with the OS
     * separator; {@code /} is what it writes on Linux/WSL, where the registry lives.
     */
    public static List<String> templates(WorkspaceFiles files) {
        TreeSet<String> unique = new TreeSet<>(PythonJson::compareCodePoints);
        unique.addAll(files.recursiveFilesEndingWith(".yaml", ".yml"));
        return List.copyOf(new ArrayList<>(unique));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
