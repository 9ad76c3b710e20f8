package rdresults.cli.factorlib;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.main.LaunchResult;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rdresults.cli.ExitCodes;
import rdresults.cli.RdrLauncher;
import rdresults.cli.Samples;

@QuarkusTest
class InitCommandTest {

    @Inject
    RdrLauncher launcher;

    @TempDir
    Path dir;

    @Test
    void createsAPackageAtTheInitialVersion() {
        Path root = dir.resolve("new/lib");
        LaunchResult result = launcher.launch("factor-lib", "init", root.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.getOutputStream()).containsExactly(
                "created factor package " + root.toAbsolutePath() + " at version 0.1.0");
        assertThat(result.getErrorOutput()).isEmpty();
        assertThat(root.resolve("pyproject.toml")).isRegularFile();
        assertThat(root.resolve("rd_factors_lib/VERSION")).hasContent("0.1.0\n");
        assertThat(root.resolve("versions/0.1.0.zip")).isRegularFile();
    }

    @Test
    void jsonNamesRootAndVersion() {
        Path root = dir.resolve("lib");
        LaunchResult result = launcher.launch("factor-lib", "init", root.toString(), "--json");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(Samples.json(result.getOutput()).get("root").asText()).isEqualTo(root.toAbsolutePath().toString());
        assertThat(Samples.json(result.getOutput()).get("version").asText()).isEqualTo("0.1.0");
    }

    @Test
    void secondInitIsRefusedWithOneLineAndExitThree() throws IOException {
        Path root = dir.resolve("lib");
        assertThat(launcher.launch("factor-lib", "init", root.toString()).exitCode()).isEqualTo(ExitCodes.OK);
        byte[] manifest = Files.readAllBytes(root.resolve("rd_factors_lib/manifest.json"));

        LaunchResult again = launcher.launch("factor-lib", "init", root.toString());

        assertThat(again.exitCode()).isEqualTo(ExitCodes.INPUT_UNUSABLE);
        assertThat(again.getOutput()).isEmpty();
        assertThat(again.getErrorStream()).containsExactly("rdr: factor package already exists at "
                + root.toAbsolutePath() + " (found " + root.toAbsolutePath().resolve("pyproject.toml")
                + "); refusing to overwrite");
        assertThat(root.resolve("rd_factors_lib/manifest.json")).hasBinaryContent(manifest);
    }

    @Test
    void rootThatIsAFileIsAnIoFailureWithExitFour() throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        LaunchResult result = launcher.launch("factor-lib", "init", file.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNAVAILABLE);
        assertThat(result.getErrorStream()).singleElement().asString()
                .startsWith("rdr: create package root failed for " + file.toAbsolutePath());
    }

    @Test
    void missingRootIsAUsageError() {
        LaunchResult result = launcher.launch("factor-lib", "init");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.getErrorOutput()).startsWith("rdr: Missing required parameter: 'ROOT'");
    }
}
