package rdresults.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import rdresults.model.PythonJson;
import rdresults.registry.RegistryReader;
import rdresults.registry.WorkspaceLocator;

/**
 * A private copy of the bundled sample (registry and workspaces) that a test may change, and export contexts over
 * it with a fixed clock. Closing it closes every registry reader it opened.
 */
public final class SampleCopy implements AutoCloseable {

    /** The bundled sample (tests run with the module folder as working directory). */
    public static final Path SAMPLE_ROOT = Path.of("../examples/sample").toAbsolutePath().normalize();
    public static final Clock FIXED_CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05.123456Z"), ZoneOffset.UTC);
    public static final String WORKSPACES = "git_ignore_folder/RD-Agent_workspace";

    private final Path root;
    private final List<RegistryReader> readers = new ArrayList<>();
    private ExportWarnings lastWarnings;

    private SampleCopy(Path root) {
        this.root = root;
    }

    /** Copies the sample into {@code folder}. */
    public static SampleCopy into(Path folder) {
        try (Stream<Path> walk = Files.walk(SAMPLE_ROOT)) {
            for (Path source : (Iterable<Path>) walk::iterator) {
                Path target = folder.resolve(SAMPLE_ROOT.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SampleCopy(folder);
    }

    /** The reference catalog {@code expected/<name>} of the sample. */
    public static JsonNode expected(String name) {
        try {
            return PythonJson.parse(Files.readAllBytes(SAMPLE_ROOT.resolve("expected").resolve(name)), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path root() {
        return root;
    }

    public Path registryPath() {
        return root.resolve("RDagentDB/registry.sqlite");
    }

    public Path workspace(String workspaceId) {
        return root.resolve(WORKSPACES).resolve(workspaceId);
    }

    /** A fresh export context over the copy (fresh registry reader, workspace reader and warnings). */
    public ExportContext context() {
        RegistryReader reader = RegistryReader.open(registryPath());
        readers.add(reader);
        lastWarnings = new ExportWarnings();
        return new ExportContext(reader, WorkspaceLocator.forRegistry(registryPath(), List.of()),
                new WorkspaceReader(lastWarnings), FIXED_CLOCK);
    }

    /** The warnings of the last context opened. */
    public ExportWarnings warnings() {
        return lastWarnings;
    }

    /** Runs one write statement on the copy's registry. */
    public int update(String sql, Object... params) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + registryPath());
             PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new AssertionError("cannot update " + registryPath() + ": " + sql, e);
        }
    }

    /** Overwrites a workspace file with UTF-8 text. */
    public void write(String workspaceId, String relative, String text) {
        try {
            Path file = workspace(workspaceId).resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(String workspaceId, String relative) {
        try {
            Files.delete(workspace(workspaceId).resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        readers.forEach(RegistryReader::close);
        readers.clear();
    }
}
