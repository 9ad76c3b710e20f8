package rdresults.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.main.LaunchResult;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@QuarkusTest
class ErrorReportingTest {

    @Inject
    RdrLauncher launcher;

    @Test
    void missingRegistryNamesThePath(@TempDir Path empty) {
        LaunchResult result = launcher.launch("registry", "stats", "--repo-root", empty.toString());
        Path expected = empty.toAbsolutePath().normalize().resolve("RDagentDB/registry.sqlite");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.INPUT_UNUSABLE);
        assertThat(result.getOutput()).isEmpty();
        assertThat(result.getErrorStream()).containsExactly("rdr: registry.sqlite not found: " + expected);
    }

    @Test
    void nonDatabaseFileIsInputUnusable(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("registry.sqlite"), "not a database\n", StandardCharsets.UTF_8);
        LaunchResult result = launcher.launch("registry", "loops", "--registry-sqlite", file.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.INPUT_UNUSABLE);
        assertThat(result.getOutput()).isEmpty();
        assertThat(result.getErrorStream()).containsExactly(
                "rdr: not a SQLite database (or corrupt): " + file.toAbsolutePath().normalize());
    }

    @Test
    void badCursorIsAUsageErrorNamingTheOption() {
        LaunchResult result = launcher.launch("registry", "loops", "--repo-root", Samples.SAMPLE,
                "--cursor", "not-a-cursor");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.getOutput()).isEmpty();
        assertThat(result.getErrorStream()).singleElement(STRING)
                .startsWith("rdr: --cursor: ");
    }

    @Test
    void cursorOfAnotherListingIsRejected() {
        LaunchResult first = launcher.launch("registry", "workspaces", "--repo-root", Samples.SAMPLE,
                "--limit", "1", "--json");
        String cursor = Samples.json(first.getOutput()).get("next_cursor").asText();
        LaunchResult result = launcher.launch("registry", "loops", "--repo-root", Samples.SAMPLE,
                "--cursor", cursor);
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.getErrorOutput()).startsWith("rdr: --cursor: ");
    }

    @Test
    void badUpdatedSinceIsAUsageErrorNamingTheOption() {
        LaunchResult result = launcher.launch("registry", "loops", "--repo-root", Samples.SAMPLE,
                "--updated-since", "yesterday");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.getOutput()).isEmpty();
        assertThat(result.getErrorStream()).singleElement(STRING)
                .startsWith("rdr: --updated-since: ").contains("'yesterday'");
    }

    @Test
    void limitOutOfRangeIsAUsageErrorNamingTheOption() {
        LaunchResult result = launcher.launch("registry", "task-runs", "--repo-root", Samples.SAMPLE,
                "--limit", "0");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.getErrorStream()).singleElement(STRING)
                .startsWith("rdr: --limit: ");
    }

    @Test
    void malformedPathMapIsInputUnusable() {
        LaunchResult result = launcher.launch("registry", "stats", "--repo-root", Samples.SAMPLE,
                "--path-map", "no-equals-sign");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.INPUT_UNUSABLE);
        assertThat(result.getErrorStream()).singleElement(STRING)
                .startsWith("rdr: invalid path map 'no-equals-sign'");
    }

    @Test
    void stackTraceOnlyWithDoubleVerbose(@TempDir Path empty) {
        LaunchResult quiet = launcher.launch("registry", "stats", "--repo-root", empty.toString());
        LaunchResult verbose = launcher.launch("registry", "stats", "--repo-root", empty.toString(), "-vv");
        assertThat(quiet.getErrorOutput()).doesNotContain("RegistryNotFoundException");
        assertThat(verbose.exitCode()).isEqualTo(ExitCodes.INPUT_UNUSABLE);
        assertThat(verbose.getErrorOutput()).contains("rdr: registry.sqlite not found")
                .contains("RegistryNotFoundException").contains("\tat ");
    }
}
