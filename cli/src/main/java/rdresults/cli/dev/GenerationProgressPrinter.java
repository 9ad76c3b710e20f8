package rdresults.cli.dev;

import java.io.PrintWriter;
import rdresults.testkit.GenerationProgress;

/** Shows a long generation's progress on stderr for a person watching: a line at every tenth of the loops. */
final class GenerationProgressPrinter implements GenerationProgress {

    private final PrintWriter err;
    private int lastTenth;

    GenerationProgressPrinter(PrintWriter err) {
        this.err = err;
    }

    /** A printer on {@code err} when the JVM has a console (an interactive session), else no progress at all. */
    static GenerationProgress forTerminal(PrintWriter err) {
        return System.console() != null ? new GenerationProgressPrinter(err) : GenerationProgress.NONE;
    }

    @Override
    public void loopsWritten(int written, int total) {
        int tenth = (int) (10L * written / total);
        if (tenth > lastTenth) {
            lastTenth = tenth;
            err.println("written " + written + " of " + total + " loops");
            err.flush();
        }
    }
}
