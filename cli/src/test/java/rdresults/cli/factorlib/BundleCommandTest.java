package rdresults.cli.factorlib;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.main.LaunchResult;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rdresults.cli.ExitCodes;
import rdresults.cli.RdrLauncher;
import rdresults.cli.Samples;
import rdresults.factorlib.FactorPackage;
import rdresults.factorlib.PackageVersion;

@QuarkusTest
class BundleCommandTest {

    @Inject
    RdrLauncher launcher;

    @TempDir
    Path dir;
    SampleLib sample;
    FactorPackage pkg;

    @BeforeEach
    void publishOneLoop() {
        sample = SampleLib.in(dir);
        pkg = sample.initAndPublish(SampleLib.ACCEPTED_A);
    }

    private PackageVersion version(int index) {
        return pkg.versions().get(index);
    }

    @Test
    void writesTheLatestVersionByDefault() {
        Path target = dir.resolve("out/bundle.zip");
        LaunchResult result = launcher.launch("factor-lib", "bundle", "--lib", sample.libArg(),
                "--output", target.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.getErrorOutput()).isEmpty();
        assertThat(target).hasSameBinaryContentAs(sample.file("versions/0.1.1.zip"));
        assertThat(result.getOutputStream()).containsExactly("wrote rd_factors_lib-0.1.1.zip (version 0.1.1, "
                + version(1).archiveBytes() + " bytes, sha256 " + version(1).archiveSha256() + ") to "
                + target.toAbsolutePath());
    }

    @Test
    void writesTheNamedVersion() {
        Path target = dir.resolve("old.zip");
        LaunchResult result = launcher.launch("factor-lib", "bundle", "--lib", sample.libArg(),
                "--version", "0.1.0", "--output", target.toString(), "--json");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(target).hasSameBinaryContentAs(sample.file("versions/0.1.0.zip"));
        JsonNode json = Samples.json(result.getOutput());
        assertThat(json.get("version").asText()).isEqualTo("0.1.0");
        assertThat(json.get("file_name").asText()).isEqualTo("rd_factors_lib-0.1.0.zip");
        assertThat(json.get("sha256").asText()).isEqualTo(version(0).archiveSha256());
        assertThat(json.get("size_bytes").asLong()).isEqualTo(version(0).archiveBytes());
        assertThat(json.get("output").asText()).isEqualTo(target.toAbsolutePath().toString());
    }

    @Test
    void replacesAnExistingFile() throws Exception {
        Path target = Files.writeString(dir.resolve("bundle.zip"), "old");
        LaunchResult result = launcher.launch("factor-lib", "bundle", "--lib", sample.libArg(),
                "--output", target.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(target).hasSameBinaryContentAs(sample.file("versions/0.1.1.zip"));
    }

    @Test
    void unknownVersionIsInputUnusableAndListsTheKnownOnes() {
        Path target = dir.resolve("none.zip");
        LaunchResult result = launcher.launch("factor-lib", "bundle", "--lib", sample.libArg(),
                "--version", "9.9.9", "--output", target.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.INPUT_UNUSABLE);
        assertThat(result.getOutput()).isEmpty();
        assertThat(result.getErrorStream()).containsExactly("rdr: factor package " + sample.lib
                + " has no version 9.9.9; known versions: 0.1.0, 0.1.1");
        assertThat(target).doesNotExist();
    }

    @Test
    void invalidVersionIsAUsageErrorNamingTheOption() {
        Path target = dir.resolve("none.zip");
        LaunchResult result = launcher.launch("factor-lib", "bundle", "--lib", sample.libArg(),
                "--version", "../0.1.0", "--output", target.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.getErrorStream()).containsExactly("rdr: Invalid value for option '--version': invalid "
                + "version '../0.1.0': expected MAJOR.MINOR.PATCH, e.g. 1.0.7 (see 'rdr factor-lib bundle --help')");
        assertThat(target).doesNotExist();
    }

    @Test
    void outputThatIsAFolderIsAUsageError() {
        LaunchResult result = launcher.launch("factor-lib", "bundle", "--lib", sample.libArg(),
                "--output", dir.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.getErrorStream()).containsExactly("rdr: --output: " + dir.toAbsolutePath()
                + " is a folder; name the file to write (see 'rdr factor-lib bundle --help')");
    }

    @Test
    void outputIsRequired() {
        LaunchResult result = launcher.launch("factor-lib", "bundle", "--lib", sample.libArg());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.getErrorOutput()).startsWith("rdr: Missing required option: '--output=F'");
    }
}
