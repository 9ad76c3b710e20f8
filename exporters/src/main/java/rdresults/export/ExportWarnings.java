package rdresults.export;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Counts the pieces an export skipped (unreadable or invalid workspace files, unresolved workspaces) so the final
 * summary line can report them; keeps the first few messages as examples. Thread-safe.
 *
 * <p>Work done in parallel warns into a {@link #buffer()} of its own, which is moved into the export's warnings in
 * a fixed order ({@link #moveTo}), so the count and the examples do not depend on thread timing.
 */
public final class ExportWarnings {

    private static final Logger LOG = Logger.getLogger(ExportWarnings.class);
    private static final int KEPT_EXAMPLES = 20;

    private final AtomicLong count = new AtomicLong();
    private final List<String> examples = new ArrayList<>();
    private final int kept;

    public ExportWarnings() {
        this(KEPT_EXAMPLES);
    }

    private ExportWarnings(int kept) {
        this.kept = kept;
    }

    /** Warnings of one unit of work (they are few), kept whole until moved into the export's. */
    public static ExportWarnings buffer() {
        return new ExportWarnings(Integer.MAX_VALUE);
    }

    /** Records one skipped piece; logged at WARN so a user running with -v sees each. */
    public void warn(String message) {
        LOG.warn(message);
        record(message);
    }

    public long count() {
        return count.get();
    }

    /** Up to the first twenty warnings, in the order they happened. */
    public List<String> examples() {
        synchronized (examples) {
            return List.copyOf(examples);
        }
    }

    /** Moves this buffer's warnings (already logged) into {@code target}, in their order, and empties it. */
    public void moveTo(ExportWarnings target) {
        List<String> moved;
        synchronized (examples) {
            moved = List.copyOf(examples);
            examples.clear();
            count.set(0);
        }
        moved.forEach(target::record);
    }

    private void record(String message) {
        count.incrementAndGet();
        synchronized (examples) {
            if (examples.size() < kept) {
                examples.add(message);
            }
        }
    }
}
