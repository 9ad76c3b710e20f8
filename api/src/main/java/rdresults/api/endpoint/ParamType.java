package rdresults.api.endpoint;

/** How a parameter's text is read (see {@link QueryParams}), and so the schema it is documented with. */
enum ParamType {
    STRING,
    /** A decimal integer. */
    INTEGER,
    /** A page size: a decimal integer from 1 to {@code PageRequest.MAX_LIMIT}. */
    PAGE_SIZE,
    /** {@code true}/{@code false} ({@code 1}/{@code 0} are accepted too). */
    BOOLEAN,
    /** An ISO-8601 timestamp, with an offset or UTC when it has none, or a bare date (midnight UTC). */
    TIME
}
