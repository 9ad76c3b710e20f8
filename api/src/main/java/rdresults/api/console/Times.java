package rdresults.api.console;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Registry and catalog times shown in UTC with the zone named ({@code 2025-10-15 04:48 UTC}). */
final class Times {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private Times() {
    }

    /** The time in UTC, the text as stored when it is not ISO-8601, an en dash when absent. */
    static String utc(String iso) {
        if (iso == null || iso.isBlank()) {
            return "\u2013";
        }
        try {
            return OffsetDateTime.parse(iso).withOffsetSameInstant(ZoneOffset.UTC).format(SHOWN);
        } catch (DateTimeParseException e) {
            try {
                return java.time.LocalDateTime.parse(iso).format(SHOWN);
            } catch (DateTimeParseException e2) {
                return iso;
            }
        }
    }
}
