package rdresults.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated files have the shapes of the bundled sample (examples/sample): the same file names and, per kind of
 * JSON document, key lists the sample also has.
 */
class SampleLikenessTest {

    private static final Path SAMPLE = Path.of("..", "examples", "sample", "git_ignore_folder", "RD-Agent_workspace");

    @TempDir
    static Path dir;
    static GeneratedRegistry registry;

    @BeforeAll
    static void generate() {
        registry = SyntheticRegistryGenerator.of(SyntheticRegistryOptions.defaults().withSize(4, 12))
                .generate(dir.resolve("repo"));
    }

    @Test
    void rootFileNamesAreTheSamplesPlusTheContractsTemplates() {
        assumeTrue(Files.isDirectory(SAMPLE), "bundled sample not found at " + SAMPLE.toAbsolutePath());
        Set<String> allowed = rootNames(SAMPLE);
        allowed.add("conf_baseline.yaml");
        for (String name : rootNames(registry.workspaceRoot())) {
            assertThat(allowed.contains(name) || name.endsWith("_backup.yaml")).as(name).isTrue();
        }
        assertThat(rootNames(registry.workspaceRoot())).contains("factor.py", "model.py", "qlib_res.csv", "ret.pkl",
                "mlruns", "factor_meta.json", "factor_perf.json", "feedback.json", "model_meta.json",
                "strategy_meta.json", "workspace_meta.json", "experiment_summary.json", "manifest.json",
                "combined_factors_df.parquet", "signals.json", "ret_schema.json", "read_exp_res.py");
    }

    @Test
    void jsonDocumentsUseKeyListsTheSampleUses() {
        assumeTrue(Files.isDirectory(SAMPLE), "bundled sample not found at " + SAMPLE.toAbsolutePath());
        for (String file : List.of("factor_meta.json", "factor_perf.json", "feedback.json", "model_meta.json",
                "strategy_meta.json", "workspace_meta.json", "experiment_summary.json", "manifest.json")) {
            assertThat(shapes(registry.workspaceRoot(), file)).as(file).isNotEmpty()
                    .isSubsetOf(shapes(SAMPLE, file));
        }
    }

    @Test
    void qlibResCsvHasThePandasHeader() throws IOException {
        assumeTrue(Files.isDirectory(SAMPLE), "bundled sample not found at " + SAMPLE.toAbsolutePath());
        Path generated = files(registry.workspaceRoot(), "qlib_res.csv").get(0);
        Path sample = files(SAMPLE, "qlib_res.csv").get(0);
        assertThat(names(generated)).containsExactlyElementsOf(names(sample));
    }

    /** Per document: its top-level keys, and for nested objects the keys too, as comparable strings. */
    private static Set<String> shapes(Path root, String fileName) {
        Set<String> out = new TreeSet<>();
        for (Path file : files(root, fileName)) {
            JsonNode doc = RegistryTestSupport.readJson(file);
            out.add("top " + keys(doc));
            if (doc.has("factors")) {
                doc.get("factors").forEach(f -> out.add("factor " + keys(f)));
            }
            if (doc.has("combinations")) {
                doc.get("combinations").forEach(c -> {
                    out.add("combination " + keys(c));
                    c.get("windows").forEach(w -> out.add("window " + keys(w)));
                });
            }
            if (doc.has("summary")) {
                out.add("summary " + keys(doc.get("summary")));
            }
            if (doc.has("portfolio_config")) {
                out.add("portfolio " + keys(doc.get("portfolio_config")));
            }
            if (doc.has("files")) {
                out.add("files " + keys(doc.get("files")));
            }
        }
        return out;
    }

    private static List<String> keys(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static List<String> names(Path csv) throws IOException {
        return Files.readAllLines(csv).stream().map(line -> line.substring(0, line.indexOf(','))).toList();
    }

    private static Set<String> rootNames(Path workspaceRoot) {
        Set<String> out = new TreeSet<>();
        try (Stream<Path> folders = Files.list(workspaceRoot)) {
            for (Path folder : (Iterable<Path>) folders::iterator) {
                try (Stream<Path> entries = Files.list(folder)) {
                    entries.forEach(p -> out.add(p.getFileName().toString()));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static List<Path> files(Path workspaceRoot, String fileName) {
        try (Stream<Path> walk = Files.walk(workspaceRoot, 2)) {
            return walk.filter(p -> p.getFileName().toString().equals(fileName)).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
