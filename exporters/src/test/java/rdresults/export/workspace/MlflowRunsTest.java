package rdresults.export.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rdresults.export.ExportWarnings;
import rdresults.export.SampleFixture;

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
}
