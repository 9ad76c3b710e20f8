package rdresults.registry.query;

/**
 * Which page to read: at most {@code limit} rows after the position an earlier page's cursor names
 * ({@code null} cursor: from the start).
 */
public record PageRequest(int limit, String cursor) {

    public static final int MAX_LIMIT = 10_000;
    public static final int DEFAULT_LIMIT = 100;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidQueryException("limit", "limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
        if (cursor != null && cursor.isBlank()) {
            cursor = null;
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, null);
    }

    public static PageRequest after(String cursor, int limit) {
        return new PageRequest(limit, cursor);
    }
}
