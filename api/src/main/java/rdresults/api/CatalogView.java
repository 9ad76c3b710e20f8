package rdresults.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import rdresults.model.PythonJson;
import rdresults.registry.Cursor;
import rdresults.registry.PageRequest;

/**
 * A filtered, keyset-paged view of one catalog snapshot: the envelope of the file with the matching entries in
 * catalog-key order and {@code next_cursor} (null on the last page).
 */
final class CatalogView {

    private CatalogView() {
    }

    static ObjectNode page(CatalogSnapshot snapshot, Predicate<JsonNode> filter, PageRequest page) {
        List<String> keys = snapshot.keys();
        int start = 0;
        if (page.cursor() != null) {
            String after = (String) Cursor.decode(snapshot.kind().resource(), page.cursor(),
                    List.of(String.class)).get(0);
            int at = Collections.binarySearch(keys, after, PythonJson::compareCodePoints);
            start = at >= 0 ? at + 1 : -at - 1;
        }
        ObjectNode out = snapshot.envelope().deepCopy();
        ArrayNode list = out.putArray(snapshot.kind().listKey());
        String next = null;
        int lastAdded = -1;
        List<JsonNode> entries = snapshot.entries();
        for (int i = start; i < entries.size(); i++) {
            JsonNode e = entries.get(i);
            if (!filter.test(e)) {
                continue;
            }
            if (list.size() == page.limit()) {
                next = Cursor.encode(snapshot.kind().resource(), List.of(keys.get(lastAdded)));
                break;
            }
            list.add(e);
            lastAdded = i;
        }
        out.put("next_cursor", next);
        return out;
    }
}
