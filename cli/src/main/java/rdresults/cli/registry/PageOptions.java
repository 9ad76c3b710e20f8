package rdresults.cli.registry;

import picocli.CommandLine.Option;
import rdresults.registry.query.PageRequest;

/** {@code --limit} and {@code --cursor}: which page of a listing to print. */
public final class PageOptions {

    public static final int DEFAULT_LIMIT = 50;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "" + DEFAULT_LIMIT,
            description = "Rows per page, 1 to " + PageRequest.MAX_LIMIT + " (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--cursor", paramLabel = "C",
            description = "Continue after the page that printed this next cursor.")
    String cursor;

    /**
     * The page asked for.
     *
     * @throws rdresults.registry.query.InvalidQueryException the limit is out of range
     */
    PageRequest toRequest() {
        return new PageRequest(limit, cursor);
    }
}
