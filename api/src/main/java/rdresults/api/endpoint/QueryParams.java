package rdresults.api.endpoint;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import rdresults.registry.query.InvalidQueryException;
import rdresults.registry.query.PageRequest;
import rdresults.registry.query.TimeRange;

/**
 * Strict reading of query parameters: unknown names, repeated values and malformed values are 400s that name the
 * parameter and what is allowed, so a client's typo never silently returns unfiltered data.
 */
public final class QueryParams {

    private final MultivaluedMap<String, String> params;

    private QueryParams(MultivaluedMap<String, String> params) {
        this.params = params;
    }

    /** Checks that only the query parameters {@code endpoint} declares occur, each at most once. */
    /** What the 400 lists as allowed for an endpoint that takes no query parameter. */
    static final String NONE = "none";

    public static QueryParams of(MultivaluedMap<String, String> params, Endpoint endpoint) {
        for (String name : params.keySet()) {
            if (!endpoint.acceptsQuery(name)) {
                throw new InvalidQueryException(name, "unknown query parameter '" + name + "'; allowed: "
                        + (endpoint.queryNames().isEmpty() ? NONE : String.join(", ", endpoint.queryNames())));
            }
            List<String> values = params.get(name);
            if (values != null && values.size() > 1) {
                throw new InvalidQueryException(name, "query parameter '" + name + "' given more than once");
            }
        }
        return new QueryParams(params);
    }

    public boolean isEmpty() {
        return params.isEmpty();
    }

    /** The value, or null when absent or empty. */
    public String text(String name) {
        String v = params.getFirst(name);
        return v == null || v.isEmpty() ? null : v;
    }

    /** The value as a boolean, or null when absent; an empty value is malformed, as the schema says. */
    public Boolean bool(String name) {
        String v = params.getFirst(name);
        if (v == null) {
            return null;
        }
        return switch (v.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1" -> Boolean.TRUE;
            case "false", "0" -> Boolean.FALSE;
            default -> throw new InvalidQueryException(name, name + " must be true or false, got '" + v + "'");
        };
    }

    /** The value as an integer, or null when absent; an empty value ({@code limit=}) is malformed. */
    public Long integer(String name) {
        String v = params.getFirst(name);
        if (v == null) {
            return null;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new InvalidQueryException(name, name + " must be an integer, got '" + v + "'");
        }
    }

    public TimeRange range(String prefix) {
        return TimeRange.parse(prefix, text(prefix + "since"), text(prefix + "until"));
    }

    /** {@code limit} (1..10000, default {@code defaultLimit}) and the opaque {@code cursor}. */
    public PageRequest page(int defaultLimit) {
        Long limit = integer("limit");
        return new PageRequest(limit == null ? defaultLimit : (int) Math.max(Integer.MIN_VALUE,
                Math.min(Integer.MAX_VALUE, limit)), text("cursor"));
    }
}
