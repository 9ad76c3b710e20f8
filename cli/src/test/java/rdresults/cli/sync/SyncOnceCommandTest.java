package rdresults.cli.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rdresults.cli.ExitCodes;
import rdresults.cli.RdrLauncher;
import rdresults.cli.Samples;
import rdresults.sync.testing.Catalogs;

@QuarkusTest
class SyncOnceCommandTest {

    @Inject
    RdrLauncher launcher;

    /** Rows per resource of the sample's catalogs (factors: 47 entries, 4 repeated keys). */
    private static final Map<String, Integer> SAMPLE_ROWS = sampleRows();

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

    private LaunchResult once(QuarkusMainLauncher launcher, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("sync", "once", "--api", fixture.apiUrl(),
                "--db", fixture.dbUrl()));
        args.addAll(List.of(extra));
        return launcher.launch(args.toArray(String[]::new));
    }

    private static Map<String, Integer> sampleRows() {
        Map<String, Integer> rows = new LinkedHashMap<>();
        rows.put("factor_package_versions", 0);
        rows.put("factors", 43);
        rows.put("alpha158", 20);
        rows.put("strategies", 21);
        rows.put("models", 21);
        rows.put("loops", 7);
        return rows;
    }

    private static Map<String, Integer> liveRows(JsonNode report) {
        Map<String, Integer> rows = new LinkedHashMap<>();
        report.get("resources").forEach(r -> rows.put(r.get("resource").asText(), r.get("live_rows").asInt()));
        return rows;
    }

    private static Map<String, String> outcomes(JsonNode report) {
        Map<String, String> out = new LinkedHashMap<>();
        report.get("resources").forEach(r -> out.put(r.get("resource").asText(), r.get("outcome").asText()));
        return out;
    }

    @Test
    void firstRunIntoAFreshSqliteFileWritesEveryCatalog() {
        LaunchResult result = once(launcher, "--json");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        JsonNode report = Samples.json(result.getOutput());
        assertThat(report.get("success").asBoolean()).isTrue();
        assertThat(report.get("database").asText()).isEqualTo(fixture.dbUrl());
        assertThat(liveRows(report)).isEqualTo(SAMPLE_ROWS);
        assertThat(outcomes(report)).containsEntry("factor_package_versions", "absent")
                .containsEntry("factors", "changed").containsEntry("loops", "changed");
        assertThat(report.get("resources").get(1).get("inserted").asInt()).isEqualTo(43);
        assertThat(fixture.dbFile()).isRegularFile();
        List<String> err = result.getErrorStream();
        assertThat(err).hasSize(1);
        assertThat(err.get(0)).startsWith("synced " + fixture.apiUrl() + " into " + fixture.dbUrl() + ": 4 changed, "
                + "1 unchanged, 1 absent; 92 inserted, 0 updated, 0 deleted, 0 unchanged; 6 requests in ");
    }

    @Test
    void secondRunFindsEveryCatalogNotModified() {
        assertThat(once(launcher).exitCode()).isEqualTo(ExitCodes.OK);
        fixture.api.clearLog();

        LaunchResult second = once(launcher, "--json");

        assertThat(second.exitCode()).isEqualTo(ExitCodes.OK);
        JsonNode report = Samples.json(second.getOutput());
        assertThat(outcomes(report).values()).containsExactly("absent", "not_modified", "not_modified",
                "not_modified", "not_modified", "not_modified");
        assertThat(report.get("writes").asInt()).isZero();
        assertThat(liveRows(report)).isEqualTo(SAMPLE_ROWS);
        assertThat(fixture.api.log()).hasSize(6).allSatisfy(line -> assertThat(line).matches(".* (304|404)"));
        assertThat(second.getErrorStream().get(0)).contains(": 5 not modified, 1 absent; 0 inserted, 0 updated, "
                + "0 deleted, 112 unchanged; 6 requests in ");
    }

    @Test
    void fullRefreshFetchesEverythingAndWritesNothing() {
        once(launcher);
        LaunchResult result = once(launcher, "--full-refresh", "--json");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        JsonNode report = Samples.json(result.getOutput());
        assertThat(outcomes(report).values()).containsOnly("absent", "unchanged");
        assertThat(report.get("writes").asInt()).isZero();
    }

    @Test
    void humanViewIsATablePerResource() {
        LaunchResult result = once(launcher);
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        List<String> out = result.getOutputStream();
        assertThat(out).hasSize(7);
        assertThat(out.get(0)).startsWith("RESOURCE").contains("TABLE", "OUTCOME", "REQUESTS", "INSERTED",
                "UPDATED", "DELETED", "UNCHANGED", "LIVE_ROWS", "ERROR");
        assertThat(out.get(2).split(" +")).containsExactly("factors", "factor_registry", "changed", "1", "43", "0",
                "0", "0", "43", "-");
    }

    @Test
    void unreachableApiIsExitFourWithOneLineAfterTheRetries() {
        String api = SyncFixture.closedPortUrl();
        LaunchResult result = launcher.launch("sync", "once", "--api", api, "--db", fixture.dbUrl(),
                "--retries", "1", "--timeout", "2s");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNAVAILABLE);
        List<String> err = result.getErrorStream();
        assertThat(err).hasSize(2);
        assertThat(err.get(0)).startsWith("rdr: factor_package_versions: results API unavailable at " + api
                + "/factor_package/versions after 2 attempts: ");
        assertThat(err.get(1)).startsWith("sync from " + api + " into " + fixture.dbUrl() + " failed: 1 failed, "
                + "5 skipped; ");
    }

    @Test
    void refusedRequestIsExitFour() {
        fixture.api.failNext("/catalog/strategies", 401, 1);
        LaunchResult result = once(launcher);
        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNAVAILABLE);
        assertThat(result.getErrorStream().get(0)).isEqualTo("rdr: strategies: results API answered 401 for "
                + fixture.apiUrl() + "/catalog/strategies: scripted failure");
    }

    @Test
    void malformedPayloadIsExitFiveAndTheOtherCatalogsAreSynced() {
        Catalogs.setField(fixture.catalogs.resolve("loop_catalog.json"), "loops", 0, "sharpe",
                TextNode.valueOf("high"));

        LaunchResult result = once(launcher, "--json");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.REJECTED_RECORDS);
        JsonNode report = Samples.json(result.getOutput());
        assertThat(outcomes(report)).containsEntry("loops", "failed").containsEntry("models", "changed");
        assertThat(report.get("failure_kinds").get(0).asText()).isEqualTo("malformed_payload");
        assertThat(result.getErrorStream().get(0)).isEqualTo("rdr: loops: malformed payload at loops[0].sharpe: "
                + "expected a number, got a string; nothing was written");
    }

    @Test
    void malformedApiUrlIsAUsageErrorNamingTheOption() {
        LaunchResult result = launcher.launch("sync", "once", "--api", "localhost:9000", "--db", fixture.dbUrl());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.getErrorStream()).containsExactly("rdr: Invalid value for option '--api': API URL must "
                + "be an absolute http(s) URL, got 'localhost:9000'; did you mean 'http://localhost:9000'? "
                + "(see 'rdr sync once --help')");
    }

    @Test
    void addressWithoutSchemeIsAUsageErrorNamingTheUrlMeant() {
        LaunchResult result = launcher.launch("sync", "once", "--api", "127.0.0.1:9100", "--db", fixture.dbUrl());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.getErrorStream()).containsExactly("rdr: Invalid value for option '--api': API URL is not "
                + "a valid URL: '127.0.0.1:9100'; did you mean 'http://127.0.0.1:9100'? (see 'rdr sync once --help')");
        assertThat(fixture.api.requests()).isZero();
    }

    @Test
    void unsupportedDatabaseUrlIsExitThreeWithThePasswordMasked() {
        LaunchResult result = launcher.launch("sync", "once", "--api", fixture.apiUrl(),
                "--db", "jdbc:mysql://db/aistock?user=u&password=secret");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.INPUT_UNUSABLE);
        assertThat(result.getErrorStream()).containsExactly("rdr: --db: unsupported database URL "
                + "'jdbc:mysql://db/aistock?user=u&password=***': use jdbc:sqlite:<file> or "
                + "jdbc:postgresql://host:port/db");
        assertThat(fixture.api.requests()).isZero();
    }

    @Test
    void retriesOutOfRangeIsAUsageError() {
        LaunchResult result = once(launcher, "--retries", "11");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.getErrorStream()).containsExactly(
                "rdr: --retries must be between 0 and 10, got 11 (see 'rdr sync once --help')");
    }
}
