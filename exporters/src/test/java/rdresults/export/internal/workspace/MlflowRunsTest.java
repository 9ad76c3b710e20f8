package rdresults.export.internal.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rdresults.export.ExportWarnings;
import rdresults.export.SampleFixture;
import rdresults.export.WorkspaceReader;

class MlflowRunsTest {

    @TempDir
    Path ws;

    private WorkspaceFiles files() {
        return new WorkspaceReader(new ExportWarnings()).folder(ws);
    }

    private void run(String experiment, String run, String meta) {
        SampleFixture.write(ws.resolve("mlruns").resolve(experiment).resolve(run).resolve("meta.yaml"), meta);
    }

    @Test
    void newestEndTimeWins() {
        run("1", "aaa", "run_id: aaa\nstart_time: 100\nend_time: 900\nlifecycle_stage: active\n");
        run("1", "bbb", "run_id: bbb\nstart_time: 500\nend_time: 600\nlifecycle_stage: active\n");
        run("2", "ccc", "run_id: ccc\nstart_time: 700\nend_time: null\nlifecycle_stage: active\n");

        assertThat(MlflowRuns.latestRunId(files())).contains("aaa");
    }

    @Test
    void startTimeCountsWhenTheRunNeverEnded() {
        run("1", "aaa", "run_id: aaa\nstart_time: 100\nend_time: 200\n");
        run("1", "bbb", "run_id: bbb\nstart_time: 300\nend_time: null\n");

        assertThat(MlflowRuns.latestRunId(files())).contains("bbb");
    }

    @Test
    void deletedRunsTrashAndExperimentMetaAreIgnored() {
        run("1", "aaa", "run_id: aaa\nstart_time: 100\nend_time: 200\n");
        run("1", "zzz", "run_id: zzz\nstart_time: 100\nend_time: 999\nlifecycle_stage: deleted\n");
        run(".trash", "yyy", "run_id: yyy\nstart_time: 100\nend_time: 999\n");
        SampleFixture.write(ws.resolve("mlruns/1/meta.yaml"), "experiment_id: '1'\nname: workflow\n");

        assertThat(MlflowRuns.latestRunId(files())).contains("aaa");
    }

    @Test
    void untimedRunsFallBackToTheLastByPath() {
        run("1", "aaa", "run_uuid: aaa\n");
        run("1", "bbb", "run_uuid: bbb\n");

        assertThat(MlflowRuns.latestRunId(files())).contains("bbb");
    }

    @Test
    void foldersWhoseMetaDoesNotNameThemAreNotRuns() {
        SampleFixture.write(ws.resolve("mlruns/1/tags/mlflow.runName"), "x");
        SampleFixture.write(ws.resolve("mlruns/models/m1/meta.yaml"), "name: m1\n");
        run("1", "datasets", "start_time: 100\nend_time: 999\n");
        run("1", "aaa", "run_id: other\nstart_time: 100\nend_time: 999\n");

        assertThat(MlflowRuns.latestRunId(files())).isEmpty();
    }

    @Test
    void noMlrunsMeansNoRun() {
        assertThat(MlflowRuns.latestRunId(files())).isEmpty();
    }

    /** MLflow's own {@code experiments} and {@code runs} tables (mlflow/mlflow tests/db/schemas/sqlite.sql). */
    private static final String MLFLOW_SCHEMA = """
            CREATE TABLE experiments (experiment_id INTEGER NOT NULL, name VARCHAR(256) NOT NULL,
              artifact_location VARCHAR(256), lifecycle_stage VARCHAR(32), creation_time BIGINT,
              last_update_time BIGINT, CONSTRAINT experiment_pk PRIMARY KEY (experiment_id), UNIQUE (name),
              CONSTRAINT experiments_lifecycle_stage CHECK (lifecycle_stage IN ('active', 'deleted')));
            CREATE TABLE runs (run_uuid VARCHAR(32) NOT NULL, name VARCHAR(250), source_type VARCHAR(20),
              source_name VARCHAR(500), entry_point_name VARCHAR(50), user_id VARCHAR(256), status VARCHAR(9),
              start_time BIGINT, end_time BIGINT, source_version VARCHAR(50), lifecycle_stage VARCHAR(20),
              artifact_uri VARCHAR(200), experiment_id INTEGER, deleted_time BIGINT,
              CONSTRAINT run_pk PRIMARY KEY (run_uuid),
              FOREIGN KEY(experiment_id) REFERENCES experiments (experiment_id),
              CONSTRAINT runs_lifecycle_stage CHECK (lifecycle_stage IN ('active', 'deleted')),
              CHECK (status IN ('SCHEDULED', 'FAILED', 'FINISHED', 'RUNNING', 'KILLED')));
            INSERT INTO experiments VALUES (0, 'Default', 'mlflow-artifacts:/0', 'active', 1, 1);
            INSERT INTO experiments VALUES (1, 'workflow', 'mlflow-artifacts:/1', 'active', 1, 1);
            INSERT INTO experiments VALUES (2, 'old', 'mlflow-artifacts:/2', 'deleted', 1, 1);
            """;

