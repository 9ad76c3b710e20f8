package rdresults.cli.dev;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rdresults.cli.ExitCodes;
import rdresults.cli.RdrLauncher;
import rdresults.cli.Samples;
import rdresults.registry.RegistryReader;
import rdresults.registry.RegistryStats;

@QuarkusTest
class GenerateCommandTest {

    @Inject
    RdrLauncher launcher;

    @TempDir
    Path dir;

    @Test
    void generatesARegistryAndEndsStderrWithTheSummary() {
        Path out = dir.resolve("repo");
        LaunchResult result = generate(launcher, out);
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.getOutput()).isEmpty();
        List<String> err = result.getErrorStream();
        assertThat(err.get(err.size() - 1)).startsWith("generated " + out.toAbsolutePath() + ": 2 task runs, "
                + "6 loops, ").matches(".*, \\d+ files \\(\\d+\\.\\d s\\)$");
        assertThat(out.resolve("RDagentDB/registry.sqlite")).isRegularFile();
        assertThat(out.resolve("GENERATED_BY.json")).isRegularFile();
        assertThat(out.resolve("git_ignore_folder/RD-Agent_workspace")).isDirectory();
    }

    @Test
    void jsonCountsMatchGeneratedByAndTheDatabase() {
        Path out = dir.resolve("repo");
        LaunchResult result = generate(launcher, out, "--json");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        JsonNode json = Samples.json(result.getOutput());
        JsonNode counts = json.get("counts");
        assertThat(counts).isEqualTo(Samples.jsonFile(out.resolve("GENERATED_BY.json")).get("counts"));
        assertThat(counts.get("task_runs").asInt()).isEqualTo(2);
        assertThat(counts.get("loops").asInt()).isEqualTo(6);
        Path db = out.resolve("RDagentDB/registry.sqlite");
        assertThat(json.get("registry_sqlite").asText()).isEqualTo(db.toAbsolutePath().toString());
        try (RegistryReader reader = RegistryReader.open(db)) {
            RegistryStats stats = reader.stats();
            for (String table : List.of("task_runs", "loops", "workspaces", "artifacts", "artifact_files",
                    "factor_registry")) {
                assertThat(stats.rowsPerTable().get(table)).as(table).isEqualTo(counts.get(table).asLong());
            }
            assertThat(stats.loopsWithResult()).isEqualTo(counts.get("loops_with_result").asLong());
            assertThat(stats.loopsSolidified()).isEqualTo(counts.get("loops_solidified").asLong());
        }
    }

    @Test
    void sameSeedGivesTheSameCounts() {
        JsonNode first = Samples.json(generate(launcher, dir.resolve("a"), "--json").getOutput()).get("counts");
        JsonNode second = Samples.json(generate(launcher, dir.resolve("b"), "--json").getOutput()).get("counts");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void optionsReachTheGenerator() {
        Path out = dir.resolve("repo");
        LaunchResult result = generate(launcher, out, "--path-style", "MIXED", "--all-edge-cases", "--legacy-schema",
                "--fill-loop-metrics", "--json");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        JsonNode options = Samples.jsonFile(out.resolve("GENERATED_BY.json")).get("options");
        assertThat(options.get("path_style").asText()).isEqualTo("mixed");
        assertThat(options.get("legacy_schema").asBoolean()).isTrue();
        assertThat(options.get("fill_loop_metrics").asBoolean()).isTrue();
        List<String> cases = new ArrayList<>();
        options.get("edge_cases").forEach(c -> cases.add(c.asText()));
        assertThat(cases).hasSize(13).contains("bom_json", "unicode_factor_names", "legacy_schema");
        assertThat(Samples.json(result.getOutput()).get("edge_cases").has("corrupt_json")).isTrue();
    }

    @Test
    void edgeCasesCanBeNamedOneByOneOrCommaSeparated() {
        Path out = dir.resolve("repo");
        LaunchResult result = generate(launcher, out, "--edge-case", "bom_json,nan_metrics", "--edge-case",
                "text_flags");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        List<String> cases = new ArrayList<>();
        Samples.jsonFile(out.resolve("GENERATED_BY.json")).get("options").get("edge_cases")
                .forEach(c -> cases.add(c.asText()));
        assertThat(cases).containsExactly("bom_json", "nan_metrics", "text_flags");
    }

    @Test
    void secondRunIntoTheSameFolderIsRefusedWithOneLineAndExitThree() {
        Path out = dir.resolve("repo");
        assertThat(generate(launcher, out).exitCode()).isEqualTo(ExitCodes.OK);

        LaunchResult again = generate(launcher, out);

        assertThat(again.exitCode()).isEqualTo(ExitCodes.INPUT_UNUSABLE);
        assertThat(again.getOutput()).isEmpty();
        assertThat(again.getErrorStream()).containsExactly("rdr: output already holds a registry: "
                + out.toAbsolutePath().resolve("RDagentDB/registry.sqlite"));
    }

    @Test
    void outputThatIsAFileIsAWriteFailureWithExitFour() throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        LaunchResult result = generate(launcher, file);
        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNAVAILABLE);
        assertThat(result.getErrorStream()).singleElement().asString()
                .startsWith("rdr: cannot create directory: " + file.toAbsolutePath().resolve("RDagentDB") + " (");
    }

    @Test
    void badPathStyleIsAUsageErrorListingTheAllowedValues() {
        Path out = dir.resolve("repo");
        LaunchResult result = generate(launcher, out, "--path-style", "unc");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.getOutput()).isEmpty();
        assertThat(result.getErrorStream()).containsExactly("rdr: Invalid value for option '--path-style': "
                + "unknown path style: unc (expected one of wsl, windows, windows_fwd, posix, mixed) "
                + "(see 'rdr dev generate --help')");
        assertThat(out).doesNotExist();
    }

    @Test
    void badEdgeCaseIsAUsageErrorListingTheAllowedValues() {
        LaunchResult result = generate(launcher, dir.resolve("repo"), "--edge-case", "bom");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.getErrorStream()).singleElement().asString()
                .startsWith("rdr: Invalid value for option '--edge-case'")
                .contains(": unknown edge case: bom (expected one of bom_json, ", ", legacy_schema)");
    }

    @Test
    void zeroTaskRunsIsAUsageError() {
        Path out = dir.resolve("repo");
        LaunchResult result = launcher.launch("dev", "generate", out.toString(), "--task-runs", "0",
                "--loops-per-run", "3", "--seed", "7");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.getErrorStream()).containsExactly(
                "rdr: --task-runs must be at least 1, got 0 (see 'rdr dev generate --help')");
        assertThat(out).doesNotExist();
    }

    @Test
    void sizesAndSeedAreRequired() {
        LaunchResult result = launcher.launch("dev", "generate", dir.resolve("repo").toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.getErrorOutput()).startsWith("rdr: Missing required options: ")
                .contains("--task-runs", "--loops-per-run", "--seed");
    }

    @Test
    void helpListsEveryOptionAndEdgeCase() {
        LaunchResult result = launcher.launch("dev", "generate", "--help");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.getOutput()).startsWith("Usage: rdr dev generate").contains("OUT", "--task-runs",
                "--loops-per-run", "--seed", "--path-style", "--edge-case", "--all-edge-cases", "--legacy-schema",
                "--fill-loop-metrics", "--json", "bom_json", "same_expression_different_names", "windows_fwd");
        assertThat(result.getErrorOutput()).isEmpty();
    }

    @Test
    void devWithoutSubcommandPrintsUsageToStderrAndReturnsTwo() {
        LaunchResult result = launcher.launch("dev");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.getOutput()).isEmpty();
        assertThat(result.getErrorOutput()).contains("Usage: rdr dev", "generate");
    }

    private static LaunchResult generate(QuarkusMainLauncher launcher, Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("dev", "generate", out.toString(), "--task-runs", "2",
                "--loops-per-run", "3", "--seed", "7"));
        args.addAll(List.of(extra));
        return launcher.launch(args.toArray(String[]::new));
    }
}
