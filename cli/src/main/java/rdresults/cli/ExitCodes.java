package rdresults.cli;

import java.util.List;
import rdresults.export.ExportException;
import rdresults.factorlib.CorruptPackageException;
import rdresults.factorlib.FactorLibIoException;
import rdresults.factorlib.InvalidExpressionException;
import rdresults.factorlib.InvalidVersionException;
import rdresults.factorlib.LoopNotFoundException;
import rdresults.factorlib.NotAPackageException;
import rdresults.factorlib.PackageExistsException;
import rdresults.factorlib.PackageLockedException;
import rdresults.factorlib.UnknownVersionException;
import rdresults.model.InvalidInputException;
import rdresults.registry.NotARegistryException;
import rdresults.registry.RegistryNotFoundException;
import rdresults.registry.RegistryUnavailableException;
import rdresults.registry.query.InvalidQueryException;
import rdresults.registry.synthetic.RegistryExistsException;
import rdresults.registry.synthetic.SyntheticRegistryException;
import rdresults.sync.ApiStatusException;
import rdresults.sync.ApiUnavailableException;
import rdresults.sync.MalformedPayloadException;
import rdresults.sync.MigrationException;
import rdresults.sync.SyncDatabaseException;
import rdresults.sync.SyncInterruptedException;
import rdresults.sync.SyncLockedException;
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
     * The exit code for a failure, chosen by its type, never by its message. Factor package failures: a bad version
     * string is usage; a missing, existing or corrupt package, an unknown loop or version is unusable input; a lock
     * held by another publisher and an operating-system I/O failure (permissions, disk full) are unavailability,
     * like the registry's I/O errors. Synthetic registries: an output that already holds one is unusable input,
     * any other generation failure (an I/O error) is unavailability.
     * Sync failures: an API that cannot be reached or refuses, a consumer database
     * that fails or whose run lock another run holds, and an interrupted run are unavailability; a schema that
     * cannot be migrated is unusable input; a malformed payload is a rejected record.
     */
    public static int forException(Throwable failure) {
        if (failure instanceof InvalidQueryException || failure instanceof InvalidVersionException) {
            return USAGE;
        }
        if (failure instanceof RegistryNotFoundException || failure instanceof NotARegistryException
                || failure instanceof InvalidInputException || failure instanceof ExportException
                || failure instanceof RegistryExistsException || failure instanceof MigrationException
                || isUnusablePackage(failure)) {
            return INPUT_UNUSABLE;
        }
        if (failure instanceof RegistryUnavailableException || failure instanceof PackageLockedException
                || failure instanceof FactorLibIoException || failure instanceof SyntheticRegistryException
                || isSyncUnavailable(failure)) {
            return UNAVAILABLE;
        }
        if (failure instanceof MalformedPayloadException) {
            return REJECTED_RECORDS;
        }
        return UNEXPECTED;
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

    private static boolean isSyncUnavailable(Throwable failure) {
        return failure instanceof ApiUnavailableException || failure instanceof ApiStatusException
                || failure instanceof SyncDatabaseException || failure instanceof SyncLockedException
                || failure instanceof SyncInterruptedException;
    }

    private static boolean isUnusablePackage(Throwable failure) {
        return failure instanceof NotAPackageException || failure instanceof PackageExistsException
                || failure instanceof CorruptPackageException || failure instanceof LoopNotFoundException
                || failure instanceof UnknownVersionException || failure instanceof InvalidExpressionException;
    }
}
