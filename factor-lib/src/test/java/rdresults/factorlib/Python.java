package rdresults.factorlib;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real Python for tests: {@code /usr/bin/python3} (Debian's, where {@code python3-pandas} installs pandas), else
 * {@code python3} on the PATH for checks that need no pandas.
 */
public final class Python {

    static final Path SYSTEM = Path.of("/usr/bin/python3");

    /** Output of one run. */
    public record Run(int exit, String stdout, String stderr) {
    }

    private Python() {
    }

    public static String executable() {
        return Files.isExecutable(SYSTEM) ? SYSTEM.toString() : "python3";
    }

    static boolean available() {
        return tryRun(List.of(executable(), "-c", "pass"), Map.of()) == 0;
    }

    static boolean hasPandas() {
        return Files.isExecutable(SYSTEM) && tryRun(List.of(SYSTEM.toString(), "-c", "import pandas"), Map.of()) == 0;
    }

    /** CI sets RDR_REQUIRE_PANDAS=true (env or system property): a missing pandas then fails instead of skipping. */
    static void assumePandas() {
        if (hasPandas()) {
            return;
        }
        String required = System.getProperty("RDR_REQUIRE_PANDAS", System.getenv("RDR_REQUIRE_PANDAS"));
        String message = "/usr/bin/python3 cannot import pandas (install python3-pandas; .ci/run does)";
        if ("true".equalsIgnoreCase(required)) {
            throw new AssertionError(message + " and RDR_REQUIRE_PANDAS=true");
        }
        System.err.println("SKIPPED end-to-end Python test: " + message);
        Assumptions.abort(message);
    }

    public static void assumePython() {
        if (!available()) {
            System.err.println("SKIPPED Python syntax check: no python3");
            Assumptions.abort("no python3");
        }
    }

    /** Fails the test unless Python's parser accepts {@code file}. */
    static void assertParses(Path file) {
        Run r = run(List.of(executable(), "-c",
                "import ast,sys; ast.parse(open(sys.argv[1], encoding='utf-8').read(), sys.argv[1])",
                file.toString()), Map.of());
        if (r.exit() != 0) {
            throw new AssertionError("Python cannot parse " + file + ":\n" + r.stderr());
        }
    }

    public static Run run(List<String> command, Map<String, String> env) {
        try {
            ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command));
            pb.environment().putAll(env);
            Path out = Files.createTempFile("py", ".out");
            Path err = Files.createTempFile("py", ".err");
            pb.redirectOutput(out.toFile()).redirectError(err.toFile());
            Process p = pb.start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("python timed out: " + command);
            }
            Run r = new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
            Files.delete(out);
            Files.delete(err);
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static int tryRun(List<String> command, Map<String, String> env) {
        try {
            return run(command, env).exit();
        } catch (UncheckedIOException e) {
            return -1;
        }
    }
}
