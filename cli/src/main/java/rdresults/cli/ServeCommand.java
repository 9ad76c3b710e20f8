package rdresults.cli;

import jakarta.inject.Inject;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import rdresults.model.InvalidInputException;
import rdresults.sync.SqliteNativeLibrary;

/**
 * {@code rdr serve}: starts the results API (the packaged {@code api} application) on a repository root and waits
 * for it. The service is its own application so the CLI stays small; this command only assembles its settings.
 * The service is told this process's pid and stops when this process ends, however it ends (a kill -9 runs no
 * shutdown hook), so it never outlives its launcher holding the port.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = RdrVersionProvider.class,
        sortOptions = false,
        description = {"Start the read-only results API on a repository root: registry at "
                + "R/RDagentDB/registry.sqlite, catalogs at R/RDagentDB/aistock/ (exported at start-up when missing "
                + "or older than the registry).",
            "The factor package (GET /factor_package/versions and /bundle) is --lib, else the configuration "
                + "rdr.factor-lib.root or the environment variable RD_FACTORS_LIB_ROOT; without one those two "
                + "endpoints answer 404.",
            "Stops with Ctrl-C. Other settings (rdr.api.token, rdr.export.every, CORS) are RDR_* environment "
                + "variables or -D properties in RDR_SERVICE_JAVA_OPTS (JVM options of the service; its heap "
                + "defaults to -Xmx512m)."})
public class ServeCommand implements Callable<Integer> {

    /** Where the launcher says the project lives (outside the validated rdr.* namespace); the service jar is below. */
    static final String HOME_PROPERTY = "rdresults.home";
    static final String SERVICE_JAR = "api/target/quarkus-app/quarkus-run.jar";
    /**
     * The service's default JVM options (small heap, serial collector, capped code cache, metaspace and direct
     * memory), kept beside its sources so the benchmarks start it the same way; see README "Memory".
     */
    static final String SERVICE_JVM_OPTIONS = "api/src/main/jvm/service.jvm-options";
    /** Used when the options file is absent: without a heap cap the JVM takes a quarter of the RAM. */
    static final List<String> FALLBACK_JVM_OPTIONS = List.of("-Xmx128m");
    /** Read by the service's {@code LauncherWatch} (outside the validated rdr.* namespace, like the home). */
    static final String LAUNCHER_PID_PROPERTY = "rdresults.launcher-pid";
    /** How long a stopping service may take, mostly to write its class archive on a first run. */
    private static final long ARCHIVE_WAIT_SECONDS = 30;

    private final RdrCliConfig config;

    @Option(names = "--repo-root", paramLabel = "R", description = "RD-Agent repository root (default: current directory).")
    Path repoRoot;

    @Option(names = "--host", paramLabel = "H", defaultValue = "127.0.0.1",
            description = "Address to bind (default: ${DEFAULT-VALUE}; the API is meant for this machine or a "
                    + "controlled network).")
    String host;

    @Option(names = "--port", paramLabel = "P", defaultValue = "9000", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--path-map", paramLabel = "FROM=TO", description = "Workspace path rewrite; repeatable.")
    List<String> pathMaps = new ArrayList<>();

    @Option(names = "--no-export", description = "Serve the catalogs as they are; never export at start-up.")
    boolean noExport;

    @Option(names = "--lib", paramLabel = "ROOT",
            description = "The factor package root to serve (made by 'rdr factor-lib init'; default: "
                    + "rdr.factor-lib.root or RD_FACTORS_LIB_ROOT).")
    Path factorLib;

    @Mixin
    VerbosityOptions verbosity;

    @Inject
    ServeCommand(RdrCliConfig config) {
        this.config = config;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (port < 1 || port > 65535) {
            throw new InvalidInputException("--port must be between 1 and 65535, got " + port);
        }
        checkPortFree();
        Optional<ServiceClassArchive> archive = classArchive(serviceJar());
        ProcessBuilder builder = new ProcessBuilder(command(archive)).inheritIO();
        // glibc's per-thread malloc arenas add tens of MB of RSS to a JVM with many threads for no gain here
        builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
        Process service = builder.start();
        // a first run writes the class archive as the service exits: wait for that before this process ends
        Thread stop = new Thread(() -> {
            service.destroy();
            awaitQuietly(service);
            archive.ifPresent(ServiceClassArchive::keep);
        }, "rdr-serve-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            return service.waitFor();
        } finally {
            service.destroy();
            archive.ifPresent(ServiceClassArchive::keep);
        }
    }

    private static void awaitQuietly(Process service) {
        try {
            service.waitFor(ARCHIVE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The class-data archive of the service in the cache folder; none without a cache folder. */
    private Optional<ServiceClassArchive> classArchive(Path jar) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return config.cacheDir().filter(d -> !d.isBlank())
                .flatMap(d -> ServiceClassArchive.in(Path.of(d), jar, java));
    }

    List<String> command() {
        return command(classArchive(serviceJar()));
    }

    List<String> command(Optional<ServiceClassArchive> archive) {
        Path jar = serviceJar();
        Path root = (repoRoot == null ? Path.of("") : repoRoot).toAbsolutePath().normalize();
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // catalogs are served from spool files: a small heap suffices (RDR_SERVICE_JAVA_OPTS, added after, wins)
        cmd.addAll(serviceJvmOptions());
        archive.ifPresent(a -> cmd.addAll(a.jvmOptions()));
        String extra = System.getenv("RDR_SERVICE_JAVA_OPTS");
        if (extra != null && !extra.isBlank()) {
            cmd.addAll(List.of(extra.trim().split("\\s+")));
        }
        config.cacheDir().filter(d -> !d.isBlank())
                .flatMap(d -> SqliteNativeLibrary.cachedLibrary(Path.of(d)))
                .ifPresent(library -> cmd.addAll(SqliteNativeLibrary.driverProperties(library)));
        cmd.add("-D" + LAUNCHER_PID_PROPERTY + "=" + ProcessHandle.current().pid());
        cmd.add("-Drdr.repo-root=" + root);
        cmd.add("-Dquarkus.http.host=" + host);
        cmd.add("-Dquarkus.http.port=" + port);
        if (!pathMaps.isEmpty()) {
            cmd.add("-Drdr.path-maps=" + String.join(",", pathMaps));
        }
        if (noExport) {
            cmd.add("-Drdr.export.on-start=false");
        }
        if (factorLib != null) {
            cmd.add("-Drdr.factor-lib.root=" + factorLib.toAbsolutePath().normalize());
        }
        cmd.add("-jar");
        cmd.add(jar.toString());
        return cmd;
    }

    /**
     * Fails at once, with the port named, when another process listens there: the service would otherwise start,
     * log a stack trace and exit. A port taken between this check and the service's start still fails the service.
     */
    private void checkPortFree() {
        InetSocketAddress address = new InetSocketAddress(host, port);
        if (address.isUnresolved()) {
            throw new InvalidInputException("--host: cannot resolve '" + host + "'");
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(address);
        } catch (BindException e) {
            throw new PortInUseException(host, port);
        } catch (IOException e) {
            throw new InvalidInputException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
    }

    static List<String> serviceJvmOptions() {
        Path file = home().resolve(SERVICE_JVM_OPTIONS);
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).trim();
            return text.isEmpty() ? FALLBACK_JVM_OPTIONS : List.of(text.split("\\s+"));
        } catch (IOException e) {
            // no source tree beside the jar (an unusual install): still a capped heap
            return FALLBACK_JVM_OPTIONS;
        }
    }

    private static Path home() {
        String home = System.getProperty(HOME_PROPERTY, "");
        return (home.isBlank() ? Path.of("") : Path.of(home)).toAbsolutePath();
    }

    private static Path serviceJar() {
        String home = System.getProperty(HOME_PROPERTY, "");
        Path jar = (home.isBlank() ? Path.of("") : Path.of(home)).toAbsolutePath().resolve(SERVICE_JAR).normalize();
        if (!Files.isRegularFile(jar)) {
            throw new InvalidInputException("service jar not found: " + jar
                    + " (build it with ./mvnw -B package -DskipTests, and start rdr through the ./rdr launcher)");
        }
        return jar;
    }
}
