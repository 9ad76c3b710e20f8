package rdresults.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The compatibility rule of the exporters issue, as tools/compare_catalogs.py applies it: every reference entry
 * must have a project entry with the same key carrying every reference field with an equal value (same JSON
 * types; floats equal to 1e-9 relative; a reference NaN equals null; nested objects have the same keys).
 * Returns human-readable problems; empty means compatible.
 */
public final class SupersetCheck {

    private SupersetCheck() {
    }

    public static List<String> problems(JsonNode reference, JsonNode actual, String listKey,
                                 Function<JsonNode, String> keyOf, List<String> allowedFields) {
        List<String> problems = new ArrayList<>();
        for (String k : List.of("version", "source")) {
            if (!reference.path(k).equals(actual.path(k))) {
                problems.add("envelope " + k + ": " + reference.path(k) + " != " + actual.path(k));
            }
        }
        Map<String, List<JsonNode>> byKey = new HashMap<>();
        actual.path(listKey).forEach(e -> byKey.computeIfAbsent(keyOf.apply(e), x -> new ArrayList<>()).add(e));
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (JsonNode ref : reference.path(listKey)) {
            String key = keyOf.apply(ref);
            if (!seen.add(key)) {
                continue; // the reference may repeat an entry (LEFT JOIN duplicates); one copy is enough
            }
            List<JsonNode> candidates = byKey.getOrDefault(key, List.of());
            List<String> best = List.of("no entry with key " + key);
            for (JsonNode c : candidates) {
                List<String> diff = fieldDiff(ref, c, allowedFields);
                if (diff.isEmpty()) {
                    best = diff;
                    break;
                }
                best = diff;
            }
            if (!best.isEmpty()) {
                problems.add(key + ": " + String.join("; ", best.subList(0, Math.min(3, best.size()))));
            }
        }
        return problems;
    }

    private static List<String> fieldDiff(JsonNode ref, JsonNode act, List<String> allowed) {
        List<String> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = ref.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (allowed.contains(f.getKey())) {
                continue;
            }
            if (!act.has(f.getKey())) {
                out.add("missing field " + f.getKey());
            } else if (!equal(f.getValue(), act.get(f.getKey()))) {
                out.add(f.getKey() + ": reference " + abbreviate(f.getValue()) + " != " + abbreviate(act.get(f.getKey())));
            }
        }
        return out;
    }

    public static boolean equal(JsonNode ref, JsonNode act) {
        if (ref.isNumber() && Double.isNaN(ref.doubleValue())) {
            return act.isNull();
        }
        if (ref.isBoolean() || act.isBoolean()) {
            return ref.equals(act);
        }
        if (ref.isNumber() && act.isNumber()) {
            if (ref.isIntegralNumber() != act.isIntegralNumber()) {
                // Python compares 1 == 1.0 as equal, and the reference script does too
                return ref.doubleValue() == act.doubleValue();
            }
            double a = ref.doubleValue();
            double b = act.doubleValue();
            return a == b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
        }
        if (ref.isObject() && act.isObject()) {
            if (ref.size() != act.size()) {
                return false;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = ref.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                if (!act.has(f.getKey()) || !equal(f.getValue(), act.get(f.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (ref.isArray() && act.isArray()) {
            if (ref.size() != act.size()) {
                return false;
            }
            for (int i = 0; i < ref.size(); i++) {
                if (!equal(ref.get(i), act.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return ref.equals(act);
    }

    private static String abbreviate(JsonNode n) {
        String s = n.toString();
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }
}
