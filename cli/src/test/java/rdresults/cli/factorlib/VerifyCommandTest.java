package rdresults.cli.factorlib;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.main.LaunchResult;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rdresults.cli.ExitCodes;
import rdresults.cli.RdrLauncher;
import rdresults.cli.Samples;

@QuarkusTest
class VerifyCommandTest {

    @Inject
    RdrLauncher launcher;

    @TempDir
    Path dir;
    SampleLib sample;

    @BeforeEach
    void copySample() {
        sample = SampleLib.in(dir);
    }

    private Path catalog() {
        return sample.repo.resolve("RDagentDB/aistock/factor_catalog.json");
    }

    /** A factor catalog whose one factor points at {@code func} of version {@code version}. */
    private void writeCatalog(String func, String version) {
        SampleLib.write(catalog(), "{\"factors\": [{\"name\": \"Volume_Spike_5D\", \"impl_module\": "
                + "\"rd_factors_lib.generated\", \"impl_func\": \"" + func + "\", \"impl_version\": \"" + version
                + "\"}]}\n");
    }

    @Test
    void publishedPackageAndItsPointersAreOk() {
        sample.initAndPublish(SampleLib.ACCEPTED_A);
        LaunchResult result = launcher.launch("factor-lib", "verify", "--lib", sample.libArg(),
                "--catalog", sample.metaA().toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.getErrorOutput()).isEmpty();
        assertThat(result.getOutputStream()).containsExactly(
                "factor package  " + sample.lib,
                "version         0.1.1",
                "catalog         " + sample.metaA(),
                "",
                "ok, 0 warnings");
    }

