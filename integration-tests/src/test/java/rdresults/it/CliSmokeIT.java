package rdresults.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rdresults.model.PythonJson;

/**
 * One run per command group through the {@code ./rdr} launcher, as a user starts it: the launcher's JVM options and
 * class-data archive, the packaged jar, stdout and stderr of a real process. What each command does in detail is
 * tested in-process in the cli module (RdrLauncher); {@link CliSyncIT} covers {@code rdr sync}.
 */
class CliSmokeIT {

    private static final Path SAMPLE = ResultsApiProcess.repoDir().resolve("examples/sample");

    @TempDir
    Path tmp;

    record Run(int exitCode, String stdout, String stderr) {

        JsonNode json() {
            return PythonJson.parse(stdout, "rdr stdout");
        }
    }

    private Run rdr(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(ResultsApiProcess.repoDir().resolve("rdr").toString()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(tmp, "rdr", ".out");
        Path err = Files.createTempFile(tmp, "rdr", ".err");
        ProcessBuilder builder = new ProcessBuilder(cmd).directory(tmp.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().put("XDG_CACHE_HOME", tmp.resolve("cache").toString());
        builder.environment().remove("RDR_JAVA_OPTS");
        Process p = builder.start();
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("rdr " + String.join(" ", args) + " did not finish within 2 minutes");
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void versionWritesTheClassDataArchiveOnceAndThenUsesIt() throws Exception {
        Run first = rdr("--version");
        Run second = rdr("--version");
        assertThat(first.exitCode()).as(first.stderr()).isZero();
        assertThat(first.stdout()).startsWith("rdr ").isEqualTo(second.stdout());
        assertThat(first.stderr()).isEmpty();
        assertThat(second.stderr()).isEmpty();
        try (var files = Files.list(tmp.resolve("cache/rdr"))) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .singleElement().satisfies(name -> assertThat(name).startsWith("rdr-cds-").endsWith(".jsa"));
        }
    }

    @Test
    void registryStatsOfTheSample() throws Exception {
        Run run = rdr("registry", "stats", "--repo-root", SAMPLE.toString(), "--json");
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.json().at("/tables/loops").asInt()).isEqualTo(24);
    }

    @Test
    void exportAllThenDoctorFindsTheCatalogs() throws Exception {
        Path out = tmp.resolve("aistock");
        Run export = rdr("export", "all", "--repo-root", SAMPLE.toString(), "--out-dir", out.toString(), "--json");
        assertThat(export.exitCode()).as(export.stderr()).isZero();
        assertThat(out.resolve("factor_catalog.json")).isRegularFile();

        Run doctor = rdr("doctor", "--repo-root", tmp.resolve("nowhere").toString());
        assertThat(doctor.exitCode()).isEqualTo(3);
        assertThat(doctor.stderr()).startsWith("rdr: ");
    }

    @Test
    void factorLibInitThenVersions() throws Exception {
        Path lib = tmp.resolve("lib");
        Run init = rdr("factor-lib", "init", lib.toString());
        assertThat(init.exitCode()).as(init.stderr()).isZero();
        Run versions = rdr("factor-lib", "versions", "--lib", lib.toString(), "--json");
        assertThat(versions.exitCode()).as(versions.stderr()).isZero();
        assertThat(versions.stdout()).contains("0.1.0");
    }

    @Test
    void devGenerateWritesARegistry() throws Exception {
        Path out = tmp.resolve("generated");
        Run run = rdr("dev", "generate", out.toString(), "--task-runs", "1", "--loops-per-run", "2", "--seed", "7");
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(out.resolve("RDagentDB/registry.sqlite")).isRegularFile();
    }

    @Test
    void serveHelpNamesTheFactorPackageRoot() throws Exception {
        Run run = rdr("serve", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout()).contains("--lib", "RD_FACTORS_LIB_ROOT");
    }
}
