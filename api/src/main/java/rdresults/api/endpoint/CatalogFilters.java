package rdresults.api.endpoint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Predicate;
import rdresults.api.catalog.CatalogKind;
import rdresults.registry.query.InvalidQueryException;
import rdresults.registry.query.TimeRange;

/** A catalog's filter parameters (declared in {@link ApiEndpoints}) turned into an entry predicate. */
public final class CatalogFilters {

    private CatalogFilters() {
    }

    public static Predicate<JsonNode> of(CatalogKind kind, QueryParams q) {
        Predicate<JsonNode> p = e -> true;
        switch (kind) {
            case FACTORS -> {
                p = p.and(textEquals("source", q.text("source")));
                String prefix = q.text("name_prefix");
                if (prefix != null) {
                    p = p.and(e -> e.path("name").asText().startsWith(prefix));
                }
                String tag = q.text("tag");
                if (tag != null) {
                    p = p.and(e -> contains(e.path("tags"), tag));
                }
            }
            case LOOPS -> {
                p = p.and(textEquals("task_run_id", q.text("task_run_id")))
                        .and(textEquals("status", q.text("status")));
                String decision = q.text("decision");
                if (decision != null) {
                    p = p.and(decision(decision));
                }
                Boolean solidified = q.bool("solidified");
                if (solidified != null) {
                    p = p.and(e -> e.path("is_solidified").asBoolean(false) == solidified);
                }
                TimeRange range = q.range("");
                if (!range.isAll()) {
                    p = p.and(e -> inRange(entryTime(e), range));
                }
            }
            case STRATEGIES -> p = p.and(textEquals("action", q.text("action")));
            case MODELS -> p = p.and(textEquals("task_run_id", q.text("task_run_id")));
            default -> { }
        }
        return p;
    }

    private static Predicate<JsonNode> textEquals(String field, String value) {
        return value == null ? e -> true : e -> e.path(field).isTextual() && e.path(field).asText().equals(value);
    }

    private static Predicate<JsonNode> decision(String value) {
        return switch (value) {
            case "true" -> e -> e.path("decision").isBoolean() && e.path("decision").booleanValue();
            case "false" -> e -> e.path("decision").isBoolean() && !e.path("decision").booleanValue();
            case "null" -> e -> !e.path("decision").isBoolean();
            default -> throw new InvalidQueryException("decision",
                    "decision must be true, false or null, got '" + value + "'");
        };
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode n : array) {
            if (n.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    /** The loop entry's time: when it last changed, else when it started. */
    private static String entryTime(JsonNode e) {
        for (String field : new String[] {"updated_at_utc", "ended_at_utc", "started_at_utc"}) {
            if (e.path(field).isTextual()) {
                return e.path(field).asText();
            }
        }
        return null;
    }

    private static boolean inRange(String time, TimeRange range) {
        if (time == null) {
            return false;
        }
        return (range.since() == null || time.compareTo(range.since()) >= 0)
                && (range.until() == null || time.compareTo(range.until()) < 0);
    }
}
