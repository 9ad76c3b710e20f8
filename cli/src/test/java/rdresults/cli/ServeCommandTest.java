package rdresults.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.main.LaunchResult;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@QuarkusTest
class ServeCommandTest {

    @Inject
    RdrLauncher launcher;

    @Inject
    RdrCliConfig config;

    @Test
    void helpNamesTheOptions() {
        LaunchResult result = launcher.launch("serve", "--help");
        assertThat(result.exitCode()).isZero();
        assertThat(result.getOutput()).contains("--repo-root", "--host", "--port", "--no-export", "--path-map",
                "--lib", "rdr.factor-lib.root", "RD_FACTORS_LIB_ROOT");
    }

    @Test
    void missingServiceJarIsAnInputErrorThatSaysHowToBuildIt(@TempDir Path dir) throws IOException {
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
    void libIsTheServicesFactorPackageRoot(@TempDir Path home) throws IOException {
        Path jar = home.resolve(ServeCommand.SERVICE_JAR);
        Files.createDirectories(jar.getParent());
        Files.createFile(jar);
        String previous = System.getProperty(ServeCommand.HOME_PROPERTY);
        System.setProperty(ServeCommand.HOME_PROPERTY, home.toString());
        try {
            ServeCommand serve = new ServeCommand(config);
            launcher.commandLine(serve).parseArgs("--lib", "pkg", "--port", "9201");
            assertThat(serve.command()).contains("-Drdr.factor-lib.root=" + Path.of("pkg").toAbsolutePath(),
                    "-Dquarkus.http.port=9201").endsWith("-jar", jar.toString());
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

    @Test
    void aPortInUseIsOneLineNamingThePortAndTheOption() throws IOException {
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
