package rdresults.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rdresults.model.testing.TestTrees;
import rdresults.sync.testing.FakeResultsApi;

/**
 * The README's "Embedding" example is compiled against the library modules and run: it exports the sample's
 * catalogs, reads its registry and syncs the exported catalogs (served by a stand-in for {@code rdr serve}) into
 * SQLite.
 */
class EmbeddingSnippetTest {

    private static final Path README = Path.of("../README.md");
    private static final Pattern SNIPPET = Pattern.compile("## Embedding\\R.*?```java\\R(.*?)```", Pattern.DOTALL);

    @Test
    void theReadmeExampleCompilesAndRuns(@TempDir Path dir) throws Exception {
        Matcher m = SNIPPET.matcher(Files.readString(README, StandardCharsets.UTF_8));
        assertThat(m.find()).as("a java block in the README's Embedding section").isTrue();
        Path source = Files.createDirectories(dir.resolve("src")).resolve("Embedding.java");
        Files.writeString(source, m.group(1), StandardCharsets.UTF_8);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int compiled = javac.run(null, null, diagnostics, "-d", classes.toString(), "-cp",
                System.getProperty("java.class.path"), source.toString());
        assertThat(compiled).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();

        Path root = TestTrees.copySample(dir.resolve("root"));
        Path database = dir.resolve("aistock.sqlite");
        String out;
        try (FakeResultsApi api = FakeResultsApi.start(root.resolve("RDagentDB/aistock"));
             URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                     getClass().getClassLoader())) {
            Method main = loader.loadClass("Embedding").getMethod("main", String[].class);
            out = captured(() -> main.invoke(null, (Object) new String[] {root.toString(), api.uri().toString(),
                "jdbc:sqlite:" + database}));
        }

        List<String> lines = out.lines().toList();
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("exported to ").contains("loop_catalog.json "));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("registry: ").contains("loops"));
        Matcher synced = Pattern.compile("synced (\\d+) rows, success true").matcher(out);
        assertThat(synced.find()).as(out).isTrue();
        assertThat(Integer.parseInt(synced.group(1))).isPositive();
        assertThat(Files.size(database)).isPositive();
    }

    @FunctionalInterface
    private interface Body {
        void run() throws Exception;
    }

    private static String captured(Body body) throws Exception {
        PrintStream previous = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            body.run();
        } finally {
            System.setOut(previous);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
