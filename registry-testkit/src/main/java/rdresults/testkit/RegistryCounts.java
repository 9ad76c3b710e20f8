package rdresults.testkit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Row and file counts of a generated registry, as written to GENERATED_BY.json. */
public record RegistryCounts(int taskRuns, int loops, int loopsWithResult, int loopsSolidified, int workspaces,
                             int artifacts, int artifactFiles, int factorRegistry, int files) {

    /** The counts under GENERATED_BY.json's snake_case keys, in its order. */
    public Map<String, Integer> asMap() {
        Map<String, Integer> out = new LinkedHashMap<>();
        out.put("task_runs", taskRuns);
        out.put("loops", loops);
        out.put("loops_with_result", loopsWithResult);
        out.put("loops_solidified", loopsSolidified);
        out.put("workspaces", workspaces);
        out.put("artifacts", artifacts);
        out.put("artifact_files", artifactFiles);
        out.put("factor_registry", factorRegistry);
        out.put("files", files);
        return Collections.unmodifiableMap(out);
    }
}
