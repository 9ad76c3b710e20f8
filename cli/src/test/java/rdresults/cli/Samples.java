package rdresults.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import rdresults.model.testing.TestTrees;

/** The bundled sample repository and helpers for tests that run {@code rdr} on it or on copies of it. */
public final class Samples {

    /** The sample repository root, as a test passes it to {@code --repo-root} (tests run in the cli module). */
    public static final String SAMPLE = "../examples/sample";

    /** Where the sample's workspaces claim to live (the machine that wrote the registry). */
    public static final String STORED_ROOT = "/mnt/f/Dev/RD-Agent-main";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Samples() {
    }

    public static Path sampleRoot() {
        return TestTrees.SAMPLE;
    }

    /** Copies only the sample's {@code RDagentDB/registry.sqlite} (with its WAL files) under {@code repoRoot}. */
    public static Path copyRegistry(Path repoRoot) {
        try {
            Path db = Files.createDirectories(repoRoot.resolve("RDagentDB"));
            for (String name : new String[] {"registry.sqlite", "registry.sqlite-wal", "registry.sqlite-shm"}) {
                Path source = sampleRoot().resolve("RDagentDB").resolve(name);
                if (Files.exists(source)) {
                    Files.copy(source, db.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return db.resolve("registry.sqlite");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the whole sample into {@code repoRoot}, without catalogs exported into the checkout's sample. */
    public static Path copySample(Path repoRoot) {
        return TestTrees.copySample(repoRoot);
    }

    /** Parses a file as strict JSON (no NaN, Infinity or comments). */
    public static JsonNode jsonFile(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new AssertionError("not strict JSON: " + file, e);
        }
    }

    public static JsonNode json(String stdout) {
        try {
            return JSON.readTree(stdout);
        } catch (IOException e) {
            throw new AssertionError("stdout is not JSON: " + stdout, e);
        }
    }
}
