package rdresults.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import rdresults.model.InvalidInputException;
import rdresults.model.PythonJson;
import rdresults.model.Workspace;

/**
 * Builds {@code factor_catalog.json} (contract §4.1) with the exporters issue's fixes.
 *
 * <ul>
 *   <li>Candidates: every alpha-meta factor ({@code --alpha-meta}, in argument order), then every factor of every
 *       workspace's {@code factor_meta.json} (all workspace rows, by workspace id), each with the performance its
 *       workspace's {@code factor_perf.json} gives it ({@link FactorPerformance}).</li>
 *   <li>One entry per ({@code name}, {@code source}): the best candidate by {@link FactorCandidate#RANK}. Different
 *       names with the same expression stay separate entries; the fingerprint is reported, not used to merge.</li>
 *   <li>Entries sorted by name, then source, by code point; each as {@link FactorEntryMapper} builds it.</li>
 * </ul>
 * A workspace whose folder, {@code factor_meta.json} or {@code factor_perf.json} is missing or unreadable loses
 * only that piece (warned by {@link WorkspaceFiles}); the export goes on.
 */
public final class FactorCatalogExporter {

    /** The list key of the envelope. */
    public static final String LIST_KEY = "factors";

    private static final Logger LOG = Logger.getLogger(FactorCatalogExporter.class);

    private FactorCatalogExporter() {
    }

    /** The catalog document for {@code context}'s registry. */
    public static ObjectNode export(ExportContext context, FactorCatalogOptions options) {
        List<FactorCandidate> candidates = new ArrayList<>();
        for (Path file : options.alphaMetaFiles()) {
            readAlphaMeta(context, file).ifPresent(doc -> addAlphaFactors(doc, candidates));
        }
        for (Workspace w : context.allWorkspaces()) {
            context.files(w).ifPresent(files -> addWorkspaceFactors(context, w, files, candidates));
        }
        Map<FactorCandidate.Key, FactorCandidate> best = new LinkedHashMap<>();
        for (FactorCandidate c : candidates) {
            best.merge(c.key(), c, (a, b) -> FactorCandidate.RANK.compare(a, b) >= 0 ? a : b);
        }
        List<ObjectNode> entries = best.values().stream()
                .sorted(FactorCandidate.CATALOG_ORDER)
                .map(FactorEntryMapper::toEntry)
                .toList();
        LOG.debugf("factor catalog: %d candidates, %d entries", candidates.size(), entries.size());
        return CatalogWriter.envelope(LIST_KEY, entries, context.now());
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

    private static void addAlphaFactors(JsonNode doc, List<FactorCandidate> out) {
        for (JsonNode f : doc.path("factors")) {
            candidate(f, null, null, out.size()).ifPresent(out::add);
        }
    }

    private static void addWorkspaceFactors(ExportContext context, Workspace w, WorkspaceFiles files,
                                            List<FactorCandidate> out) {
        Optional<JsonNode> meta = files.json("factor_meta.json");
        if (meta.isEmpty()) {
            return;
        }
        JsonNode factors = meta.get().path("factors");
        if (!factors.isArray()) {
            context.warnings().warn("skipped " + files.folder().resolve("factor_meta.json")
                    + ": no \"factors\" list");
            return;
        }
        Map<String, FactorPerformance> performance = files.json("factor_perf.json")
                .map(p -> FactorPerformance.byFactorName(p, w.taskRunId(), w.loopId()))
                .orElse(Map.of());
        JsonNode fileCreated = meta.get().path("created_at_utc");
        String fileCreatedAt = fileCreated.isTextual() ? fileCreated.textValue() : null;
        for (JsonNode f : factors) {
            candidate(f, performance, fileCreatedAt, out.size()).ifPresent(out::add);
        }
    }

    /** A candidate for factor object {@code f}, or empty when it is not an object with a non-empty text name. */
    private static Optional<FactorCandidate> candidate(JsonNode f, Map<String, FactorPerformance> performance,
                                                       String fileCreatedAt, long order) {
        JsonNode name = f.path("name");
        if (!f.isObject() || !name.isTextual() || name.textValue().isEmpty()) {
            return Optional.empty();
        }
        JsonNode source = f.path("source");
        JsonNode created = f.path("created_at_utc");
        return Optional.of(new FactorCandidate(f, name.textValue(), source.isTextual() ? source.textValue() : null,
                performance == null ? null : performance.get(name.textValue()),
                created.isTextual() ? created.textValue() : fileCreatedAt, order));
    }
}
