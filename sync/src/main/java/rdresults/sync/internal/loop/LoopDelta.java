package rdresults.sync.internal.loop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import rdresults.sync.internal.db.StoredRows;

/**
 * How the listed loop keys differ from the stored rows. Changed: keys not stored, stored as deleted, or listed with
 * another {@code updated_at_utc} than the stored one; a key listed without {@code updated_at_utc} is changed too,
 * since nothing tells whether it is ({@link #untimed()}). Gone: stored live keys the listing lacks.
 *
 * @param changed the changed keys, by key string
 * @param untimed how many changed keys have no {@code updated_at_utc}
 * @param since   the oldest {@code updated_at_utc} among the changed keys (compared as text, as the API compares),
 *                empty when none has one
 */
record LoopDelta(Map<String, List<Object>> changed, int untimed, String since, List<List<Object>> gone) {

    LoopDelta {
        changed = Map.copyOf(changed);
        gone = List.copyOf(gone);
    }

    static LoopDelta between(Map<String, StoredRows.Stored> stored, ListedLoopKeys listing) {
        Map<String, List<Object>> changed = new HashMap<>();
        int untimed = 0;
        String since = null;
        for (Map.Entry<String, ListedLoopKeys.Listed> e : listing.byKey().entrySet()) {
            String updatedAt = e.getValue().updatedAt();
            StoredRows.Stored s = stored.get(e.getKey());
            if (s != null && !s.deleted() && updatedAt != null && updatedAt.equals(s.value())) {
                continue;
            }
            changed.put(e.getKey(), e.getValue().key());
            if (updatedAt == null) {
                untimed++;
            } else if (since == null || updatedAt.compareTo(since) < 0) {
                since = updatedAt;
            }
        }
        List<List<Object>> gone = new ArrayList<>();
        stored.forEach((key, s) -> {
            if (!s.deleted() && !listing.byKey().containsKey(key)) {
                gone.add(s.key());
            }
        });
        return new LoopDelta(changed, untimed, Objects.requireNonNullElse(since, ""), gone);
    }
}
