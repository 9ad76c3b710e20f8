package rdresults.registry.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import rdresults.model.IsoTimestamps;

/**
 * A half-open time window [since, until) on an isoformat timestamp column; either bound may be null.
 * Bounds are held in the registry's own text form ({@code +00:00}, fraction dropped when zero), because SQLite
 * compares the stored strings, and that form sorts chronologically.
 */
public record TimeRange(String since, String until) {

    public static final TimeRange ALL = new TimeRange(null, null);

    /** Builds a range from user text; each bound is any ISO-8601 timestamp (with offset, or UTC if none). */
    public static TimeRange parse(String parameterPrefix, String sinceText, String untilText) {
        return new TimeRange(bound(parameterPrefix + "since", sinceText), bound(parameterPrefix + "until", untilText));
    }

    public static TimeRange of(Instant since, Instant until) {
        return new TimeRange(since == null ? null : IsoTimestamps.format(since),
                until == null ? null : IsoTimestamps.format(until));
    }

    public boolean isAll() {
        return since == null && until == null;
    }

    private static String bound(String parameter, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Instant instant = parseInstant(text.trim()).orElseThrow(() -> new InvalidQueryException(parameter,
                parameter + ": not an ISO-8601 timestamp: '" + text + "' (example: 2025-12-25T15:08:52+00:00"
                        + " or 2025-12-25)"));
        return IsoTimestamps.format(instant);
    }

    private static Optional<Instant> parseInstant(String text) {
        if (text.length() == 10) {
            try {
                return Optional.of(LocalDate.parse(text).atStartOfDay()
                        .toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return IsoTimestamps.parse(text);
    }
}
