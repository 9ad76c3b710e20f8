package rdresults.model.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code python3} on the PATH for tests: reference values for the Python-compatible formats, the Python
 * tools, writer processes. Tests that need it are skipped with a visible reason where it (or a module it needs) is
 * missing.
 */
public final class Python3 {

    private Python3() {
    }

    /** Whether {@code python3} can import {@code module} (e.g. {@code json}, {@code yaml}, {@code sqlite3}). */
    public static boolean canImport(String module) {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import " + module).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Skips the calling test, naming what is skipped, unless {@code python3} can import {@code module}. */
    public static void assumeImports(String module, String skipped) {
        assumeTrue(canImport(module), "python3 with '" + module + "' not available: " + skipped + " skipped");
    }

    /** What a python3 process did. */
    public record Result(int exitCode, String stdout, String stderr) {
    }

    /**
     * Runs {@code python3 -c script args...} with {@code stdin} and returns its stdout; fails the test when Python
     * fails, skips it when there is no python3.
     */
    public static String run(String script, String stdin, String... args) {
        List<String> command = new ArrayList<>(List.of("-c", script));
        command.addAll(List.of(args));
        Result r = exec(command, stdin);
        if (r.exitCode() != 0) {
            throw new AssertionError("python3 failed (exit " + r.exitCode() + "): " + r.stderr());
        }
        return r.stdout();
    }

    /** Runs the script file {@code script} with {@code args}, whatever its exit code; skips without python3. */
    public static Result runFile(Path script, String... args) {
        List<String> command = new ArrayList<>(List.of(script.toString()));
        command.addAll(List.of(args));
        return exec(command, "");
    }

    private static Result exec(List<String> args, String stdin) {
        assumeImports("json", "Python reference comparison");
        List<String> command = new ArrayList<>(List.of("python3"));
        command.addAll(args);
        try {
            Process p = new ProcessBuilder(command).start();
            try (OutputStream in = p.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            // stderr is drained on its own thread so a chatty script cannot block on a full pipe
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
            String out;
            try (InputStream stdout = p.getInputStream()) {
                out = new String(stdout.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("python3 did not finish in 120 s: " + command);
            }
            return new Result(p.exitValue(), out, new String(err.join(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("python3 could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
