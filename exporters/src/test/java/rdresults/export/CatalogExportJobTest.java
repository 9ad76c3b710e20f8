package rdresults.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rdresults.model.testing.Python3;
import rdresults.registry.RegistryReader;
import rdresults.registry.workspace.WorkspaceLocator;
import rdresults.testkit.EdgeCase;
import rdresults.testkit.GeneratedRegistry;
import rdresults.testkit.SyntheticRegistryGenerator;
import rdresults.testkit.SyntheticRegistryOptions;

class CatalogExportJobTest {

    private static final ObjectMapper STRICT = new ObjectMapper();

    @Test
    void writesAllFiveCatalogsWithTheAlphaMetaMergedIntoFactors(@TempDir Path dir) throws IOException {
        SampleCopy sample = SampleCopy.into(dir);
        ExportSummary summary = run(sample, ExportAllOptions.defaults(sample.root()));
        Path out = sample.root().resolve("RDagentDB/aistock");
        assertThat(summary.entriesPerFile()).containsOnlyKeys(CatalogFiles.ALPHA158, CatalogFiles.FACTORS,
                CatalogFiles.STRATEGIES, CatalogFiles.LOOPS, CatalogFiles.MODELS);
        for (String file : summary.entriesPerFile().keySet()) {
            JsonNode doc = STRICT.readTree(out.resolve(file).toFile());
            assertThat(doc.path("version").asText()).isEqualTo("v1");
            assertThat(doc.path("generated_at_utc").asText()).isEqualTo("2026-01-02T03:04:05.123456+00:00");
        }
        JsonNode alpha = STRICT.readTree(out.resolve(CatalogFiles.ALPHA158).toFile());
        assertThat(alpha.path("config_path").asText()).isEqualTo(CatalogFiles.DEFAULT_CONF_YAML);
        JsonNode factors = STRICT.readTree(out.resolve(CatalogFiles.FACTORS).toFile());
        long alphaEntries = 0;
        for (JsonNode f : factors.path("factors")) {
            alphaEntries += f.path("source").asText().equals("qlib_alpha158") ? 1 : 0;
        }
        assertThat(alphaEntries).isEqualTo(alpha.path("factors").size()).isPositive();
        assertThat(summary.entriesPerFile().get(CatalogFiles.FACTORS)).isEqualTo(factors.path("factors").size());
        assertThat(summary.warnings()).isZero();
        assertThat(summary.line()).startsWith("exported to " + out + ": alpha158_meta.json 20, factor_catalog.json ");
    }

