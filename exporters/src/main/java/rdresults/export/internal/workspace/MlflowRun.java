package rdresults.export.internal.workspace;

import java.util.Objects;

/**
 * A workspace's MLflow run and where it was found.
 *
 * @param runId  MLflow's run id
 * @param source relative to the workspace folder: the run's {@code mlruns/<experiment>/<run>/meta.yaml}, or the
 *               SQLite store it was read from ({@code mlflow.db} in the folder, {@code ../mlflow.db} in its parent)
 */
public record MlflowRun(String runId, String source) {

    public MlflowRun {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(source, "source");
    }
}
