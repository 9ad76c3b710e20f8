package rdresults.export.internal.pass;

import java.util.List;

/**
 * One catalog's share of a {@link WorkspacePass}: what it takes from each workspace visit, and its entries once
 * every visit is done. The pass reads each folder once for all its parts.
 *
 * <p>{@link #read} may run on several threads at once, each call for a different visit: it reads the visit's files
 * and does the costly work (parsing, building and serialising entries) without touching the part's state, and
 * returns the step that records the result. The pass runs those steps on one thread, in visit order, so parts need
 * no locking and their results do not depend on thread timing.
 */
public interface CatalogPart {

    /** Whether this catalog needs {@code visit}; the pass skips visits no part needs. */
    boolean wants(PlannedVisit visit);

    /**
     * Reads what this catalog needs from a visit it wants and returns the step that records it. The step runs
     * while the visit's files are still available, and may read more of them (what only the visit's place in the
     * order decides is needed).
     */
    Runnable read(WorkspaceVisit visit);

    /** The serialised entries ({@link rdresults.export.CatalogWriter#entryBytes}) in catalog order, after the pass. */
    List<byte[]> entries();
}
