package rdresults.cli.factorlib;

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
class FactorLibCommandTest {

    @Inject
    RdrLauncher launcher;

    @ParameterizedTest
    @ValueSource(strings = {"factor-lib", "factor-lib init", "factor-lib publish", "factor-lib versions",
        "factor-lib bundle", "factor-lib verify", "factor-lib alpha158"})
    void helpOfEveryCommandGoesToStdoutWithExitZero(String command) {
        LaunchResult result = launcher.launch((command + " --help").split(" "));
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.getOutput()).startsWith("Usage: rdr " + command);
        assertThat(result.getErrorOutput()).isEmpty();
    }

    @Test
    void groupWithoutSubcommandPrintsUsageToStderrAndReturnsTwo() {
        LaunchResult result = launcher.launch("factor-lib");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.getOutput()).isEmpty();
        assertThat(result.getErrorOutput()).startsWith("rdr: missing subcommand for 'rdr factor-lib'")
                .contains("Usage: rdr factor-lib", "init", "publish", "versions", "bundle", "verify",
                        "RD_FACTORS_LIB_DISABLE_EXEC=1");
    }

    @Test
    void rootUsageListsTheGroup() {
        LaunchResult result = launcher.launch("--help");
        assertThat(result.getOutput()).contains("factor-lib");
    }

    @Test
    void publishHelpListsSelectionRegistryAndOutputOptions() {
        LaunchResult result = launcher.launch("factor-lib", "publish", "--help");
        assertThat(result.getOutput()).contains("--lib=ROOT", "--loop=TASK_RUN_ID/LOOP_ID", "--all-accepted",
                "--minor", "--repo-root", "--registry-sqlite", "--path-map", "--json", "-v");
    }

    @Test
    void bundleHelpTakesVersionAsThePackageVersion() {
        LaunchResult result = launcher.launch("factor-lib", "bundle", "--help");
        assertThat(result.getOutput()).contains("--version=V", "--output=F", "-h, --help");
    }

    @ParameterizedTest
    @ValueSource(strings = {"factor-lib", "factor-lib init", "factor-lib publish", "factor-lib versions",
        "factor-lib bundle", "factor-lib verify", "factor-lib alpha158"})
    void shortVersionFlagPrintsTheToolVersion(String command) {
        LaunchResult result = launcher.launch((command + " -V").split(" "));
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.getOutputStream().get(0)).startsWith("rdr ");
    }

    @Test
    void missingLibIsAUsageError() {
        LaunchResult result = launcher.launch("factor-lib", "versions");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.getErrorStream()).containsExactly(
                "rdr: Missing required option: '--lib=ROOT' (see 'rdr factor-lib versions --help')");
    }
}
