package rdresults.cli.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.main.LaunchResult;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import rdresults.cli.ExitCodes;
import rdresults.cli.RdrLauncher;

@QuarkusTest
class SyncCommandTest {

    @Inject
    RdrLauncher launcher;

    @ParameterizedTest
    @ValueSource(strings = {"sync", "sync once", "sync watch", "sync status"})
    void helpOfEveryCommandGoesToStdoutWithExitZero(String command) {
        LaunchResult result = launcher.launch((command + " --help").split(" "));
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.getOutput()).startsWith("Usage: rdr " + command);
        assertThat(result.getErrorOutput()).isEmpty();
    }

    @Test
    void groupWithoutSubcommandPrintsUsageToStderrAndReturnsTwo() {
        LaunchResult result = launcher.launch("sync");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.getOutput()).isEmpty();
        assertThat(result.getErrorOutput()).startsWith("rdr: missing subcommand for 'rdr sync'")
                .contains("Usage: rdr sync", "once", "watch", "status");
    }

    @Test
    void rootUsageListsTheGroup() {
        assertThat(launcher.launch("--help").getOutput()).contains("sync");
    }

    @Test
    void onceAndWatchHelpListTheirOptions() {
        assertThat(launcher.launch("sync", "once", "--help").getOutput()).contains("--api=URL", "--token=T",
                "--timeout=D", "--retries=N", "--full-refresh", "--db=JDBC_URL", "aistock_sync.sqlite", "--json",
                "-v");
        assertThat(launcher.launch("sync", "watch", "--help").getOutput()).contains("--api=URL", "--db=JDBC_URL",
                "--every=D", "--max-runs=N", "--full-refresh");
        assertThat(launcher.launch("sync", "status", "--help").getOutput()).contains("--db=JDBC_URL",
                "--factor-lib=ROOT", "--json").doesNotContain("--api");
    }

    @Test
    void missingApiIsAUsageError() {
        LaunchResult result = launcher.launch("sync", "once");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.getErrorStream()).containsExactly(
                "rdr: Missing required option: '--api=URL' (see 'rdr sync once --help')");
    }
}
