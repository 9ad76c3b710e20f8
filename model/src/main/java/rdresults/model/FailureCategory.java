package rdresults.model;

/**
 * What kind of failure an {@link RdrException} is, for the edges that act on it: the CLI's exit code and the API's
 * problem status are each one {@code switch} over it. The thrower chooses it, because it knows why it failed; it is
 * never derived from a message.
 */
public enum FailureCategory {
    /** The caller used the interface wrongly: a query parameter or a version string that is not valid. */
    USAGE,
    /** An input is unusable: a file or folder missing, malformed or of the wrong kind (registry, YAML, package). */
    BAD_INPUT,
    /** A named thing does not exist: a loop, a task run, a factor, a package version. */
    NOT_FOUND,
    /** Something needed is unavailable now and may work later: an I/O failure, a full disk, a lock, a service. */
    UNAVAILABLE,
    /** The job ran but rejected records it was given (a payload that breaks the contract); none of them was written. */
    REJECTED,
    /** A bug, or a failure nobody classified. */
    INTERNAL
}
