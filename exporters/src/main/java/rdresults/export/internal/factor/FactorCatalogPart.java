package rdresults.export.internal.factor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import rdresults.export.CatalogWriter;
import rdresults.export.ExportContext;
import rdresults.export.FactorCatalogExporter;
import rdresults.export.FactorCatalogOptions;
import rdresults.export.internal.PythonPaths;
import rdresults.export.internal.Truthiness;
import rdresults.export.internal.pass.CatalogPart;
import rdresults.export.internal.pass.PlannedVisit;
import rdresults.export.internal.pass.WorkspaceVisit;
import rdresults.export.internal.workspace.WorkspaceFiles;
import rdresults.model.InvalidInputException;
import rdresults.model.PythonJson;
import rdresults.model.Workspace;

/**
 * The factor catalog's share of a workspace pass (see {@link FactorCatalogExporter} for the rules): the alpha-meta
 * candidates, read up front, and those of each workspace's {@code factor_meta.json}; only the best candidate of
 * each ({@code name}, {@code source}) key is kept, so memory holds one factor object per catalog entry.
 */
public final class FactorCatalogPart implements CatalogPart {

    private static final Logger LOG = Logger.getLogger(FactorCatalogPart.class);

    private final FactorChoices choices = new FactorChoices();
    private final FactorCatalogOptions options;
    private long candidates;

    public FactorCatalogPart(ExportContext context, FactorCatalogOptions options) {
        this.options = options;
        long order = 0;
        for (Path file : options.alphaMetaFiles()) {
            Optional<JsonNode> doc = readAlphaMeta(context, file);
            if (doc.isPresent()) {
                FactorOrigin origin = FactorOrigin.alphaMeta(file.toString());
                for (JsonNode f : doc.get().path("factors")) {
                    Optional<FactorCandidate> c = candidate(f, null, null, null, order, true, origin);
                    if (c.isPresent()) {
                        keep(c.get());
                        order++;
                    }
                }
            }
        }
    }

    /** Every workspace row once, whatever loop it belongs to. */
    @Override
    public boolean wants(PlannedVisit visit) {
        return visit.firstOfWorkspace();
    }

    @Override
    public Runnable read(WorkspaceVisit visit) {
        List<FactorCandidate> found = visit.files()
                .map(files -> workspaceCandidates(visit, files))
                .orElse(List.of());
        return () -> found.forEach(this::keep);
    }

    /** The chosen candidate of each key ({@link FactorChoices}), in catalog order, as entries. */
    @Override
    public List<byte[]> entries() {
        List<byte[]> entries = choices.choices().stream()
                .map(c -> CatalogWriter.entryBytes(withImplementation(FactorEntryMapper.toEntry(c))))
                .toList();
        LOG.debugf("factor catalog: %d candidates, %d entries", candidates, entries.size());
        return entries;
    }

    /** The entry with {@link ImplementationFields} added when a factor package is known. */
    private ObjectNode withImplementation(ObjectNode entry) {
        return options.findImplementations().map(i -> ImplementationFields.annotate(entry, i)).orElse(entry);
    }

    /** Candidates differ in {@link FactorCandidate#order}, so the choice does not depend on their arrival order. */
    private void keep(FactorCandidate c) {
        candidates++;
        choices.add(c);
    }

    private static Optional<JsonNode> readAlphaMeta(ExportContext context, Path file) {
        if (!Files.isRegularFile(file)) {
            context.warnings().warn("skipped --alpha-meta " + file + ": file not found");
            return Optional.empty();
        }
        try {
            return Optional.of(PythonJson.parse(Files.readAllBytes(file), file.toString()));
        } catch (IOException e) {
            context.warnings().warn("skipped --alpha-meta " + file + ": cannot read (" + e.getMessage() + ")");
        } catch (InvalidInputException e) {
            context.warnings().warn("skipped --alpha-meta " + e.getMessage());
        }
        return Optional.empty();
    }

    /**
     * The candidates of a workspace's {@code factor_meta.json}. Which of them the Python exporter considers: none when
     * it cannot open the folder ({@link PythonPaths}) or load the file (a UTF-8 BOM); when the file's
     * {@code source} is {@code rdagent_generated}, none without a loadable, non-empty {@code factor_perf.json}, and
     * only factors that file lists.
     */
    private static List<FactorCandidate> workspaceCandidates(WorkspaceVisit visit, WorkspaceFiles files) {
        Optional<JsonNode> meta = files.json("factor_meta.json");
        if (meta.isEmpty()) {
            return List.of();
        }
        JsonNode factors = meta.get().path("factors");
        if (!factors.isArray()) {
            visit.warnings().warn("skipped " + files.folder().resolve("factor_meta.json")
                    + ": no \"factors\" list");
            return List.of();
        }
        Workspace w = visit.workspace();
        Optional<JsonNode> perf = files.json("factor_perf.json");
        Map<String, FactorPerformance> performance = perf
                .map(p -> FactorPerformance.byFactorName(p, w.taskRunId(), w.loopId()))
                .orElse(Map.of());
        boolean perfStrict = perf.isPresent() && !hasBom(files, "factor_perf.json");
        Map<String, FactorPerformance> referencePerformance = perfStrict ? performance : Map.of();
        boolean metaStrict = !hasBom(files, "factor_meta.json") && !meta.get().isEmpty()
                && PythonPaths.opens(w.workspacePath());
        boolean generated = "rdagent_generated".equals(meta.get().path("source").textValue());
        boolean perfLoaded = perfStrict && Truthiness.isTruthy(perf.get());
        JsonNode fileCreated = meta.get().path("created_at_utc");
        String fileCreatedAt = fileCreated.isTextual() ? fileCreated.textValue() : null;
        FactorOrigin origin = FactorOrigin.workspace(w.taskRunId(), w.loopId(), w.workspaceId());
        List<FactorCandidate> out = new ArrayList<>();
        int position = 0;
        for (JsonNode f : factors) {
            long order = FactorCandidate.workspaceOrder(visit.planned().workspaceIndex(), position);
            String name = f.path("name").textValue();
            boolean visible = metaStrict
                    && (!generated || (perfLoaded && referencePerformance.containsKey(name)));
            Optional<FactorCandidate> c = candidate(f, performance, referencePerformance, fileCreatedAt, order,
                    visible, origin);
            if (c.isPresent()) {
                out.add(c.get());
                position++;
            }
        }
        return out;
    }

    private static boolean hasBom(WorkspaceFiles files, String relative) {
        return files.text(relative).map(t -> t.startsWith("\uFEFF")).orElse(false);
    }

    /** A candidate for factor object {@code f}, or empty when it is not an object with a non-empty text name. */
    private static Optional<FactorCandidate> candidate(JsonNode f, Map<String, FactorPerformance> performance,
                                                       Map<String, FactorPerformance> referencePerformance,
                                                       String fileCreatedAt, long order, boolean visible,
                                                       FactorOrigin origin) {
        JsonNode name = f.path("name");
        if (!f.isObject() || !name.isTextual() || name.textValue().isEmpty()) {
            return Optional.empty();
        }
        JsonNode source = f.path("source");
        JsonNode created = f.path("created_at_utc");
        return Optional.of(new FactorCandidate(f, name.textValue(), source.isTextual() ? source.textValue() : null,
                performance == null ? null : performance.get(name.textValue()),
                created.isTextual() ? created.textValue() : fileCreatedAt, order,
                referencePerformance == null ? null : referencePerformance.get(name.textValue()), visible, origin));
    }
}
