package rdresults.model;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Timestamps in the form Python's {@code datetime.now(timezone.utc).isoformat()} writes them:
 * {@code 2025-12-25T15:08:52.482869+00:00}, with the fraction dropped when the microseconds are zero.
 * Consumers compare these as strings, so the exact form matters.
 */
public final class IsoTimestamps {

    private IsoTimestamps() {
    }

    /** The instant truncated to microseconds (Python's resolution), in UTC isoformat. */
    public static String format(Instant instant) {
        OffsetDateTime t = instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        StringBuilder out = new StringBuilder(32);
        pad(out, t.getYear(), 4).append('-');
        pad(out, t.getMonthValue(), 2).append('-');
        pad(out, t.getDayOfMonth(), 2).append('T');
        pad(out, t.getHour(), 2).append(':');
        pad(out, t.getMinute(), 2).append(':');
        pad(out, t.getSecond(), 2);
        int micros = t.getNano() / 1000;
        if (micros != 0) {
            pad(out.append('.'), micros, 6);
        }
        return out.append("+00:00").toString();
    }

    /** The current time from {@code clock}, formatted by {@link #format(Instant)}. */
    public static String now(java.time.Clock clock) {
        return format(clock.instant());
    }

    /**
     * Parses an ISO-8601 timestamp with an offset ({@code +00:00} or {@code Z}); a timestamp without an offset is
     * taken as UTC, as RD-Agent only ever writes UTC.
     */
    public static Optional<Instant> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text.trim();
        try {
            return Optional.of(OffsetDateTime.parse(s).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(java.time.LocalDateTime.parse(s).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }

    private static StringBuilder pad(StringBuilder out, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(digits);
    }
}
