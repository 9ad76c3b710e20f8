package rdresults.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import rdresults.model.PythonJson;
import rdresults.model.testing.TestTrees;
import rdresults.registry.RegistryReader;
import rdresults.registry.workspace.WorkspaceLocator;

/** The bundled sample (tests run in the module folder), copies of it to change, and contexts over them. */
public final class SampleFixture {

    public static final Path SAMPLE_ROOT = TestTrees.SAMPLE;
    public static final Path EXPECTED = SAMPLE_ROOT.resolve("expected");
    public static final String ALPHA_YAML_REL =
            "rdagent/scenarios/qlib/experiment/factor_template/conf_combined_factors_dynamic.yaml";
    public static final String WORKSPACES_REL = "git_ignore_folder/RD-Agent_workspace";
    public static final Clock FIXED_CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05.123456Z"), ZoneOffset.UTC);
    /** Rejects NaN and Infinity, as tools/compare_catalogs.py and the API's clients do. */
    public static final ObjectMapper STRICT = new ObjectMapper();

    private SampleFixture() {
    }

    /** A registry reader and an export context over it; closing closes the reader. */
    public record Opened(RegistryReader reader, ExportContext context, ExportWarnings warnings)
            implements AutoCloseable {
        @Override
        public void close() {
            reader.close();
        }
    }

    public static Opened open(Path repoRoot) {
        Path db = repoRoot.resolve("RDagentDB/registry.sqlite");
        RegistryReader reader = RegistryReader.open(db);
        ExportWarnings warnings = new ExportWarnings();
        ExportContext context = new ExportContext(reader, WorkspaceLocator.forRegistry(db, List.of()),
                new WorkspaceReader(warnings), FIXED_CLOCK);
        return new Opened(reader, context, warnings);
    }

    /** Copies the sample (registry, workspaces, templates; not the expected outputs) into {@code target}. */
    public static Path copySample(Path target) {
        for (String part : List.of("RDagentDB", "git_ignore_folder", "rdagent")) {
            TestTrees.copy(SAMPLE_ROOT.resolve(part), target.resolve(part));
        }
        return target;
    }

    public static Path workspace(Path repoRoot, String workspaceId) {
        return repoRoot.resolve(WORKSPACES_REL).resolve(workspaceId);
    }

    public static JsonNode expected(String name) {
        return PythonJson.parse(read(EXPECTED.resolve(name)), name);
    }

    /** Serialises as the writer does and parses back strictly, so NaN or Infinity would fail the test. */
    public static JsonNode strictRoundTrip(JsonNode document) {
        try {
            return STRICT.readTree(PythonJson.dumpIndented(document));
        } catch (IOException e) {
            throw new AssertionError("output is not strict JSON", e);
        }
    }

    /** Runs SQL statements against a (copied) registry. */
    public static void sql(Path repoRoot, String... statements) {
        Path db = repoRoot.resolve("RDagentDB/registry.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        } catch (SQLException e) {
            throw new AssertionError("cannot change test registry " + db, e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
