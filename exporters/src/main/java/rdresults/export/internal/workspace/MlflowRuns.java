package rdresults.export.internal.workspace;

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
 *
 * <p>Without such a run, MLflow 3.7+'s SQLite store is asked: {@code mlflow.db} in the folder, else in its parent
 * ({@link MlflowStores}: newest FINISHED run first, deleted runs skipped, opened read-only). The {@code mlruns/}
 * folder keeps priority, so workspaces that have one get the run they always got.
 */
public final class MlflowRuns {

    private MlflowRuns() {
    }

    /** The SQLite stores asked, in order, relative to the workspace folder. */
    static final String[] STORES = {"mlflow.db", "../mlflow.db"};

    /** The latest run's id, or empty when the workspace has none. */
    public static Optional<String> latestRunId(WorkspaceFiles files) {
        return latestRun(files).map(MlflowRun::runId);
    }

    /** The latest run and where it was found, or empty when the workspace has none. */
    public static Optional<MlflowRun> latestRun(WorkspaceFiles files) {
        Optional<MlflowRun> folderRun = latestRunFolder(files)
                .map(run -> new MlflowRun(run.substring(run.indexOf('/') + 1), "mlruns/" + run + "/meta.yaml"));
        if (folderRun.isPresent()) {
            return folderRun;
        }
        for (String store : STORES) {
            Optional<String> id = files.mlflowStoreRunId(store);
            if (id.isPresent()) {
                return Optional.of(new MlflowRun(id.get(), store));
            }
        }
        return Optional.empty();
    }

    /** {@code <experiment>/<run>} of the latest run folder under {@code mlruns/}. */
    private static Optional<String> latestRunFolder(WorkspaceFiles files) {
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
                .map(Run::path);
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
