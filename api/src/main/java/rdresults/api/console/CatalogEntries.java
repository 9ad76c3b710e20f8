package rdresults.api.console;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import rdresults.api.catalog.CatalogSnapshot;
import rdresults.api.catalog.CatalogUnavailableException;
import rdresults.model.PythonJson;

/**
 * Whole catalog entries for the pages. A snapshot keeps, per entry, its JSON bytes and a small tree of the fields
 * filters use; the pages need every field, so they parse the bytes of the entries they show, one at a time.
 */
final class CatalogEntries {

    private CatalogEntries() {
    }

    /** Every entry, whole, parsed as the stream is consumed (never all held at once). */
    static Stream<JsonNode> all(CatalogSnapshot s) {
        return IntStream.range(0, s.bytes().entryCount()).mapToObj(i -> whole(s, i));
    }

    /** The first entry whose indexed fields match {@code indexed}, whole. */
    static Optional<JsonNode> find(CatalogSnapshot s, Predicate<JsonNode> indexed) {
        List<JsonNode> entries = s.entries();
        for (int i = 0; i < entries.size(); i++) {
            if (indexed.test(entries.get(i))) {
                return Optional.of(whole(s, i));
            }
        }
        return Optional.empty();
    }

    /** Entry {@code i}, read while holding a reference, so a reload cannot delete its spool file under us. */
    private static JsonNode whole(CatalogSnapshot s, int i) {
        if (!s.bytes().retain()) {
            throw new CatalogUnavailableException(s.kind().fileName() + " was replaced while the page was built; "
                    + "reload the page");
        }
        try {
            return PythonJson.parse(s.bytes().entry(i), s.kind().fileName());
        } finally {
            s.bytes().release();
        }
    }
}
