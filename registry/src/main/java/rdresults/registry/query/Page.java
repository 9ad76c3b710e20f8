package rdresults.registry.query;

import java.util.List;
import java.util.Optional;

/** One page of rows in stable key order; {@code nextCursor} is null on the last page. */
public record Page<T>(List<T> items, String nextCursor) {

    public Page {
        items = List.copyOf(items);
    }

    public Optional<String> next() {
        return Optional.ofNullable(nextCursor);
    }

    public boolean hasMore() {
        return nextCursor != null;
    }
}
