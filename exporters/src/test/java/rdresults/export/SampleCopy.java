package rdresults.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import rdresults.model.testing.TestTrees;
import rdresults.registry.RegistryReader;

/**
 * A private copy of the bundled sample (registry and workspaces) that a test may change, and export contexts over
 * it with a fixed clock. Closing it closes every registry reader it opened.
 */
public final class SampleCopy implements AutoCloseable {

    /** The bundled sample (tests run with the module folder as working directory). */
    public static final Path SAMPLE_ROOT = SampleFixture.SAMPLE_ROOT;
    public static final Clock FIXED_CLOCK = SampleFixture.FIXED_CLOCK;
    public static final String WORKSPACES = SampleFixture.WORKSPACES_REL;

    private final Path root;
    private final List<RegistryReader> readers = new ArrayList<>();
    private ExportWarnings lastWarnings;

    private SampleCopy(Path root) {
        this.root = root;
    }

    /** Copies the sample into {@code folder}. */
    public static SampleCopy into(Path folder) {
        return new SampleCopy(TestTrees.copySample(folder));
    }

    /** The reference catalog {@code expected/<name>} of the sample. */
    public static JsonNode expected(String name) {
        return SampleFixture.expected(name);
    }

    public Path root() {
        return root;
    }

    public Path registryPath() {
        return root.resolve("RDagentDB/registry.sqlite");
    }

    public Path workspace(String workspaceId) {
        return SampleFixture.workspace(root, workspaceId);
    }

    /** A fresh export context over the copy (fresh registry reader, workspace reader and warnings). */
    public ExportContext context() {
        SampleFixture.Opened opened = SampleFixture.open(root);
        readers.add(opened.reader());
        lastWarnings = opened.warnings();
        return opened.context();
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
        SampleFixture.write(workspace(workspaceId).resolve(relative), text);
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
