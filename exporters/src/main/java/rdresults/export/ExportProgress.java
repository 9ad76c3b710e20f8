package rdresults.export;

/** Receives progress of a long export (one call per catalog started and finished); the CLI shows it on a terminal. */
@FunctionalInterface
public interface ExportProgress {

    ExportProgress NONE = (file, entries) -> { };

    /** {@code entries} is -1 when the catalog starts, the number written when it is done. */
    void step(String file, int entries);
}
