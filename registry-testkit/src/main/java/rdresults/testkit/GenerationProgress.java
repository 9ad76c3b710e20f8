package rdresults.testkit;

/**
 * Hears how far a generation got, for a person watching a large one. Called on the generating thread, once per
 * loop in plan order; keep it cheap (print every so often, not every call).
 */
@FunctionalInterface
public interface GenerationProgress {

    /** Reports nothing. */
    GenerationProgress NONE = (written, total) -> { };

    /** {@code written} of {@code total} loops have their folders written and their rows queued. */
    void loopsWritten(int written, int total);
}
