package rdresults.export.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.Optional;
import java.util.TreeSet;
import rdresults.model.PythonJson;

/**
 * The MLflow run that holds a workspace's trained model: among the run folders {@code mlruns/<experiment>/<run>/}
 * (a run folder is one whose {@code meta.yaml} names it as its {@code run_id} or {@code run_uuid}, so MLflow's
 * {@code tags}, {@code models}, {@code datasets} or {@code traces} folders never count; experiment folders starting
 * with {@code .}, such as {@code .trash}, are not experiments; runs whose {@code meta.yaml} says
 * {@code lifecycle_stage: deleted} are ignored), the one whose
 * {@code meta.yaml} {@code end_time}, else {@code start_time}, is the latest; runs without a time rank below timed
 * ones, and ties go to the last by {@code <experiment>/<run>} in code-point order. Nothing but {@code meta.yaml}
 * is read.
 */
public final class MlflowRuns {

    private MlflowRuns() {
    }

    /** The run folder name (MLflow's run id) of the latest run, or empty when the workspace has none. */
    public static Optional<String> latestRunId(WorkspaceFiles files) {
        if (!files.isDirectory("mlruns")) {
            return Optional.empty();
        }
        TreeSet<String> runs = new TreeSet<>(PythonJson::compareCodePoints);
        for (String rel : files.recursiveFiles()) {
            String[] parts = rel.split("/");
            if (parts.length >= 4 && parts[0].equals("mlruns") && !parts[1].startsWith(".")
                    && !parts[1].equals("models") && !parts[2].startsWith(".")) {
                runs.add(parts[1] + "/" + parts[2]);
            }
        }
        return runs.stream()
                .map(run -> new Run(run, files.yaml("mlruns/" + run + "/meta.yaml").orElse(null)))
                .filter(Run::namesItself)
                .filter(r -> !"deleted".equals(r.meta().path("lifecycle_stage").asText()))
                .max(Comparator.comparing(Run::time, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(Run::path, PythonJson::compareCodePoints))
                .map(r -> r.path().substring(r.path().indexOf('/') + 1));
    }

    private record Run(String path, JsonNode meta) {

        /** Whether {@code meta.yaml} exists and gives the folder's name as {@code run_id} or {@code run_uuid}. */
        boolean namesItself() {
            String folder = path.substring(path.indexOf('/') + 1);
            return meta != null && (folder.equals(meta.path("run_id").asText(null))
                    || folder.equals(meta.path("run_uuid").asText(null)));
        }

        /** {@code end_time}, else {@code start_time} (epoch milliseconds); null when neither is a number. */
        Long time() {
            if (meta == null) {
                return null;
            }
            for (String field : new String[] {"end_time", "start_time"}) {
                JsonNode t = meta.path(field);
                if (t.isIntegralNumber()) {
                    return t.longValue();
                }
            }
            return null;
        }
    }
}