    @Test
    void aTargetThatIsAFolderFailsTheExportBeforeAnyFileIsReplaced(@TempDir Path dir) throws IOException {
        SampleCopy sample = SampleCopy.into(dir);
        Path out = sample.root().resolve("RDagentDB/aistock");
        Files.createDirectories(out.resolve(CatalogFiles.LOOPS));
        Files.writeString(out.resolve(CatalogFiles.FACTORS), "old factors");
        Files.writeString(out.resolve(CatalogFiles.ALPHA158), "old meta");
        assertThatThrownBy(() -> run(sample, ExportAllOptions.defaults(sample.root())))
                .isInstanceOf(ExportException.class)
                .hasMessage("cannot write " + out.resolve(CatalogFiles.LOOPS) + ": it is a folder; nothing was "
                        + "exported");
        assertThat(out.resolve(CatalogFiles.FACTORS)).hasContent("old factors");
        assertThat(out.resolve(CatalogFiles.ALPHA158)).hasContent("old meta");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(CatalogFiles.LOOPS,
                    CatalogFiles.FACTORS, CatalogFiles.ALPHA158);
        }
    }

    @Test
    void missingTemplateYamlSkipsOnlyTheAlphaMetaWithAWarning(@TempDir Path dir) {
        SampleCopy sample = SampleCopy.into(dir);
        ExportAllOptions options = ExportAllOptions.defaults(sample.root());
        ExportAllOptions noYaml = new ExportAllOptions(options.repoRoot(), options.outDir(),
                sample.root().resolve("no/such.yaml"), false, options.loops());
        ExportSummary summary = run(sample, noYaml);
        assertThat(summary.entriesPerFile()).doesNotContainKey(CatalogFiles.ALPHA158).hasSize(4);
        assertThat(summary.warnings()).isEqualTo(1);
        assertThat(summary.warningExamples().get(0)).startsWith("alpha158 meta not exported: ")
                .contains("no/such.yaml");
    }

    @Test
    void officialCheckerAcceptsEveryReferenceEntryOfTheSample(@TempDir Path dir) throws Exception {
        SampleCopy sample = SampleCopy.into(dir);
        run(sample, ExportAllOptions.defaults(sample.root()));
        Python3.Result checked = Python3.runFile(Path.of("../tools/compare_catalogs.py"),
                SampleCopy.SAMPLE_ROOT.resolve("expected").toString(),
                sample.root().resolve("RDagentDB/aistock").toString());
        List<String> lines = new ArrayList<>((checked.stdout() + checked.stderr()).lines().toList());
        assertThat(lines).contains("alpha158_meta: 20 factors match",
                "strategy_catalog: 21/21 reference entries matched, 0 other project entries",
                "model_catalog: 21/21 reference entries matched, 0 other project entries");
        assertThat(lines).anyMatch(l -> l.startsWith("loop_catalog: 7/7 reference entries matched"));
        assertThat(lines.get(lines.size() - 1)).endsWith("; 0 failures");
        assertThat(checked.exitCode()).isZero();
    }

    @Test
    void exportAllWritesExactlyWhatTheStandaloneExportersWriteOnTheSample(@TempDir Path dir) throws IOException {
        SampleCopy sample = SampleCopy.into(dir.resolve("repo"));
        assertSameAsStandalone(sample.root(), sample.registryPath(), dir.resolve("all"), dir.resolve("single"));
    }

    @Test
    void exportAllWritesExactlyWhatTheStandaloneExportersWriteOnAGeneratedRegistry(@TempDir Path dir)
            throws IOException {
        GeneratedRegistry generated = generateWithEveryEdgeCase(dir.resolve("repo"));
        assertSameAsStandalone(generated.root(), generated.registryDb(), dir.resolve("all"), dir.resolve("single"));
    }

    @Test
    void outputsAndWarningsDoNotDependOnTheNumberOfThreads(@TempDir Path dir) throws IOException {
        GeneratedRegistry generated = generateWithEveryEdgeCase(dir.resolve("repo"));
        ExportSummary one = runAll(generated.root(), generated.registryDb(), dir.resolve("one"), 1);
        ExportSummary four = runAll(generated.root(), generated.registryDb(), dir.resolve("four"), 4);
        assertThat(four.entriesPerFile()).isEqualTo(one.entriesPerFile());
        for (String file : one.entriesPerFile().keySet()) {
            assertThat(dir.resolve("four").resolve(file)).as(file).hasSameBinaryContentAs(dir.resolve("one")
                    .resolve(file));
        }
        assertThat(one.warnings()).isPositive();
        assertThat(four.warnings()).isEqualTo(one.warnings());
        assertThat(four.warningExamples()).isEqualTo(one.warningExamples());
    }

    /** The five files of export all against each standalone exporter's output, byte for byte. */
    private static void assertSameAsStandalone(Path repoRoot, Path registryPath, Path allDir, Path singleDir)
            throws IOException {
        ExportSummary summary = runAll(repoRoot, registryPath, allDir, 2);
        assertThat(summary.entriesPerFile()).hasSize(5);
        Path alpha = allDir.resolve(CatalogFiles.ALPHA158);
        ExportAllOptions defaults = ExportAllOptions.defaults(repoRoot);
        CatalogWriter.write(singleDir.resolve(CatalogFiles.ALPHA158), Alpha158MetaExporter.export(
                new Alpha158MetaOptions(defaults.confYaml(), defaults.configPath(), false), SampleCopy.FIXED_CLOCK));
        try (RegistryReader reader = RegistryReader.open(registryPath)) {
            CatalogWriter.write(singleDir.resolve(CatalogFiles.FACTORS), FactorCatalogExporter.export(
                    context(reader, registryPath), new FactorCatalogOptions(List.of(alpha))));
            new StrategyCatalogExporter(context(reader, registryPath))
                    .export(singleDir.resolve(CatalogFiles.STRATEGIES));
            new LoopCatalogExporter(context(reader, registryPath), LoopCatalogOptions.DEFAULTS)
                    .export(singleDir.resolve(CatalogFiles.LOOPS));
            ModelCatalogExporter.export(context(reader, registryPath), singleDir.resolve(CatalogFiles.MODELS));
        }
        for (String file : summary.entriesPerFile().keySet()) {
            assertThat(allDir.resolve(file)).as(file).hasSameBinaryContentAs(singleDir.resolve(file));
            assertThat(STRICT.readTree(allDir.resolve(file).toFile()).path("generated_at_utc").asText())
                    .isEqualTo("2026-01-02T03:04:05.123456+00:00");
        }
    }

    private static ExportSummary runAll(Path repoRoot, Path registryPath, Path outDir, int threads) {
        ExportAllOptions defaults = ExportAllOptions.defaults(repoRoot);
        ExportAllOptions options = new ExportAllOptions(repoRoot, outDir, defaults.confYaml(), false,
                LoopCatalogOptions.DEFAULTS);
        try (RegistryReader reader = RegistryReader.open(registryPath)) {
            return CatalogExportJob.run(reader, WorkspaceLocator.forRegistry(registryPath, List.of()), options,
                    SampleCopy.FIXED_CLOCK, ExportProgress.NONE, new WorkspaceReader(new ExportWarnings(), threads));
        }
    }

    private static ExportContext context(RegistryReader reader, Path registryPath) {
        return new ExportContext(reader, WorkspaceLocator.forRegistry(registryPath, List.of()),
                new WorkspaceReader(new ExportWarnings()), SampleCopy.FIXED_CLOCK);
    }

    /** A small registry with every irregularity the generator can plant (corrupt files, missing folders, ...). */
    static GeneratedRegistry generateWithEveryEdgeCase(Path root) {
        return SyntheticRegistryGenerator.of(SyntheticRegistryOptions.defaults().withSize(3, 8).withSeed(11)
                .withEdgeCases(EnumSet.complementOf(EnumSet.of(EdgeCase.LEGACY_SCHEMA)))).generate(root);
    }

    private static ExportSummary run(SampleCopy sample, ExportAllOptions options) {
        try (RegistryReader reader = RegistryReader.open(sample.registryPath())) {
            return CatalogExportJob.run(reader, WorkspaceLocator.forRegistry(sample.registryPath(), List.of()),
                    options, SampleCopy.FIXED_CLOCK, ExportProgress.NONE);
        }
    }
}
