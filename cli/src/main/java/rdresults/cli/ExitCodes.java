package rdresults.cli;

import java.util.List;
import rdresults.model.RdrException;
import rdresults.sync.report.FailureKind;

/**
 * The exit codes of {@code rdr}, and which failure maps to which. Changing a code is an interface change: update
 * the README's CLI reference and the tests with it.
 */
public final class ExitCodes {

    /** The command did what was asked. */
    public static final int OK = 0;
    /** A bug or an unexpected failure. */
    public static final int UNEXPECTED = 1;
    /** Wrong usage: unknown option, bad option value, a group run without a subcommand (picocli's default). */
    public static final int USAGE = 2;
    /** An input is unusable: registry, workspace or configuration missing or invalid. */
    public static final int INPUT_UNUSABLE = 3;
    /** A remote service or the database is unavailable right now (I/O error, lock held too long). */
    public static final int UNAVAILABLE = 4;
    /** The job finished, but rejected some records. */
    public static final int REJECTED_RECORDS = 5;

    private ExitCodes() {
    }

    /**
     * The exit code for a failure, chosen by its category, never by its type or message: a named thing that does
     * not exist (a loop, a package version) is unusable input like a missing registry; anything that is not a
     * project failure is unexpected.
     */
    public static int forException(Throwable failure) {
        if (!(failure instanceof RdrException rdr)) {
            return UNEXPECTED;
        }
        return switch (rdr.category()) {
            case USAGE -> USAGE;
            case BAD_INPUT, NOT_FOUND -> INPUT_UNUSABLE;
            case UNAVAILABLE -> UNAVAILABLE;
            case REJECTED -> REJECTED_RECORDS;
            case INTERNAL -> UNEXPECTED;
        };
    }

    /**
     * The exit code of a sync run that finished with these failure kinds: the API unavailable or refusing wins
     * (the run did not get everything), then a malformed payload (rejected records); none is success.
     */
    public static int forSyncFailures(List<FailureKind> kinds) {
        if (kinds.contains(FailureKind.API_UNAVAILABLE) || kinds.contains(FailureKind.API_REJECTED)) {
            return UNAVAILABLE;
        }
        if (kinds.contains(FailureKind.MALFORMED_PAYLOAD)) {
            return REJECTED_RECORDS;
        }
        return OK;
    }
}
