package rdresults.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import rdresults.export.loop.LoopCatalogExporter;
import rdresults.export.strategy.StrategyCatalogExporter;
import rdresults.registry.RegistryReader;
import rdresults.registry.WorkspaceLocator;

/**
 * {@code export all}: the Alpha158 meta and the four catalogs in one pass over one {@link ExportContext}, so
 * registry rows and workspace files are read once and shared. Each file is written atomically as soon as it is
 * built; the Alpha158 meta is merged into the factor catalog.
 */
public final class CatalogExportJob {

    private static final Logger LOG = Logger.getLogger(CatalogExportJob.class);

    private CatalogExportJob() {
    }

    public static ExportSummary run(RegistryReader registry, WorkspaceLocator locator, ExportAllOptions options,
                                    Clock clock, ExportProgress progress) {
        long start = System.nanoTime();
        ExportWarnings warnings = new ExportWarnings();
        ExportContext context = new ExportContext(registry, locator, new WorkspaceReader(warnings), clock);
        Map<String, Integer> written = new LinkedHashMap<>();
        Path out = options.outDir();
        List<Path> alphaMeta = new ArrayList<>();
        if (options.confYaml() != null) {
            Path alphaFile = out.resolve(CatalogFiles.ALPHA158);
            try {
                write(alphaFile, CatalogFiles.ALPHA158, "factors", progress, written,
                        () -> Alpha158MetaExporter.export(context, new Alpha158MetaOptions(options.confYaml(),
                                options.configPath(), options.alpha158Full())));
                alphaMeta.add(alphaFile);
            } catch (ExportException e) {
                // the registry's catalogs do not depend on the template YAML; say why the meta is missing, go on
                warnings.warn("alpha158 meta not exported: " + e.getMessage());
            }
        }
        write(out.resolve(CatalogFiles.FACTORS), CatalogFiles.FACTORS, FactorCatalogExporter.LIST_KEY, progress,
                written, () -> FactorCatalogExporter.export(context, new FactorCatalogOptions(alphaMeta)));
        write(out.resolve(CatalogFiles.STRATEGIES), CatalogFiles.STRATEGIES, StrategyCatalogExporter.LIST_KEY,
                progress, written, () -> new StrategyCatalogExporter(context).catalog());
        write(out.resolve(CatalogFiles.LOOPS), CatalogFiles.LOOPS, LoopCatalogExporter.LIST_KEY, progress, written,
                () -> new LoopCatalogExporter(context, options.loops()).catalog());
        write(out.resolve(CatalogFiles.MODELS), CatalogFiles.MODELS, ModelCatalogExporter.LIST_KEY, progress,
                written, () -> ModelCatalogExporter.export(context));
        ExportSummary summary = new ExportSummary(out, written, warnings.count(), warnings.examples(),
                Duration.ofNanos(System.nanoTime() - start));
        LOG.info(summary.line());
        return summary;
    }

    private static void write(Path file, String name, String listKey, ExportProgress progress,
                              Map<String, Integer> written, Supplier<JsonNode> build) {
        progress.step(name, -1);
        JsonNode document = build.get();
        CatalogWriter.write(file, document);
        int entries = document.path(listKey).size();
        written.put(name, entries);
        progress.step(name, entries);
    }
}
