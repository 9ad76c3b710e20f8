package rdresults.testkit.conventions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import rdresults.model.IsoTimestamps;

/**
 * The generator's unit of time: instants as epoch microseconds, Python's resolution. Timelines are then plain
 * integer sums that repeat exactly; every text form is made here from the shared {@link IsoTimestamps} or
 * {@link DateTimeFormatter}, never by hand.
 */
public final class EpochMicros {

    public static final long PER_SECOND = 1_000_000L;

    private static final DateTimeFormatter LOG_FOLDER =
            DateTimeFormatter.ofPattern("uuuu-MM-dd_HH-mm-ss-SSSSSS").withZone(ZoneOffset.UTC);

    private EpochMicros() {
    }

    public static long of(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    static Instant toInstant(long epochMicros) {
        return Instant.EPOCH.plus(epochMicros, ChronoUnit.MICROS);
    }

    /** Python's {@code isoformat()} of the instant, as every {@code *_utc} column and JSON field holds it. */
    public static String iso(long epochMicros) {
        return IsoTimestamps.format(toInstant(epochMicros));
    }

    public static long toMillis(long epochMicros) {
        return Math.floorDiv(epochMicros, 1000L);
    }

    /** {@code YYYYMMDD}, the fork's date-based {@code impl_version}. */
    public static String compactDate(long epochMicros) {
        return DateTimeFormatter.BASIC_ISO_DATE.format(LocalDate.ofInstant(toInstant(epochMicros), ZoneOffset.UTC));
    }

    /** RD-Agent's log folder name, {@code 2025-10-13_08-31-10-963051}. */
    public static String logFolderName(long epochMicros) {
        return LOG_FOLDER.format(toInstant(epochMicros));
    }
}
