package rdresults.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import rdresults.export.internal.factor.FactorCandidate;
import rdresults.export.internal.factor.FactorCatalogPart;
import rdresults.export.internal.factor.FactorEntryMapper;
import rdresults.export.internal.factor.FactorPerformance;
import rdresults.export.internal.pass.SingleCatalogPass;
import rdresults.export.internal.workspace.WorkspaceFiles;
import rdresults.model.Catalog;

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
 * only that piece (warned by {@link WorkspaceFiles}); the export goes on. The work is done by
 * {@link FactorCatalogPart}, alone here or beside the other catalogs in {@code export all}.
 */
public final class FactorCatalogExporter {

    /** The list key of the envelope. */
    public static final String LIST_KEY = Catalog.FACTORS.listKey();

    private FactorCatalogExporter() {
    }

    /** The catalog document for {@code context}'s registry. */
    public static ObjectNode export(ExportContext context, FactorCatalogOptions options) {
        return SingleCatalogPass.document(context, LIST_KEY, spool -> new FactorCatalogPart(context, options));
    }
}
