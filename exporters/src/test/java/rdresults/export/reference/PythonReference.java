package rdresults.export.reference;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import rdresults.model.testing.Python3;

/**
 * The Python reference exporters ({@code run_reference.py}) and the compatibility rule ({@code compare_catalogs.py})
 * for differential tests. The reference lives outside the repository: {@code RDR_REFERENCE_DIR} names its folder,
 * else the first {@code shared/reference} found in the folders above the working directory. Where it, python3 or
 * PyYAML is missing, {@link #require()} skips the test with the reason; {@code RDR_REQUIRE_REFERENCE=true} (or
 * {@code -Drdr.require.reference=true}) turns that into a failure.
 */
public final class PythonReference {

    /** The repository's copy of the compatibility rule (byte for byte the shared one). */
    public static final Path COMPARE_TOOL = Path.of("../tools/compare_catalogs.py").toAbsolutePath().normalize();

    private final Path runner;

    private PythonReference(Path runner) {
        this.runner = runner;
    }

    /** The reference, or the test is skipped (or failed, when required) naming what is missing. */
    public static PythonReference require() {
        Optional<Path> dir = locate();
        if (dir.isEmpty()) {
            unavailable("run_reference.py not found (set RDR_REFERENCE_DIR, or keep shared/reference above the "
                    + "project)");
        }
        if (!Python3.canImport("yaml")) {
            unavailable("python3 with PyYAML not available");
        }
        return new PythonReference(dir.get().resolve("run_reference.py"));
    }

    /** Runs the five reference exporters on {@code root} into {@code out}, relocating {@code storedPrefix}. */
    public Python3.Result run(Path root, Path out, String storedPrefix) {
        Python3.Result r = Python3.runFile(runner, root.toString(), out.toString(), "--stored-prefix", storedPrefix);
        if (r.exitCode() != 0) {
            throw new AssertionError("run_reference.py failed on " + root + ": " + r.stdout() + r.stderr());
        }
        return r;
    }

    /** Runs the compatibility rule on the reference's and the project's output for {@code fixture}. */
    public static Python3.Result compare(Path expected, Path actual, Path fixture) {
        return Python3.runFile(COMPARE_TOOL, expected.toString(), actual.toString(), "--fixture", fixture.toString());
    }

    private static Optional<Path> locate() {
        String env = System.getenv("RDR_REFERENCE_DIR");
        if (env != null && !env.isBlank()) {
            Path dir = Path.of(env);
            return Files.isRegularFile(dir.resolve("run_reference.py")) ? Optional.of(dir) : Optional.empty();
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path dir = p.resolve("shared/reference");
            if (Files.isRegularFile(dir.resolve("run_reference.py"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    private static void unavailable(String reason) {
        if (isTrue(System.getProperty("rdr.require.reference")) || isTrue(System.getenv("RDR_REQUIRE_REFERENCE"))) {
            fail(reason + "; the Python reference is required (RDR_REQUIRE_REFERENCE=true)");
        }
        abort(reason + ": differential test against the Python reference skipped; set RDR_REQUIRE_REFERENCE=true "
                + "to make this a failure");
    }

    private static boolean isTrue(String value) {
        return "true".equalsIgnoreCase(value);
    }
}
