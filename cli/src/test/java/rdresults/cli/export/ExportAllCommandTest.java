package rdresults.cli.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.main.LaunchResult;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rdresults.cli.ExitCodes;
import rdresults.cli.RdrLauncher;
import rdresults.cli.Samples;

@QuarkusTest
class ExportAllCommandTest {

    @Inject
    RdrLauncher launcher;

    private static final List<String> FILES = List.of("alpha158_meta.json", "factor_catalog.json",
            "strategy_catalog.json", "loop_catalog.json", "model_catalog.json");

    private static String lastErrorLine(LaunchResult result) {
        List<String> lines = result.getErrorStream();
        assertThat(lines).isNotEmpty();
        return lines.get(lines.size() - 1);
    }

    @Test
    void writesTheFiveFilesUnderTheDefaultFolder(@TempDir Path repo) {
        Samples.copySample(repo);
        LaunchResult result = launcher.launch("export", "all", "--repo-root", repo.toString());
        Path dir = repo.toAbsolutePath().normalize().resolve("RDagentDB/aistock");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.getOutput()).isEmpty();
        assertThat(lastErrorLine(result)).startsWith("exported to " + dir + ": alpha158_meta.json 20, ")
                .contains("strategy_catalog.json 21", "model_catalog.json 21", "; 0 warnings");
        for (String file : FILES) {
            assertThat(Samples.jsonFile(dir.resolve(file)).get("version").asText()).isEqualTo("v1");
        }
        JsonNode alpha = Samples.jsonFile(dir.resolve("alpha158_meta.json"));
        assertThat(alpha.get("config_path").asText())
                .isEqualTo("rdagent/scenarios/qlib/experiment/factor_template/conf_combined_factors_dynamic.yaml");
        JsonNode factors = Samples.jsonFile(dir.resolve("factor_catalog.json")).get("factors");
        assertThat(factors.size()).isGreaterThanOrEqualTo(43);
        assertThat(factors.findValuesAsText("source")).filteredOn("qlib_alpha158"::equals).hasSize(20);
        assertThat(Samples.jsonFile(dir.resolve("loop_catalog.json")).get("loops").size())
                .isGreaterThanOrEqualTo(7);
    }

    @Test
    void jsonSummaryListsEveryFile(@TempDir Path repo) {
        Samples.copySample(repo);
        Path out = repo.resolve("catalogs");
        LaunchResult result = launcher.launch("export", "all", "--registry-sqlite",
                repo.resolve("RDagentDB/registry.sqlite").toString(), "--out-dir", out.toString(),
                "--solidified-only", "--json");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        JsonNode summary = Samples.json(result.getOutput());
        assertThat(summary.get("files").fieldNames()).toIterable().containsExactlyElementsOf(FILES);
        assertThat(summary.at("/files/loop_catalog.json").asInt()).isEqualTo(7);
        assertThat(summary.at("/files/alpha158_meta.json").asInt()).isEqualTo(20);
        assertThat(summary.get("warnings").asInt()).isZero();
        assertThat(summary.get("out_dir").asText()).isEqualTo(out.toAbsolutePath().normalize().toString());
        assertThat(lastErrorLine(result)).startsWith("exported to " + out.toAbsolutePath().normalize() + ": ");
    }

    @Test
    void missingDefaultYamlSkipsTheMetaWithAWarning(@TempDir Path repo)
            throws IOException {
        Samples.copySample(repo);
        Files.delete(repo.resolve("rdagent/scenarios/qlib/experiment/factor_template/"
                + "conf_combined_factors_dynamic.yaml"));
        LaunchResult result = launcher.launch("export", "all", "--repo-root", repo.toString(), "--json");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        JsonNode summary = Samples.json(result.getOutput());
        assertThat(summary.get("files")).hasSize(4);
        assertThat(summary.get("warnings").asInt()).isEqualTo(1);
        assertThat(lastErrorLine(result)).startsWith("exported to ").contains("; 1 warning (");
        assertThat(summary.at("/warning_examples/0").asText()).startsWith("alpha158 meta not exported: ");
    }

    @Test
    void missingExplicitYamlIsInputUnusableAndWritesNothing(@TempDir Path repo) {
        Samples.copySample(repo);
        Path yaml = repo.resolve("no/such.yaml");
        LaunchResult result = launcher.launch("export", "all", "--repo-root", repo.toString(),
                "--conf-yaml", yaml.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.INPUT_UNUSABLE);
        assertThat(result.getOutput()).isEmpty();
        assertThat(result.getErrorStream()).containsExactly("rdr: YAML config not found: " + yaml);
        assertThat(repo.resolve("RDagentDB/aistock")).doesNotExist();
    }

    @Test
    void missingRegistryIsInputUnusable(@TempDir Path empty) {
        LaunchResult result = launcher.launch("export", "all", "--repo-root", empty.toString());
        Path db = empty.toAbsolutePath().normalize().resolve("RDagentDB/registry.sqlite");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.INPUT_UNUSABLE);
        assertThat(result.getErrorStream()).containsExactly("rdr: registry.sqlite not found: " + db);
        assertThat(empty.resolve("RDagentDB/aistock")).doesNotExist();
    }
}
