package rdresults.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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
        return Path.of(SAMPLE).toAbsolutePath().normalize();
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

    public static JsonNode json(String stdout) {
        try {
            return JSON.readTree(stdout);
        } catch (IOException e) {
            throw new AssertionError("stdout is not JSON: " + stdout, e);
        }
    }
}
