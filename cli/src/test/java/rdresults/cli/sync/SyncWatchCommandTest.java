package rdresults.cli.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.main.LaunchResult;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import rdresults.cli.ExitCodes;
import rdresults.cli.RdrLauncher;

@QuarkusTest
class SyncWatchCommandTest {

    @Inject
    RdrLauncher launcher;

    @TempDir
    Path dir;

    SyncFixture fixture;

    @BeforeEach
    void start() {
        fixture = SyncFixture.start(dir);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void maxRunsStopsAfterThatManyRunsEachWithItsSummary() {
        LaunchResult result = launcher.launch("sync", "watch", "--api", fixture.apiUrl(), "--db", fixture.dbUrl(),
                "--every", "1s", "--max-runs", "2");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.getOutput()).isEmpty();
        List<String> err = result.getErrorStream();
        assertThat(err).hasSize(2);
        assertThat(err.get(0)).startsWith("run 1: synced " + fixture.apiUrl() + " into " + fixture.dbUrl()
                + ": 4 changed, 1 unchanged, 1 absent; 92 inserted");
        assertThat(err.get(1)).startsWith("run 2: synced ").contains(": 5 not modified, 1 absent; 0 inserted");
    }

    @Test
    void failedRunsAreReportedAndTheLoopGoesOn() {
        String api = SyncFixture.closedPortUrl();
        LaunchResult result = launcher.launch("sync", "watch", "--api", api, "--db", fixture.dbUrl(),
                "--every", "PT1S", "--max-runs", "2", "--retries", "0");

        assertThat(result.exitCode()).as("the code of the last run").isEqualTo(ExitCodes.UNAVAILABLE);
        List<String> err = result.getErrorStream();
        assertThat(err).hasSize(4);
        assertThat(err.get(0)).startsWith("rdr: factor_package_versions: results API unavailable at " + api);
        assertThat(err.get(1)).startsWith("run 1: sync from " + api + " into " + fixture.dbUrl() + " failed: ");
        assertThat(err.get(3)).startsWith("run 2: sync from ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10", "ten", "-1s", "0s", "1w", "PT"})
    void malformedEveryIsAUsageErrorNamingTheOption(String every) {
        LaunchResult result = launcher.launch("sync", "watch", "--api", fixture.apiUrl(), "--db", fixture.dbUrl(),
                "--every", every);
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.getErrorStream()).containsExactly("rdr: Invalid value for option '--every': '" + every
                + "' is not a positive duration: use e.g. 30s, 10m, 1h or PT10M (see 'rdr sync watch --help')");
        assertThat(fixture.api.requests()).isZero();
    }

    @Test
    void intervalBelowOneSecondIsAUsageError() {
        LaunchResult result = launcher.launch("sync", "watch", "--api", fixture.apiUrl(), "--db", fixture.dbUrl(),
                "--every", "500ms");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.getErrorStream()).containsExactly(
                "rdr: --every must be at least 1s, got PT0.5S (see 'rdr sync watch --help')");
    }
}
