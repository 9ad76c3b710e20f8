package rdresults.export.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import rdresults.export.CatalogExportJob;
import rdresults.export.ExportAllOptions;
import rdresults.export.ExportProgress;
import rdresults.export.SampleCopy;
import rdresults.export.LoopCatalogOptions;
import rdresults.model.testing.Python3;
import rdresults.registry.RegistryReader;
import rdresults.testkit.EdgeCase;
import rdresults.testkit.GeneratedRegistry;
import rdresults.testkit.PathStyle;
import rdresults.testkit.SyntheticRegistryGenerator;
import rdresults.testkit.SyntheticRegistryOptions;
import rdresults.testkit.conventions.StoredPaths;
import rdresults.registry.workspace.WorkspaceLocator;

/**
 * The project's {@code export all} against the Python reference exporters on generated registries: every seed with
 * every edge case, the path styles in turn and the legacy schema; {@code compare_catalogs.py} must report no
 * failure on any of them. Also the bundled sample against its expected output.
 */
class PythonReferenceDifferentialTest {

    /** Small registries keep each case at a few seconds, reference included. */
    private static final int TASK_RUNS = 2;
    private static final int LOOPS_PER_RUN = 12;
    private static final int SEEDS = 8;

    /** Seed 1..12, each with a path style in turn (each style twice) or the legacy schema. */
    static Stream<Arguments> registries() {
        List<String> variants = List.of("wsl", "windows", "windows_fwd", "posix", "mixed", "legacy");
        List<Arguments> out = new ArrayList<>();
        for (int seed = 1; seed <= SEEDS; seed++) {
            out.add(Arguments.of(seed, variants.get((seed - 1) % variants.size())));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "seed {0}, {1}")
    @MethodSource("registries")
    void exportAllMatchesThePythonReference(int seed, String variant, @TempDir Path dir) {
        PythonReference reference = PythonReference.require();
        GeneratedRegistry registry = generate(dir.resolve("repo"), seed, variant);
        reference.run(registry.root(), dir.resolve("reference"), storedPrefixAsTheReferenceSeesIt(registry.root()));
        exportAll(registry.root(), dir.resolve("project"));
        Python3.Result compared = PythonReference.compare(dir.resolve("reference"), dir.resolve("project"),
                registry.root());
        String report = compared.stdout() + compared.stderr();
        assertThat(report.lines().reduce((a, b) -> b).orElse("")).as(report).endsWith("; 0 failures");
        assertThat(compared.exitCode()).as(report).isZero();
    }

    @Test
    void bundledSampleMatchesItsExpectedOutput(@TempDir Path dir) {
        PythonReference.require();
        SampleCopy sample = SampleCopy.into(dir.resolve("repo"));
        exportAll(sample.root(), dir.resolve("project"));
        Python3.Result compared = PythonReference.compare(SampleCopy.SAMPLE_ROOT.resolve("expected"),
                dir.resolve("project"), sample.root());
        String report = compared.stdout() + compared.stderr();
        assertThat(report.lines().reduce((a, b) -> b).orElse("")).as(report).endsWith("; 0 failures");
        assertThat(compared.exitCode()).as(report).isZero();
    }

    /** The one place that knows the synthetic generator's API. */
    private static GeneratedRegistry generate(Path root, int seed, String variant) {
        SyntheticRegistryOptions options = SyntheticRegistryOptions.defaults().withSize(TASK_RUNS, LOOPS_PER_RUN)
                .withSeed(seed);
        options = variant.equals("legacy")
                ? options.withPathStyle(PathStyle.MIXED).withEdgeCases(EnumSet.allOf(EdgeCase.class))
                : options.withPathStyle(PathStyle.fromKey(variant))
                        .withEdgeCases(EnumSet.complementOf(EnumSet.of(EdgeCase.LEGACY_SCHEMA)));
        return SyntheticRegistryGenerator.of(options).generate(root);
    }

    /**
     * The prefix the runner relocates. The generator stores one writing machine's root in WSL, Windows or
     * {@code f:/} form (or the tree's real path, which needs no relocation); the reference turns {@code F:\} paths
     * into {@code /mnt/f/} ones before opening them, so the WSL form covers every path it can open at all. Paths
     * in {@code f:/} form stay closed to it, which the compatibility rule allows for.
     */
    private static String storedPrefixAsTheReferenceSeesIt(Path root) {
        return new StoredPaths(root).root(PathStyle.WSL);
    }

    private static void exportAll(Path root, Path out) {
        Path registryPath = root.resolve("RDagentDB/registry.sqlite");
        ExportAllOptions defaults = ExportAllOptions.defaults(root);
        ExportAllOptions options = new ExportAllOptions(root, out, defaults.confYaml(), false,
                LoopCatalogOptions.DEFAULTS);
        try (RegistryReader reader = RegistryReader.open(registryPath)) {
            CatalogExportJob.run(reader, WorkspaceLocator.forRegistry(registryPath, List.of()), options,
                    SampleCopy.FIXED_CLOCK, ExportProgress.NONE);
        }
    }
}
