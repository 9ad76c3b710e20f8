package rdresults.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rdresults.model.PythonJson;

/**
 * The packaged {@code rdr} ({@code cli/target/quarkus-app/quarkus-run.jar}, run as a process) syncing from the
 * packaged API on the sample into a SQLite file, then reading the result back with {@code rdr sync status}.
 */
class CliSyncIT {

    /** Live entries per resource of the sample's catalogs (no factor package: versions are absent). */
    private static final Map<String, Integer> SAMPLE_ENTRIES = Map.of("factor_package_versions", 0, "factors", 43,
            "alpha158", 20, "strategies", 21, "models", 21, "loops", 7);

    @TempDir
    Path tmp;

    ResultsApiProcess api;

    @BeforeEach
    void start() throws Exception {
        api = ResultsApiProcess.start(tmp);
    }

    @AfterEach
    void stop() {
        if (api != null) {
            api.close();
        }
    }

    /** The exit code, stdout and stderr of one {@code rdr} run. */
    record Run(int exitCode, String stdout, String stderr) {

        JsonNode json() {
            return PythonJson.parse(stdout, "rdr stdout");
        }
    }

    private Run rdr(String... args) throws IOException, InterruptedException {
        Path jar = ResultsApiProcess.repoDir().resolve("cli/target/quarkus-app/quarkus-run.jar");
        assertThat(jar).as("packaged rdr (build with -pl integration-tests -am)").isRegularFile();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(tmp, "rdr", ".out");
        Path err = Files.createTempFile(tmp, "rdr", ".err");
        Process p = new ProcessBuilder(cmd).directory(tmp.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("rdr " + String.join(" ", args) + " did not finish within 2 minutes");
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static Map<String, Integer> perResource(JsonNode resources, String field) {
        Map<String, Integer> out = new LinkedHashMap<>();
        resources.forEach(r -> out.put(r.get("resource").asText(), r.get(field).asInt()));
        return out;
    }

    @Test
    void syncOnceIntoSqliteThenStatusReportsTheRows() throws Exception {
        String db = "jdbc:sqlite:" + tmp.resolve("consumer/aistock_sync.sqlite");

        Run once = rdr("sync", "once", "--api", api.uri().toString(), "--db", db, "--json");

        assertThat(once.exitCode()).as(once.stderr()).isZero();
        assertThat(perResource(once.json().get("resources"), "live_rows")).isEqualTo(SAMPLE_ENTRIES);
        String[] err = once.stderr().strip().split("\\R");
        assertThat(err[err.length - 1]).startsWith("synced " + api.uri() + " into " + db + ": ");

        Run again = rdr("sync", "once", "--api", api.uri().toString(), "--db", db, "--json");
        assertThat(again.exitCode()).as(again.stderr()).isZero();
        assertThat(again.json().get("writes").asInt()).isZero();

        Run status = rdr("sync", "status", "--db", db, "--json");

        assertThat(status.exitCode()).as(status.stderr()).isZero();
        JsonNode report = status.json();
        assertThat(report.get("healthy").asBoolean()).isTrue();
        assertThat(perResource(report.get("resources"), "live_entries")).isEqualTo(SAMPLE_ENTRIES);
        assertThat(perResource(report.get("resources"), "table_live_rows")).containsEntry("factors", 43)
                .containsEntry("strategies", 21).containsEntry("models", 21).containsEntry("loops", 7);
        assertThat(report.get("resources").findValuesAsText("last_outcome")).containsExactly("absent",
                "not_modified", "not_modified", "not_modified", "not_modified", "not_modified");
    }
}
