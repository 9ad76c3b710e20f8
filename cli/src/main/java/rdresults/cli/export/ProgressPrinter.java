package rdresults.cli.export;

import java.io.PrintWriter;
import rdresults.export.ExportProgress;

/** Shows a long export's progress on stderr, one line per catalog started and finished, for a person watching. */
final class ProgressPrinter implements ExportProgress {

    private final PrintWriter err;

    ProgressPrinter(PrintWriter err) {
        this.err = err;
    }

    /** A printer on {@code err} when the JVM has a console (an interactive session), else no progress at all. */
    static ExportProgress forTerminal(PrintWriter err) {
        return System.console() != null ? new ProgressPrinter(err) : ExportProgress.NONE;
    }

    @Override
    public void step(String file, int entries) {
        err.println(entries < 0 ? "exporting " + file + " ..."
                : "exported " + file + ": " + entries + (entries == 1 ? " entry" : " entries"));
        err.flush();
    }
}
