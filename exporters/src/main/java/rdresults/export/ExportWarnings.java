package rdresults.export;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Counts the pieces an export skipped (unreadable or invalid workspace files, unresolved workspaces) so the final
 * summary line can report them; keeps the first few messages as examples. Thread-safe.
 */
public final class ExportWarnings {

    private static final Logger LOG = Logger.getLogger(ExportWarnings.class);
    private static final int KEPT_EXAMPLES = 20;

    private final AtomicLong count = new AtomicLong();
    private final List<String> examples = new ArrayList<>();

    /** Records one skipped piece; logged at WARN so a user running with -v sees each. */
    public void warn(String message) {
        count.incrementAndGet();
        LOG.warn(message);
        synchronized (examples) {
            if (examples.size() < KEPT_EXAMPLES) {
                examples.add(message);
            }
        }
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
}
