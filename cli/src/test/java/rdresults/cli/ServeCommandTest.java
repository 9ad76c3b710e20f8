package rdresults.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@QuarkusMainTest
class ServeCommandTest {

    @Test
    void helpNamesTheOptions(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("serve", "--help");
        assertThat(result.exitCode()).isZero();
        assertThat(result.getOutput()).contains("--repo-root", "--host", "--port", "--no-export", "--path-map");
    }

    @Test
    void missingServiceJarIsAnInputErrorThatSaysHowToBuildIt(QuarkusMainLauncher launcher, @TempDir Path dir)
            throws IOException {
        String previous = System.getProperty(ServeCommand.HOME_PROPERTY);
        System.setProperty(ServeCommand.HOME_PROPERTY, dir.toString());
        try {
            LaunchResult result = launcher.launch("serve", "--repo-root", dir.toString(), "--port",
                    Integer.toString(freePort()));
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
    void badPortIsRejected(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("serve", "--port", "70000");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.INPUT_UNUSABLE);
        assertThat(result.getErrorOutput()).contains("--port must be between 1 and 65535, got 70000");
    }

    @Test
    void aPortInUseIsOneLineNamingThePortAndTheOption(QuarkusMainLauncher launcher) throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            LaunchResult result = launcher.launch("serve", "--port", Integer.toString(port));
            assertThat(result.exitCode()).isEqualTo(ExitCodes.UNAVAILABLE);
            assertThat(result.getErrorOutput().strip()).isEqualTo("rdr: port " + port + " on 127.0.0.1 is in use by "
                    + "another process; stop it or choose another port with --port");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
