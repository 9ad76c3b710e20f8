package rdresults.cli.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainIntegrationTest;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rdresults.cli.ExitCodes;
import rdresults.cli.Samples;

/** The packaged jar keeps stdout for data: warnings and the summary line go to stderr. */
@QuarkusMainIntegrationTest
class ExportStreamsIT {

    /**
     * stderr without Quarkus' own lifecycle lines: the integration-test launcher starts the jar with
     * {@code -Dquarkus.log.category."io.quarkus".level=INFO}, which a user's run does not have.
     */
    private static List<String> stderrOfRdr(LaunchResult result) {
        return result.getErrorStream().stream().filter(line -> !line.startsWith("INFO  [i.quarkus]")).toList();
    }

    @Test
    void withJsonStdoutHoldsOnlyTheSummary(@TempDir Path repo, QuarkusMainLauncher launcher) {
        Samples.copySample(repo);
        Path out = repo.resolve("factor_catalog.json");
        Path missing = repo.resolve("nowhere/alpha158_meta.json");
        LaunchResult result = launcher.launch("export", "factors",
                "--registry-sqlite", repo.resolve("RDagentDB/registry.sqlite").toString(),
                "--output", out.toString(), "--alpha-meta", missing.toString(), "--json");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        JsonNode summary = Samples.json(result.getOutput());
        assertThat(summary.get("warnings").asInt()).isEqualTo(1);
        List<String> err = stderrOfRdr(result);
        assertThat(err).anySatisfy(line -> assertThat(line).contains("skipped --alpha-meta " + missing));
        assertThat(err.get(err.size() - 1)).startsWith("exported ").endsWith(" to " + out + "; 1 warning");
    }

    @Test
    void withoutJsonStdoutIsEmpty(@TempDir Path repo, QuarkusMainLauncher launcher) {
        Samples.copySample(repo);
        LaunchResult result = launcher.launch("export", "all", "--repo-root", repo.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.getOutput()).isEmpty();
        List<String> err = stderrOfRdr(result);
        assertThat(err.get(err.size() - 1)).startsWith("exported to ");
    }
}
