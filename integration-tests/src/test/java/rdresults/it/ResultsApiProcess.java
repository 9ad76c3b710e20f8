package rdresults.it;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged results API ({@code api/target/quarkus-app/quarkus-run.jar}) started as a child process on a free
 * port, serving a temp copy of {@code examples/sample} whose {@code RDagentDB/aistock} holds the reference catalogs
 * from {@code examples/sample/expected}. Export on start is off, so the catalogs are exactly those files; the
 * service re-reads a rewritten catalog within about a second.
 */
public final class ResultsApiProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final List<String> CATALOGS = List.of("factor_catalog.json", "alpha158_meta.json",
            "strategy_catalog.json", "model_catalog.json", "loop_catalog.json");

    private final Process process;
    private final URI uri;
    private final Path repo;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ResultsApiProcess(Process process, URI uri, Path repo, Path log) {
        this.process = process;
        this.uri = uri;
        this.repo = repo;
        this.log = log;
    }

    /** The repository root the tests run in ({@code rdr.repo.dir}, set by the failsafe configuration). */
    public static Path repoDir() {
        String dir = System.getProperty("rdr.repo.dir");
        return dir == null ? Path.of("..").toAbsolutePath().normalize() : Path.of(dir);
    }

    /** Copies the sample into {@code work}, starts the API on it and waits until it is ready. */
    public static ResultsApiProcess start(Path work) throws IOException, InterruptedException {
        return start(work, List.of());
    }

    /**
     * As {@link #start(Path)}, with more service settings as {@code -Dkey=value} arguments (e.g.
     * {@code rdr.api.token=...}).
     */
    public static ResultsApiProcess start(Path work, List<String> settings) throws IOException, InterruptedException {
        Path jar = repoDir().resolve("api/target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("packaged API missing: " + jar + " (build with -pl integration-tests -am)");
        }
        Path repo = work.resolve("repo");
        copyTree(repoDir().resolve("examples/sample"), repo);
        Path catalogs = Files.createDirectories(repo.resolve("RDagentDB/aistock"));
        for (String f : CATALOGS) {
            Files.copy(repoDir().resolve("examples/sample/expected").resolve(f), catalogs.resolve(f),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        int port = freePort();
        Path log = work.resolve("api.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-Drdr.repo-root=" + repo, "-Dquarkus.http.port=" + port, "-Drdr.export.on-start=false",
                "-Drdr.api.reload-interval=500ms"));
        settings.forEach(s -> command.add("-D" + s));
        command.addAll(List.of("-jar", jar.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ResultsApiProcess api = new ResultsApiProcess(p, URI.create("http://127.0.0.1:" + port), repo, log);
        api.awaitReady();
        return api;
    }

    public URI uri() {
        return uri;
    }

    /** Where the served catalog files live. */
    public Path catalogDir() {
        return repo.resolve("RDagentDB/aistock");
    }

    /** Kills the service at once (SIGKILL), as a crash would. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The current ETag of {@code path}. */
    public String etag(String path) throws IOException, InterruptedException {
        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(uri.resolve(path))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        return r.headers().firstValue("ETag").orElse("");
    }

    /** Waits until the service serves a different ETag for {@code path} (it reloaded a rewritten catalog). */
    public void awaitEtagChange(String path, String old) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        while (etag(path).equals(old)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("API did not reload " + path + " within 20 s");
            }
            Thread.sleep(100);
        }
    }

    private void awaitReady() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("API exited with " + process.exitValue() + ":\n"
                        + Files.readString(log));
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri.resolve("/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        close();
        throw new IllegalStateException("API not ready within " + START_TIMEOUT + ":\n" + Files.readString(log));
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(15, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
