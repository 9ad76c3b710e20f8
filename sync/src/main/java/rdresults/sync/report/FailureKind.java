package rdresults.sync.report;

/** Why a resource failed, for callers that act on it (the CLI's exit codes) without reading messages. */
public enum FailureKind {
    /** The resource synced (or was not modified, or is absent and optional). */
    NONE,
    /** The API could not be reached, timed out or kept answering 5xx; or an earlier resource found it so. */
    API_UNAVAILABLE,
    /** The API refused the request (401, 403, 400, an unexpected 404). */
    API_REJECTED,
    /** The API answered with a payload that breaks the contract; nothing of it was written. */
    MALFORMED_PAYLOAD
}