    @Test
    void tamperedGeneratedModuleFailsWithExitThree() {
        sample.initAndPublish(SampleLib.ACCEPTED_A);
        Path generated = sample.file("rd_factors_lib/generated.py");
        SampleLib.write(generated, SampleLib.read(generated).replace("close.shift(60)", "close.shift(61)"));

        LaunchResult result = launcher.launch("factor-lib", "verify", "--lib", sample.libArg());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.INPUT_UNUSABLE);
        assertThat(result.getOutputStream()).contains("catalogs        none")
                .anySatisfy(line -> assertThat(line).startsWith("  problem  generated_mismatch: generated.py "
                        + "differs from what manifest.json renders, first at line "))
                .contains("  problem  archive_mismatch: working tree differs from archive 0.1.1.zip in "
                        + "rd_factors_lib/generated.py");
        assertThat(result.getOutputStream()).last().isEqualTo("2 problems, 0 warnings");
        assertThat(result.getErrorStream()).containsExactly(
                "rdr: factor package " + sample.lib + " failed verification: 2 problems");
    }

    @Test
    void jsonListsProblemsByKind() {
        sample.initAndPublish(SampleLib.ACCEPTED_A);
        SampleLib.write(sample.file("rd_factors_lib/VERSION"), "0.1.0\n");

        LaunchResult result = launcher.launch("factor-lib", "verify", "--lib", sample.libArg(), "--json");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.INPUT_UNUSABLE);
        JsonNode json = Samples.json(result.getOutput());
        assertThat(json.get("ok").asBoolean()).isFalse();
        assertThat(json.get("version").asText()).isEqualTo("0.1.0");
        assertThat(json.get("problems")).anySatisfy(p -> {
            assertThat(p.get("kind").asText()).isEqualTo("version_mismatch");
            assertThat(p.get("path").asText()).isEqualTo(sample.file("rd_factors_lib/manifest.json").toString());
            assertThat(p.get("message").asText()).isEqualTo("manifest.json is version 0.1.1 but VERSION is 0.1.0");
        });
    }

    @Test
    void riskyCallsAreWarningsThatDoNotFailVerification() {
        Path source = sample.workspace(SampleLib.MOMENTUM_WS).resolve("factor.py");
        SampleLib.write(source, "import subprocess\n" + SampleLib.read(source));
        sample.initAndPublish(SampleLib.ACCEPTED_A);

        LaunchResult result = launcher.launch("factor-lib", "verify", "--lib", sample.libArg());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.getOutputStream()).contains(
                "  warning  factor_volume_weighted_momentum_60d line 1 import import subprocess: import subprocess",
                "  warning  factor_volume_weighted_momentum_60d line 1 process subprocess: import subprocess");
        assertThat(result.getOutputStream()).last().isEqualTo("ok, 2 warnings");
    }

    @Test
    void repoRootChecksItsFactorCatalogByDefault() {
        sample.initAndPublish(SampleLib.ACCEPTED_A);
        writeCatalog("factor_volume_spike_5d", "0.1.1");

        LaunchResult result = launcher.launch("factor-lib", "verify", "--lib", sample.libArg(),
                "--repo-root", sample.repoArg(), "--json");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        JsonNode json = Samples.json(result.getOutput());
        assertThat(json.get("catalogs")).singleElement()
                .satisfies(c -> assertThat(c.asText()).isEqualTo(catalog().toString()));
        assertThat(json.get("problems")).isEmpty();
    }

    @Test
    void registrySqliteFindsTheCatalogBesideTheRegistry() {
        sample.initAndPublish(SampleLib.ACCEPTED_A);
        writeCatalog("factor_volume_spike_5d", "0.1.1");

        LaunchResult result = launcher.launch("factor-lib", "verify", "--lib", sample.libArg(),
                "--registry-sqlite", sample.repo.resolve("RDagentDB/registry.sqlite").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.getOutputStream()).contains("catalog         " + catalog());
    }

    @Test
    void dateStylePointersAreOneHistoryLineNotProblems() {
        sample.initAndPublish(SampleLib.ACCEPTED_A);
        writeCatalog("Volume_Spike_5D", "20251013");

        LaunchResult result = launcher.launch("factor-lib", "verify", "--lib", sample.libArg(),
                "--repo-root", sample.repoArg());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.getOutputStream()).contains("  history  1 legacy pointer (impl_version not a package "
                + "version, e.g. the date-style ones older tools wrote; not errors): republish their loops "
                + "('rdr factor-lib publish --all-accepted' or --loop TASK_RUN_ID/LOOP_ID), then export again");
        assertThat(result.getOutputStream()).last().isEqualTo("ok, 0 warnings");
    }

    @Test
    void danglingPointerInTheRepoCatalogIsAProblem() {
        sample.initAndPublish(SampleLib.ACCEPTED_A);
        writeCatalog("factor_volume_spike_5d", "0.1.0");

        LaunchResult result = launcher.launch("factor-lib", "verify", "--lib", sample.libArg(),
                "--repo-root", sample.repoArg());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.INPUT_UNUSABLE);
        assertThat(result.getOutputStream()).contains("  problem  dangling_pointer: factor Volume_Spike_5D: impl "
                + "rd_factors_lib.generated.factor_volume_spike_5d @ 0.1.0 names a function that version 0.1.0 "
                + "does not have");
    }

    @Test
    void missingCatalogOfAGivenRepoRootIsAProblem() {
        sample.initAndPublish();
        LaunchResult result = launcher.launch("factor-lib", "verify", "--lib", sample.libArg(),
                "--repo-root", sample.repoArg());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.INPUT_UNUSABLE);
        assertThat(result.getOutputStream()).contains("  problem  catalog_invalid: catalog not found: " + catalog());
        assertThat(result.getErrorStream()).contains(
                "rdr: make the missing catalog with 'rdr export all' (same --repo-root or --registry-sqlite)");
    }

    @Test
    void folderWithoutPackageIsInputUnusable() {
        LaunchResult result = launcher.launch("factor-lib", "verify", "--lib", dir.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.INPUT_UNUSABLE);
        assertThat(result.getOutput()).isEmpty();
        assertThat(result.getErrorStream()).containsExactly("rdr: not a factor package: " + dir.toAbsolutePath()
                + " (missing rd_factors_lib/); create one with 'rdr factor-lib init'");
    }
}
