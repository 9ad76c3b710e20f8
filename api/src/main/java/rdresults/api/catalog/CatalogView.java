package rdresults.api.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import rdresults.model.PythonJson;
import rdresults.registry.query.Cursor;
import rdresults.registry.query.PageRequest;

/**
 * A filtered, keyset-paged view of one catalog snapshot: the envelope of the file with the matching entries in
 * catalog-key order and {@code next_cursor} (null on the last page), as compact JSON assembled from the entries'
 * spooled bytes.
 */
public final class CatalogView {

    private CatalogView() {
    }

    /**
     * The page of entries matching {@code filter}, each whole or reduced to {@code projection} (null: whole). The
     * caller holds a {@link CatalogLease} on {@code snapshot} while this reads its entries.
     */
    public static byte[] page(CatalogSnapshot snapshot, Predicate<JsonNode> filter, PageRequest page,
                              Projection projection) {
        List<String> keys = snapshot.keys();
        int start = 0;
        if (page.cursor() != null) {
            String after = (String) Cursor.decode(snapshot.kind().resource(), page.cursor(),
                    List.of(String.class)).get(0);
            int at = Collections.binarySearch(keys, after, PythonJson::compareCodePoints);
            start = at >= 0 ? at + 1 : -at - 1;
        }
        ByteArrayOutputStream list = new ByteArrayOutputStream(8192);
        String next = null;
        int added = 0;
        int lastAdded = -1;
        List<JsonNode> entries = snapshot.entries();
        for (int i = start; i < entries.size(); i++) {
            if (!filter.test(entries.get(i))) {
                continue;
            }
            if (added == page.limit()) {
                next = Cursor.encode(snapshot.kind().resource(), List.of(keys.get(lastAdded)));
                break;
            }
            if (added > 0) {
                list.write(',');
            }
            list.writeBytes(projection == null ? snapshot.bytes().entry(i) : projection.apply(entries.get(i)));
            added++;
            lastAdded = i;
        }
        return envelope(snapshot, list.toByteArray(), next);
    }

    /** {@code {<envelope fields>,"<list key>":[<entries>],"next_cursor":..}}. */
    private static byte[] envelope(CatalogSnapshot snapshot, byte[] entries, String next) {
        ObjectNode head = snapshot.envelope();
        String fields = PythonJson.dumpCompact(head);
        ByteArrayOutputStream out = new ByteArrayOutputStream(entries.length + fields.length() + 128);
        out.writeBytes(fields.substring(0, fields.length() - 1).getBytes(StandardCharsets.UTF_8));
        if (!head.isEmpty()) {
            out.write(',');
        }
        out.writeBytes((PythonJson.quote(snapshot.kind().listKey()) + ":[").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(entries);
        out.writeBytes(("],\"next_cursor\":" + (next == null ? "null" : PythonJson.quote(next)) + "}")
                .getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
