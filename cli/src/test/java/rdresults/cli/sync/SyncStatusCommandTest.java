package rdresults.cli.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.main.LaunchResult;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rdresults.cli.ExitCodes;
import rdresults.cli.RdrLauncher;
import rdresults.cli.Samples;

@QuarkusTest
class SyncStatusCommandTest {

    @Inject
    RdrLauncher launcher;

    /** The newest impl_version of the sample's factors (no factor package versions are published). */
    private static final String SYNCED_VERSION = "20251015";

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

    private void syncOnce() {
        LaunchResult result = launcher.launch("sync", "once", "--api", fixture.apiUrl(), "--db", fixture.dbUrl());
        assertThat(result.exitCode()).as(result.getErrorOutput()).isEqualTo(ExitCodes.OK);
    }

    private Path factorLib(String version) throws IOException {
        Path pkg = Files.createDirectories(dir.resolve("lib/rd_factors_lib"));
        Files.writeString(pkg.resolve("VERSION"), version + "\n");
        return pkg.getParent();
    }

    @Test
    void jsonShowsEachResourceWithItsCountsAndNoVersionCheck() {
        syncOnce();

        LaunchResult result = launcher.launch("sync", "status", "--db", fixture.dbUrl(), "--json");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        JsonNode status = Samples.json(result.getOutput());
        assertThat(status.get("database").asText()).isEqualTo(fixture.dbUrl());
        assertThat(status.get("schema_version").asInt()).isEqualTo(2);
        assertThat(status.get("healthy").asBoolean()).isTrue();
        JsonNode factors = status.get("resources").get(1);
        assertThat(factors.get("resource").asText()).isEqualTo("factors");
        assertThat(factors.get("last_outcome").asText()).isEqualTo("changed");
        assertThat(factors.get("live_entries").asInt()).isEqualTo(43);
        assertThat(factors.get("table_live_rows").asInt()).isEqualTo(43);
        assertThat(factors.get("inserted").asInt()).isEqualTo(43);
        assertThat(factors.get("last_success_at").asText()).endsWith("+00:00");
        assertThat(factors.get("last_error").isNull()).isTrue();
        assertThat(status.get("resources").get(5).get("table_live_rows").asInt()).isEqualTo(7);
        assertThat(status.get("version_alignment").get("state").asText()).isEqualTo("not_checked");
        assertThat(status.get("version_alignment").get("synced_version").asText()).isEqualTo(SYNCED_VERSION);
    }

    @Test
    void humanViewEndsWithTheAlignmentOfAnInstalledLibrary() throws IOException {
        syncOnce();
        Path lib = factorLib(SYNCED_VERSION);

        LaunchResult result = launcher.launch("sync", "status", "--db", fixture.dbUrl(), "--factor-lib",
                lib.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        List<String> out = result.getOutputStream();
        assertThat(out.get(0)).isEqualTo("database        " + fixture.dbUrl());
        assertThat(out.get(1)).isEqualTo("schema version  2");
        assertThat(out.get(3)).startsWith("RESOURCE").contains("LAST_OUTCOME", "LAST_SUCCESS_AT", "ENTRIES",
                "TABLE_ROWS", "FAILURES", "LAST_ERROR");
        assertThat(out.get(4).split(" +")[0]).isEqualTo("factor_package_versions");
        assertThat(out.get(5).split(" +")).startsWith("factors", "factor_registry", "changed");
        assertThat(out.get(out.size() - 1)).startsWith("factor library  aligned: installed " + SYNCED_VERSION
                + " = synced " + SYNCED_VERSION);
    }

    @Test
    void libraryMadeByFactorLibInitIsNotAligned() {
        syncOnce();
        Path lib = dir.resolve("lib");
        assertThat(launcher.launch("factor-lib", "init", lib.toString()).exitCode()).isEqualTo(ExitCodes.OK);

        LaunchResult result = launcher.launch("sync", "status", "--db", fixture.dbUrl(), "--factor-lib",
                lib.toString(), "--json");

        JsonNode alignment = Samples.json(result.getOutput()).get("version_alignment");
        assertThat(alignment.get("state").asText()).isEqualTo("misaligned");
        assertThat(alignment.get("installed_version").asText()).isEqualTo("0.1.0");
        assertThat(alignment.get("detail").asText()).startsWith("not aligned: installed 0.1.0, synced "
                + SYNCED_VERSION);
    }

    @Test
    void failedRunIsShownWithItsError() {
        syncOnce();
        fixture.api.failNext("/catalog/models", 403, 1);
        launcher.launch("sync", "once", "--api", fixture.apiUrl(), "--db", fixture.dbUrl());

        JsonNode status = Samples.json(launcher.launch("sync", "status", "--db", fixture.dbUrl(), "--json")
                .getOutput());

        JsonNode models = status.get("resources").get(4);
        assertThat(models.get("last_outcome").asText()).isEqualTo("failed");
        assertThat(models.get("consecutive_failures").asInt()).isEqualTo(1);
        assertThat(models.get("last_error").asText()).startsWith("models: results API answered 403");
        assertThat(models.get("table_live_rows").asInt()).as("rows of the last success kept").isEqualTo(21);
        assertThat(status.get("healthy").asBoolean()).isFalse();
    }

    @Test
    void missingSqliteFileIsExitThreeAndNotCreated() {
        LaunchResult result = launcher.launch("sync", "status", "--db", fixture.dbUrl());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.INPUT_UNUSABLE);
        assertThat(result.getErrorStream()).containsExactly("rdr: sync database not found: " + fixture.dbFile()
                + " (run 'rdr sync once' first, or name the database with --db)");
        assertThat(fixture.dbFile()).doesNotExist();
    }
}
