package rdresults.cli.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rdresults.cli.ExitCodes;
import rdresults.cli.RdrLauncher;
import rdresults.cli.Samples;

@QuarkusTest
class ExportCommandTest {

    @Inject
    RdrLauncher launcher;

    private static final String CONF_YAML =
            "rdagent/scenarios/qlib/experiment/factor_template/conf_combined_factors_dynamic.yaml";

    private static LaunchResult export(QuarkusMainLauncher launcher, String... args) {
        return launcher.launch(Stream.concat(Stream.of("export"), Stream.of(args)).toArray(String[]::new));
    }

    private static String db(Path repo) {
        return repo.resolve("RDagentDB/registry.sqlite").toString();
    }

    private static String lastErrorLine(LaunchResult result) {
        List<String> lines = result.getErrorStream();
        assertThat(lines).isNotEmpty();
        return lines.get(lines.size() - 1);
    }

    private static long countSource(JsonNode entries, String source) {
        long n = 0;
        for (JsonNode e : entries) {
            n += source.equals(e.path("source").asText()) ? 1 : 0;
        }
        return n;
    }

    @Test
    void alpha158WritesTheYamlFeaturesWithConfigPathExactlyAsGiven(@TempDir Path repo) {
        Samples.copySample(repo);
        // "/./" survives only if the argument is written verbatim, not normalised
        String yaml = repo + "/rdagent/./scenarios/qlib/experiment/factor_template/conf_combined_factors_dynamic.yaml";
        Path out = repo.resolve("out/alpha158_meta.json");
        LaunchResult result = export(launcher, "alpha158", "--conf-yaml", yaml, "--output", out.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.getOutput()).isEmpty();
        assertThat(result.getErrorStream()).containsExactly("exported 20 entries to " + out + "; 0 warnings");
        JsonNode doc = Samples.jsonFile(out);
        assertThat(doc.get("factors")).hasSize(20);
        assertThat(doc.get("config_path").asText()).isEqualTo(yaml);
        assertThat(doc.get("source").asText()).isEqualTo("qlib_alpha158");
    }

    @Test
    void alpha158FullListsTheCanonicalFeatures(@TempDir Path repo) {
        Samples.copySample(repo);
        Path out = repo.resolve("alpha158_full.json");
        LaunchResult result = export(launcher, "alpha158", "--conf-yaml", repo.resolve(CONF_YAML).toString(),
                "--output", out.toString(), "--full");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        JsonNode doc = Samples.jsonFile(out);
        assertThat(doc.get("factors")).hasSize(158);
        assertThat(doc.get("full").asBoolean()).isTrue();
        assertThat(lastErrorLine(result)).isEqualTo("exported 158 entries to " + out + "; 0 warnings");
    }

    @Test
    void missingYamlIsInputUnusableAndWritesNothing(@TempDir Path dir) {
        String yaml = dir.resolve("no/such.yaml").toString();
        Path out = dir.resolve("alpha158_meta.json");
        LaunchResult result = export(launcher, "alpha158", "--conf-yaml", yaml, "--output", out.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.INPUT_UNUSABLE);
        assertThat(result.getOutput()).isEmpty();
        assertThat(result.getErrorStream()).containsExactly("rdr: YAML config not found: " + yaml);
        assertThat(out).doesNotExist();
    }

    @Test
    void alpha158WithoutYamlNeedsFull(@TempDir Path dir) {
        LaunchResult result = export(launcher, "alpha158", "--output", dir.resolve("a.json").toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.getErrorStream()).singleElement().asString()
                .startsWith("rdr: Missing required option: '--conf-yaml=Y'");
    }

