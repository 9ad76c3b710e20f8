package rdresults.testkit;

import static rdresults.testkit.internal.content.QlibConfigs.map;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rdresults.model.AtomicFiles;
import rdresults.model.PythonJson;
import rdresults.testkit.conventions.StoredPaths;

/**
 * Writes GENERATED_BY.json in the bundled sample's layout (plus the counts and options the sample lacks). It is
 * written last and atomically, so its presence marks a complete tree.
 */
final class GeneratedByWriter {

    static final String GENERATOR = "rdr dev generate";
    static final String ALPHA158_CONF_REL =
            "rdagent/scenarios/qlib/experiment/factor_template/conf_combined_factors_dynamic.yaml";

    private GeneratedByWriter() {
    }

    static void write(Path target, SyntheticRegistryOptions options, StoredPaths paths, RegistryCounts counts,
                      Map<EdgeCase, List<EdgeCaseHit>> hits) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("generator", GENERATOR);
        doc.put("generator_version", 1);
        List<String> cases = new ArrayList<>();
        for (EdgeCase edgeCase : EdgeCase.values()) {
            if (options.has(edgeCase)) {
                cases.add(edgeCase.key());
            }
        }
        doc.put("options", map("task_runs", options.taskRuns(), "loops_per_run", options.loopsPerRun(),
                "seed", options.seed(), "edge_cases", cases, "path_style", options.pathStyle().key(),
                "legacy_schema", options.legacySchema(), "fill_loop_metrics", options.fillLoopMetrics()));
        boolean mixed = options.pathStyle() == PathStyle.MIXED;
        doc.put("stored_root_prefix", mixed ? null : paths.root(options.pathStyle()));
        doc.put("stored_separator", mixed ? null : String.valueOf(StoredPaths.separator(options.pathStyle())));
        doc.put("workspace_root_rel", StoredPaths.WORKSPACE_ROOT_REL);
        doc.put("alpha158_conf_rel", ALPHA158_CONF_REL);
        doc.put("counts", counts.asMap());
        Map<String, Object> edgeCases = new LinkedHashMap<>();
        for (EdgeCase edgeCase : EdgeCase.values()) {
            if (hits.containsKey(edgeCase)) {
                edgeCases.put(edgeCase.key(), hits.get(edgeCase).stream().map(GeneratedByWriter::hit).toList());
            }
        }
        doc.put("edge_cases", edgeCases);
        writeAtomically(target, PythonJson.dumpIndented(PythonJson.valueToTree(doc)) + "\n");
    }

    private static Map<String, Object> hit(EdgeCaseHit hit) {
        Map<String, Object> out = map("task_run_id", hit.taskRunId(), "loop_id", hit.loopId());
        if (hit.hasWorkspace()) {
            out.put("workspace_id", hit.workspaceId());
        }
        if (hit.hasPath()) {
            out.put("path", hit.path());
        }
        return out;
    }

    static void writeAtomically(Path target, String text) {
        try {
            AtomicFiles.writeString(target, text);
        } catch (UncheckedIOException e) {
            throw new SyntheticRegistryException("cannot write", target, e.getCause());
        }
    }
}
