package rdresults.model;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Runs a real Python to compute reference values. Tests that use it are skipped, with a visible reason, where no
 * {@code python3} (or PyYAML, for YAML tests) is on the PATH; fixed vectors cover those machines.
 */
final class PythonOracle {

    private PythonOracle() {
    }

    /** Runs {@code script} with {@code stdin} and returns its stdout; skips the test if Python is unavailable. */
    static String run(String script, String stdin) {
        assumeTrue(available(), "python3 not found on PATH: Python oracle comparison skipped");
        try {
            Process p = new ProcessBuilder("python3", "-c", script).redirectErrorStream(false).start();
            try (OutputStream in = p.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            String out;
            try (InputStream stdout = p.getInputStream()) {
                out = new String(stdout.readAllBytes(), StandardCharsets.UTF_8);
            }
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError("python3 failed: " + err);
            }
            return out;
        } catch (IOException e) {
            throw new AssertionError("python3 could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    static boolean available() {
        return probe("import json");
    }

    static boolean hasPyYaml() {
        return probe("import yaml");
    }

    private static boolean probe(String code) {
        try {
            Process p = new ProcessBuilder("python3", "-c", code).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
