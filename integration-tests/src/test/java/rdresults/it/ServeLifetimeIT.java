package rdresults.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rdr serve} as an operator runs it: the service it starts never outlives it. */
class ServeLifetimeIT {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    @Test
    void killingRdrServeWithSigkillStopsTheServiceAndFreesThePort(@TempDir Path work) throws Exception {
        Path cliJar = ResultsApiProcess.repoDir().resolve("cli/target/quarkus-app/quarkus-run.jar");
        assertThat(cliJar).as("packaged CLI (build with -pl integration-tests -am)").isRegularFile();
        int port = freePort();
        Path log = work.resolve("serve.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process rdr = new ProcessBuilder(java, "-Drdresults.home=" + ResultsApiProcess.repoDir(), "-jar",
                cliJar.toString(), "serve", "--repo-root", ResultsApiProcess.repoDir().resolve("examples/sample")
                .toString(), "--port", Integer.toString(port), "--no-export")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            awaitListening(port, rdr, log);
            List<ProcessHandle> services = rdr.descendants().toList();
            assertThat(services).as("the service JVM").isNotEmpty();

            rdr.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

            for (ProcessHandle service : services) {
                Optional<ProcessHandle> ended = Optional.ofNullable(service.onExit()
                        .completeOnTimeout(null, STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS).get());
                assertThat(ended).as("service %d ended after its launcher was killed", service.pid()).isPresent();
            }
            assertThat(isListening(port)).as("port %d free", port).isFalse();
        } finally {
            rdr.descendants().forEach(ProcessHandle::destroyForcibly);
            rdr.destroyForcibly();
        }
    }

    private static void awaitListening(int port, Process rdr, Path log) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!isListening(port)) {
            if (!rdr.isAlive() || Instant.now().isAfter(deadline)) {
                throw new AssertionError("rdr serve did not listen on " + port + ":\n" + Files.readString(log));
            }
            Thread.sleep(200);
        }
    }

    private static boolean isListening(int port) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (ConnectException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
