package rdresults.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.main.LaunchResult;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@QuarkusTest
class ServeCommandTest {

    @Inject
    RdrLauncher launcher;

    @Test
    void helpNamesTheOptions() {
        LaunchResult result = launcher.launch("serve", "--help");
        assertThat(result.exitCode()).isZero();
        assertThat(result.getOutput()).contains("--repo-root", "--host", "--port", "--no-export", "--path-map");
    }

    @Test
    void missingServiceJarIsAnInputErrorThatSaysHowToBuildIt(@TempDir Path dir) {
        String previous = System.getProperty(ServeCommand.HOME_PROPERTY);
        System.setProperty(ServeCommand.HOME_PROPERTY, dir.toString());
        try {
            LaunchResult result = launcher.launch("serve", "--repo-root", dir.toString());
            assertThat(result.exitCode()).as(result.getErrorOutput()).isEqualTo(ExitCodes.INPUT_UNUSABLE);
            assertThat(result.getErrorOutput()).contains("rdr: service jar not found: "
                    + dir.resolve(ServeCommand.SERVICE_JAR)).contains("./mvnw -B package -DskipTests");
        } finally {
            if (previous == null) {
                System.clearProperty(ServeCommand.HOME_PROPERTY);
            } else {
                System.setProperty(ServeCommand.HOME_PROPERTY, previous);
            }
        }
    }

    @Test
    void badPortIsRejected() {
        LaunchResult result = launcher.launch("serve", "--port", "70000");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.INPUT_UNUSABLE);
        assertThat(result.getErrorOutput()).contains("--port must be between 1 and 65535, got 70000");
    }
}
