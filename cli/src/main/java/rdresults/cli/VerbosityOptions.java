package rdresults.cli;

import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code -v} (INFO) and {@code -vv} (DEBUG, plus stack traces of failures) for the project's loggers; WARN
 * without. Every command mixes this in, but the level is kept in one place: on the root command's instance, as
 * picocli's logging mixin example does, so {@code rdr -v registry stats} and {@code rdr registry stats -v} mean
 * the same.
 */
public final class VerbosityOptions {

    /** The logger category every class of the project logs under. */
    static final String PROJECT_LOGGERS = "rdresults";

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    private int level;

    @Option(names = "-v", description = "Log more to stderr: -v info, -vv debug and stack traces of failures.")
    void setVerbose(boolean[] flags) {
        int requested = flags == null ? 0 : flags.length;
        VerbosityOptions root = rootOptions();
        root.level = Math.max(root.level, requested);
    }

    /** The requested level: 0 (warnings), 1 (info) or 2 and more (debug). */
    public int level() {
        return rootOptions().level;
    }

    /**
     * Sets the level of the project's loggers for this run; called once, before the command executes. Quarkus and
     * library loggers stay at the configured level (WARN), so {@code -v} shows what {@code rdr} does, not how
     * the runtime starts and stops.
     */
    void applyToLogging() {
        int n = level();
        Level jul = n >= 2 ? Level.FINE : n == 1 ? Level.INFO : Level.WARNING;
        Logger.getLogger(PROJECT_LOGGERS).setLevel(jul);
    }

    private VerbosityOptions rootOptions() {
        if (mixee != null && mixee.root().userObject() instanceof RdrCommand rdr && rdr.verbosity != null) {
            return rdr.verbosity;
        }
        return this;
    }
}
