package rdresults.cli.factorlib;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.main.LaunchResult;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rdresults.cli.ExitCodes;
import rdresults.cli.RdrLauncher;
import rdresults.cli.Samples;
import rdresults.factorlib.FactorPackage;
import rdresults.factorlib.PackageVersion;

@QuarkusTest
class VersionsCommandTest {

    @Inject
    RdrLauncher launcher;

    @TempDir
    Path dir;
    SampleLib sample;
    List<PackageVersion> versions;

    @BeforeEach
    void publishOneLoop() {
        sample = SampleLib.in(dir);
        FactorPackage pkg = sample.initAndPublish(SampleLib.ACCEPTED_A);
        versions = pkg.versions();
    }

    /** One table row: VERSION and FUNCTIONS are as wide as their headers, CREATED_AT_UTC as its longest value. */
    private static String row(PackageVersion v, int createdWidth) {
        return String.format("%-7s  %-" + createdWidth + "s  %-9s  %s  %d", v.version(), v.createdAtUtc(),
                v.functions(), v.archiveSha256(), v.archiveBytes());
    }

    @Test
    void tableListsEveryVersionOldestFirst() throws Exception {
        LaunchResult result = launcher.launch("factor-lib", "versions", "--lib", sample.libArg());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.getErrorOutput()).isEmpty();
        assertThat(versions).hasSize(2);
        int created = Math.max(versions.get(0).createdAtUtc().length(), versions.get(1).createdAtUtc().length());
        assertThat(result.getOutputStream()).containsExactly(
                String.format("VERSION  %-" + created + "s  FUNCTIONS  %-64s  SIZE_BYTES", "CREATED_AT_UTC", "SHA256"),
                row(versions.get(0), created), row(versions.get(1), created));
        assertThat(versions.get(1).archiveBytes()).isEqualTo(Files.size(sample.file("versions/0.1.1.zip")));
    }

    @Test
    void jsonListsVersionsWithTheCurrentOne() {
        LaunchResult result = launcher.launch("factor-lib", "versions", "--lib", sample.libArg(), "--json");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        JsonNode json = Samples.json(result.getOutput());
        assertThat(json.get("root").asText()).isEqualTo(sample.libArg());
        assertThat(json.get("current_version").asText()).isEqualTo("0.1.1");
        JsonNode last = json.get("versions").get(1);
        assertThat(last.get("version").asText()).isEqualTo("0.1.1");
        assertThat(last.get("created_at_utc").asText()).isEqualTo(versions.get(1).createdAtUtc());
        assertThat(last.get("functions").asInt()).isEqualTo(3);
        assertThat(last.get("sha256").asText()).isEqualTo(versions.get(1).archiveSha256());
        assertThat(last.get("size_bytes").asLong()).isEqualTo(versions.get(1).archiveBytes());
    }

    @Test
    void corruptVersionFileIsInputUnusable() {
        SampleLib.write(sample.file("rd_factors_lib/VERSION"), "20260112\n");
        LaunchResult result = launcher.launch("factor-lib", "versions", "--lib", sample.libArg());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.INPUT_UNUSABLE);
        assertThat(result.getOutput()).isEmpty();
        assertThat(result.getErrorStream()).containsExactly("rdr: VERSION file "
                + sample.file("rd_factors_lib/VERSION") + " does not hold MAJOR.MINOR.PATCH: '20260112'");
    }
}
