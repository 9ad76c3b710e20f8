package rdresults.cli.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.main.LaunchResult;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rdresults.cli.ExitCodes;
import rdresults.cli.RdrLauncher;
import rdresults.cli.Samples;

@QuarkusTest
class DoctorCommandTest {

    @Inject
    RdrLauncher launcher;

    private static JsonNode catalog(JsonNode report, String name) {
        for (JsonNode file : report.at("/catalogs/files")) {
            if (file.get("name").asText().equals(name)) {
                return file;
            }
        }
        throw new AssertionError("no catalog " + name + " in " + report);
    }

    /** A repository with the sample's registry and one catalog copied from the sample's expected exports. */
    private static Path repoWithFactorCatalog(Path repo) throws IOException {
        Samples.copyRegistry(repo);
        Path aistock = Files.createDirectories(repo.resolve("RDagentDB/aistock"));
        return Files.copy(Samples.sampleRoot().resolve("expected/factor_catalog.json"),
                aistock.resolve("factor_catalog.json"));
    }

    @Test
    void sampleIsHealthyWithMissingCatalogsAsWarnings(@TempDir Path dir) {
        Samples.copySample(dir);
        LaunchResult result = launcher.launch("doctor", "--repo-root", dir.toString(), "--json");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.getErrorOutput()).isEmpty();
        JsonNode report = Samples.json(result.getOutput());
        assertThat(report.get("healthy").asBoolean()).isTrue();
        assertThat(report.at("/registry/tables/loops").asBoolean()).isTrue();
        assertThat(report.at("/registry/missing_migrated_columns")).isEmpty();
        assertThat(report.at("/workspace_paths/resolved").asInt()).isEqualTo(57);
        assertThat(report.at("/catalogs/files")).hasSize(5)
                .allSatisfy(f -> assertThat(f.get("present").asBoolean()).isFalse());
        assertThat(report.get("warnings")).hasSize(5)
                .allSatisfy(w -> assertThat(w.asText()).startsWith("catalog missing: ")
                        .endsWith(" (make it with 'rdr export all')"));
    }

    @Test
    void humanViewEndsWithTheVerdict(@TempDir Path dir) {
        Samples.copySample(dir);
        LaunchResult result = launcher.launch("doctor", "--repo-root", dir.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.getOutputStream()).contains("  ok       57 of 57 resolved (rerooted 57)",
                "  warning  factor_catalog.json missing",
                "  hint     'rdr export all' (same --repo-root or --registry-sqlite) writes the catalogs");
        assertThat(result.getOutputStream()).last().isEqualTo("healthy, 5 warnings");
    }

    @Test
    void presentCatalogIsCounted(@TempDir Path repo) throws IOException {
        Path factors = repoWithFactorCatalog(repo);
        LaunchResult result = launcher.launch("doctor", "--repo-root", repo.toString(), "--json",
                "--path-map", Samples.STORED_ROOT + "=" + Samples.sampleRoot());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        JsonNode file = catalog(Samples.json(result.getOutput()), "factor_catalog.json");
        assertThat(file.get("present").asBoolean()).isTrue();
        assertThat(file.get("entries").asInt()).isEqualTo(47);
        assertThat(file.get("size_bytes").asLong()).isEqualTo(Files.size(factors));
        assertThat(file.get("older_than_registry").asBoolean()).isFalse();
        assertThat(Samples.json(result.getOutput()).get("warnings")).hasSize(4);
    }

    @Test
    void catalogOlderThanTheRegistryIsAWarning(@TempDir Path repo) throws IOException {
        Path factors = repoWithFactorCatalog(repo);
        Files.setLastModifiedTime(factors, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        LaunchResult result = launcher.launch("doctor", "--repo-root", repo.toString(), "--json");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        JsonNode report = Samples.json(result.getOutput());
        assertThat(catalog(report, "factor_catalog.json").get("older_than_registry").asBoolean()).isTrue();
        assertThat(report.get("warnings")).anySatisfy(w ->
                assertThat(w.asText()).isEqualTo("catalog older than the registry: " + factors.toAbsolutePath()
                        + " (refresh it with 'rdr export all')"));
    }

    @Test
    void invalidCatalogIsAWarning(@TempDir Path repo) throws IOException {
        Path factors = repoWithFactorCatalog(repo);
        Files.writeString(factors, "{\"factors\": [", StandardCharsets.UTF_8);
        LaunchResult result = launcher.launch("doctor", "--repo-root", repo.toString(), "--json");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        JsonNode file = catalog(Samples.json(result.getOutput()), "factor_catalog.json");
        assertThat(file.get("problem").asText()).isEqualTo("not valid JSON");
        assertThat(file.get("entries").isNull()).isTrue();
    }

    @Test
    void unresolvedWorkspacesAreAWarning(@TempDir Path repo) {
        Samples.copyRegistry(repo);
        LaunchResult result = launcher.launch("doctor", "--repo-root", repo.toString(), "--json");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        JsonNode report = Samples.json(result.getOutput());
        assertThat(report.at("/workspace_paths/unresolved")).hasSize(57);
        assertThat(report.get("warnings")).anySatisfy(w ->
                assertThat(w.asText()).startsWith("57 of 57 workspace paths do not resolve"));
    }

    @Test
    void missingRegistryIsUnhealthyWithExitThree(@TempDir Path empty) {
        LaunchResult result = launcher.launch("doctor", "--repo-root", empty.toString(), "--json");
        Path db = empty.toAbsolutePath().normalize().resolve("RDagentDB/registry.sqlite");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.INPUT_UNUSABLE);
        JsonNode report = Samples.json(result.getOutput());
        assertThat(report.get("healthy").asBoolean()).isFalse();
        assertThat(report.at("/registry/error").asText()).isEqualTo("registry.sqlite not found: " + db);
        assertThat(report.get("workspace_paths").isNull()).isTrue();
        assertThat(result.getErrorStream()).containsExactly("rdr: registry.sqlite not found: " + db);
    }
}
