package rdresults.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.main.LaunchResult;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class RdrCommandTest {

    @Inject
    RdrLauncher launcher;

    @ParameterizedTest
    @ValueSource(strings = {"", "registry", "registry stats", "registry task-runs", "registry loops",
        "registry workspaces", "registry artifacts", "doctor", "export", "export alpha158", "export factors",
        "export strategies", "export loops", "export models", "export all", "dev", "dev generate"})
    void helpOfEveryCommandGoesToStdoutWithExitZero(String command) {
        String[] args = (command.isEmpty() ? "--help" : command + " --help").split(" ");
        LaunchResult result = launcher.launch(args);
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.getOutput()).startsWith("Usage: rdr" + (command.isEmpty() ? "" : " " + command));
        assertThat(result.getErrorOutput()).isEmpty();
    }

    @Test
    void leafHelpListsTheSharedOptions() {
        LaunchResult result = launcher.launch("registry", "loops", "--help");
        assertThat(result.getOutput()).contains("--repo-root", "--registry-sqlite", "--path-map", "--json", "-v",
                "--limit", "--cursor", "--has-result", "--solidified", "--updated-since");
    }

    @Test
    void groupWithoutSubcommandPrintsUsageToStderrAndReturnsTwo() {
        LaunchResult result = launcher.launch("registry");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.getOutput()).isEmpty();
        assertThat(result.getErrorOutput()).contains("Usage: rdr registry").contains("stats", "loops");
    }

    @Test
    void exportWithoutSubcommandPrintsUsageToStderrAndReturnsTwo() {
        LaunchResult result = launcher.launch("export");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.getOutput()).isEmpty();
        assertThat(result.getErrorOutput()).contains("Usage: rdr export")
                .contains("alpha158", "factors", "strategies", "loops", "models", "all");
    }

    @Test
    void exportLeafHelpListsTheSharedAndPythonFlags() {
        assertThat(launcher.launch("export", "factors", "--help").getOutput()).contains("--repo-root",
                "--registry-sqlite", "--path-map", "--output", "--alpha-meta", "--json", "-v");
        assertThat(launcher.launch("export", "loops", "--help").getOutput()).contains("--registry-sqlite",
                "--output", "--limit", "--solidified-only");
        assertThat(launcher.launch("export", "alpha158", "--help").getOutput()).contains("--conf-yaml",
                "--output", "--full").doesNotContain("--registry-sqlite");
        assertThat(launcher.launch("export", "all", "--help").getOutput()).contains("--repo-root",
                "--registry-sqlite", "--path-map", "--out-dir", "--conf-yaml", "--full-alpha158", "--limit",
                "--solidified-only", "--json");
    }

    @Test
    void bareRootPrintsUsageToStderrAndReturnsTwo() {
        LaunchResult result = launcher.launch();
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.getOutput()).isEmpty();
        assertThat(result.getErrorOutput()).contains("Usage: rdr", "registry", "export", "doctor");
    }

    @ParameterizedTest
    @ValueSource(strings = {"registry", "registry stats", "registry task-runs", "registry loops",
        "registry workspaces", "registry artifacts", "doctor", "export", "export alpha158", "export factors",
        "export strategies", "export loops", "export models", "export all", "dev", "dev generate", "serve",
        "factor-lib", "factor-lib init", "factor-lib publish", "factor-lib versions", "factor-lib verify",
        "factor-lib bundle", "sync", "sync once", "sync watch", "sync status"})
    void everyCommandNamesTheVersionWithMinusV(String command) {
        LaunchResult result = launcher.launch((command + " -V").split(" "));
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.getOutputStream()).isNotEmpty();
        assertThat(result.getOutputStream().get(0)).startsWith("rdr ");
    }

    @Test
    void versionNamesTheTool() {
        LaunchResult result = launcher.launch("--version");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.getOutputStream().get(0)).startsWith("rdr ");
    }

    @Test
    void unknownOptionIsOneUsageLine() {
        LaunchResult result = launcher.launch("registry", "stats", "--bogus");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.getOutput()).isEmpty();
        assertThat(result.getErrorStream()).containsExactly(
                "rdr: Unknown option: '--bogus' (see 'rdr registry stats --help')");
    }

    @Test
    void badBooleanValueIsAUsageError() {
        LaunchResult result = launcher.launch("registry", "loops", "--repo-root", Samples.SAMPLE,
                "--has-result", "maybe");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.getErrorOutput()).startsWith("rdr: ").contains("--has-result");
    }
}