    private static void mlflowDb(Path db, String... inserts) throws Exception {
        Files.createDirectories(db.getParent());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = c.createStatement()) {
            for (String sql : (MLFLOW_SCHEMA + String.join("\n", inserts)).split(";")) {
                if (!sql.isBlank()) {
                    st.execute(sql);
                }
            }
        }
    }

    private static String run(String id, String status, Long start, Long end, String stage, int experiment) {
        return "INSERT INTO runs (run_uuid, status, start_time, end_time, lifecycle_stage, experiment_id) VALUES ('"
                + id + "', '" + status + "', " + start + ", " + end + ", '" + stage + "', " + experiment + ");";
    }

    @Test
    void sqliteStoreGivesTheNewestFinishedLiveRunAndSaysSo() throws Exception {
        Path db = ws.resolve("mlflow.db");
        mlflowDb(db,
                run("finishedold", "FINISHED", 100L, 200L, "active", 1),
                run("finishednew", "FINISHED", 300L, 400L, "active", 0),
                run("runningnewest", "RUNNING", 900L, null, "active", 1),
                run("deletedrun", "FINISHED", 100L, 999L, "deleted", 1),
                run("deletedexperiment", "FINISHED", 100L, 998L, "active", 2));
        byte[] before = Files.readAllBytes(db);
        long modified = Files.getLastModifiedTime(db).toMillis();

        assertThat(MlflowRuns.latestRun(files())).contains(new MlflowRun("finishednew", "mlflow.db"));
        assertThat(Arrays.equals(before, Files.readAllBytes(db))).as("mlflow.db unchanged").isTrue();
        assertThat(Files.getLastModifiedTime(db).toMillis()).isEqualTo(modified);
        assertThat(Files.exists(ws.resolve("mlflow.db-journal"))).isFalse();
    }

    @Test
    void withoutAFinishedRunTheNewestLiveOneCounts() throws Exception {
        mlflowDb(ws.resolve("mlflow.db"),
                run("failed", "FAILED", 100L, 200L, "active", 1),
                run("running", "RUNNING", 300L, null, "active", 1));

        assertThat(MlflowRuns.latestRunId(files())).contains("running");
    }

    @Test
    void theParentFoldersStoreServesTheWorkspace() throws Exception {
        Path root = ws.resolve("workspaces");
        mlflowDb(root.resolve("mlflow.db"), run("parentrun", "FINISHED", 1L, 2L, "active", 1));
        Path child = root.resolve("ws1");
        Files.createDirectories(child);

        WorkspaceFiles files = new WorkspaceReader(new ExportWarnings()).folder(child);
        assertThat(MlflowRuns.latestRun(files)).contains(new MlflowRun("parentrun", "../mlflow.db"));
    }

    @Test
    void mlrunsKeepsPriorityOverTheStore() throws Exception {
        mlflowDb(ws.resolve("mlflow.db"), run("dbrun", "FINISHED", 1L, 9999L, "active", 1));
        run("1", "aaa", "run_id: aaa\nstart_time: 100\nend_time: 200\n");

        assertThat(MlflowRuns.latestRun(files())).contains(new MlflowRun("aaa", "mlruns/1/aaa/meta.yaml"));
    }

    @Test
    void aCorruptStoreIsSkippedWithAWarning() throws Exception {
        Files.write(ws.resolve("mlflow.db"), "SQLite format 3\0 but then garbage, not pages".getBytes());
        ExportWarnings warnings = new ExportWarnings();

        assertThat(MlflowRuns.latestRun(new WorkspaceReader(warnings).folder(ws))).isEmpty();
        assertThat(warnings.count()).isEqualTo(1);
        assertThat(warnings.examples().get(0)).contains("mlflow.db").contains("not a readable MLflow SQLite");
    }

    @Test
    void aSqliteFileWithoutMlflowTablesIsSkippedWithAWarning() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ws.resolve("mlflow.db"));
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE other (x INTEGER)");
        }
        ExportWarnings warnings = new ExportWarnings();

        assertThat(MlflowRuns.latestRun(new WorkspaceReader(warnings).folder(ws))).isEmpty();
        assertThat(warnings.count()).isEqualTo(1);
    }
}