    @Test
    void outputIsRequired() {
        LaunchResult result = export(launcher, "strategies", "--repo-root", Samples.SAMPLE);
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.getOutput()).isEmpty();
        assertThat(result.getErrorStream()).containsExactly(
                "rdr: Missing required option: '--output=F' (see 'rdr export strategies --help')");
    }

    @Test
    void factorsWithAlphaMetaMergeTheAlpha158Entries(@TempDir Path repo) {
        Samples.copySample(repo);
        Path alpha = repo.resolve("RDagentDB/aistock/alpha158_meta.json");
        assertThat(export(launcher, "alpha158", "--conf-yaml", repo.resolve(CONF_YAML).toString(),
                "--output", alpha.toString()).exitCode()).isEqualTo(ExitCodes.OK);
        Path out = repo.resolve("RDagentDB/aistock/factor_catalog.json");
        LaunchResult result = export(launcher, "factors", "--registry-sqlite", db(repo), "--output", out.toString(),
                "--alpha-meta", alpha.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.getOutput()).isEmpty();
        JsonNode factors = Samples.jsonFile(out).get("factors");
        assertThat(factors.size()).isGreaterThanOrEqualTo(43);
        assertThat(countSource(factors, "qlib_alpha158")).isEqualTo(20);
        assertThat(result.getErrorStream()).containsExactly(
                "exported " + factors.size() + " entries to " + out + "; 0 warnings");
    }

    @Test
    void factorsWithoutAlphaMetaComeFromTheWorkspaces(@TempDir Path repo) {
        Samples.copySample(repo);
        Path out = repo.resolve("factor_catalog.json");
        LaunchResult result = export(launcher, "factors", "--registry-sqlite", db(repo), "--output", out.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        JsonNode factors = Samples.jsonFile(out).get("factors");
        // the sample's factor_meta.json files list the Alpha158 factors the loops used, too
        assertThat(factors.size()).isGreaterThanOrEqualTo(43);
        assertThat(countSource(factors, "rdagent_generated")).isPositive();
        assertThat(result.getErrorStream()).containsExactly(
                "exported " + factors.size() + " entries to " + out + "; 0 warnings");
    }

    @Test
    void missingAlphaMetaIsAWarningNotAFailure(@TempDir Path repo) {
        Samples.copySample(repo);
        Path out = repo.resolve("factor_catalog.json");
        Path missing = repo.resolve("nowhere/alpha158_meta.json");
        LaunchResult result = export(launcher, "factors", "--registry-sqlite", db(repo), "--output", out.toString(),
                "--alpha-meta", missing.toString(), "--json");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(lastErrorLine(result)).startsWith("exported ").endsWith(" to " + out + "; 1 warning");
        JsonNode summary = Samples.json(result.getOutput());
        assertThat(summary.get("warnings").asInt()).isEqualTo(1);
        assertThat(summary.at("/warning_examples/0").asText()).contains(missing.toString());
    }

    @Test
    void strategiesOfTheSample(@TempDir Path repo) {
        Samples.copySample(repo);
        Path out = repo.resolve("strategy_catalog.json");
        LaunchResult result = export(launcher, "strategies", "--registry-sqlite", db(repo),
                "--output", out.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.getOutput()).isEmpty();
        assertThat(Samples.jsonFile(out).get("strategies")).hasSize(21);
        assertThat(result.getErrorStream()).containsExactly("exported 21 entries to " + out + "; 0 warnings");
    }

    @Test
    void modelsOfTheSample(@TempDir Path repo) {
        Samples.copySample(repo);
        Path out = repo.resolve("model_catalog.json");
        LaunchResult result = export(launcher, "models", "--registry-sqlite", db(repo), "--output", out.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(Samples.jsonFile(out).get("models")).hasSize(21);
        assertThat(result.getErrorStream()).containsExactly("exported 21 entries to " + out + "; 0 warnings");
    }

    @Test
    void loopsDefaultSelectionIncludesTheReferenceOnes(@TempDir Path repo) {
        Samples.copySample(repo);
        Path out = repo.resolve("loop_catalog.json");
        LaunchResult result = export(launcher, "loops", "--registry-sqlite", db(repo), "--output", out.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        JsonNode loops = Samples.jsonFile(out).get("loops");
        assertThat(loops.size()).isGreaterThanOrEqualTo(7);
        assertThat(lastErrorLine(result)).isEqualTo("exported " + loops.size() + " entries to " + out
                + "; 0 warnings");
    }

    @Test
    void loopsSolidifiedOnlyIsTheReferenceSelection(@TempDir Path repo) {
        Samples.copySample(repo);
        Path out = repo.resolve("loop_catalog.json");
        LaunchResult result = export(launcher, "loops", "--registry-sqlite", db(repo), "--output", out.toString(),
                "--solidified-only");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(Samples.jsonFile(out).get("loops")).hasSize(7);
    }

    @Test
    void loopsLimitKeepsTheNewest(@TempDir Path repo) {
        Samples.copySample(repo);
        Path out = repo.resolve("loop_catalog.json");
        LaunchResult result = export(launcher, "loops", "--registry-sqlite", db(repo), "--output", out.toString(),
                "--limit", "3");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(Samples.jsonFile(out).get("loops")).hasSize(3);
    }

    @Test
    void repoRootLocatesTheRegistry(@TempDir Path repo) {
        Samples.copySample(repo);
        Path out = repo.resolve("model_catalog.json");
        LaunchResult result = export(launcher, "models", "--repo-root", repo.toString(), "--output", out.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(Samples.jsonFile(out).get("models")).hasSize(21);
    }

    @Test
    void jsonSummaryGoesToStdout(@TempDir Path repo) {
        Samples.copySample(repo);
        Path out = repo.resolve("catalogs/strategy_catalog.json");
        LaunchResult result = export(launcher, "strategies", "--registry-sqlite", db(repo),
                "--output", out.toString(), "--json");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        JsonNode summary = Samples.json(result.getOutput());
        assertThat(summary.at("/files/strategy_catalog.json").asInt()).isEqualTo(21);
        assertThat(summary.get("warnings").asInt()).isZero();
        assertThat(summary.get("out_dir").asText()).isEqualTo(out.getParent().toString());
        assertThat(lastErrorLine(result)).isEqualTo("exported 21 entries to " + out + "; 0 warnings");
    }

    @Test
    void missingRegistryIsInputUnusableAndWritesNothing(@TempDir Path empty) {
        Path db = empty.resolve("RDagentDB/registry.sqlite");
        Path out = empty.resolve("loop_catalog.json");
        LaunchResult result = export(launcher, "loops", "--registry-sqlite", db.toString(),
                "--output", out.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.INPUT_UNUSABLE);
        assertThat(result.getOutput()).isEmpty();
        assertThat(result.getErrorStream()).containsExactly("rdr: registry.sqlite not found: " + db);
        assertThat(out).doesNotExist();
    }

    @Test
    void outputIsReplacedWhole(@TempDir Path repo) throws Exception {
        Samples.copySample(repo);
        Path out = Files.writeString(repo.resolve("model_catalog.json"), "{\"models\": [1, 2, 3], \"stale\": true}");
        export(launcher, "models", "--registry-sqlite", db(repo), "--output", out.toString());
        JsonNode doc = Samples.jsonFile(out);
        assertThat(doc.has("stale")).isFalse();
        assertThat(doc.get("models")).hasSize(21);
    }

    /** Moves the sample's workspaces to {@code elsewhere/ws} and stores them as {@code F:\elsewhere\ws\<id>}. */
    private static void moveWorkspacesElsewhere(Path repo) throws IOException, SQLException {
        Files.createDirectories(repo.resolve("elsewhere"));
        Files.move(repo.resolve("git_ignore_folder/RD-Agent_workspace"), repo.resolve("elsewhere/ws"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db(repo));
             Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE workspaces SET workspace_path = 'F:\\elsewhere\\ws\\' || workspace_id");
        }
    }

    @Test
    void pathMapResolvesMovedWorkspaces(@TempDir Path repo) throws Exception {
        Samples.copySample(repo);
        moveWorkspacesElsewhere(repo);
        Path out = repo.resolve("model_catalog.json");
        LaunchResult unmapped = export(launcher, "models", "--repo-root", repo.toString(),
                "--output", out.toString());
        assertThat(unmapped.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(lastErrorLine(unmapped)).doesNotEndWith("; 0 warnings");
        assertThat(Samples.jsonFile(out).get("models").size()).isLessThan(21);

        LaunchResult mapped = export(launcher, "models", "--repo-root", repo.toString(), "--output", out.toString(),
                "--path-map", "F:\\elsewhere\\ws=" + repo.resolve("elsewhere/ws"));
        assertThat(mapped.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(mapped.getErrorStream()).containsExactly("exported 21 entries to " + out + "; 0 warnings");
        assertThat(Samples.jsonFile(out).get("models")).hasSize(21);
    }
}
