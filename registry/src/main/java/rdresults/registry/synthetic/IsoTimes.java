package rdresults.registry.synthetic;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Python's {@code datetime.isoformat()} for UTC instants held as epoch microseconds: {@code +00:00} offset and no
 * fraction when the microseconds are zero. Readers compare these strings lexically, so the exact form matters.
 */
final class IsoTimes {

    private static final long MICROS_PER_SECOND = 1_000_000L;

    private IsoTimes() {
    }

    static String format(long epochMicros) {
        long seconds = Math.floorDiv(epochMicros, MICROS_PER_SECOND);
        int micros = (int) Math.floorMod(epochMicros, MICROS_PER_SECOND);
        LocalDateTime t = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
        StringBuilder out = new StringBuilder(32);
        out.append(t.getYear()).append('-');
        two(out, t.getMonthValue()).append('-');
        two(out, t.getDayOfMonth()).append('T');
        two(out, t.getHour()).append(':');
        two(out, t.getMinute()).append(':');
        two(out, t.getSecond());
        if (micros != 0) {
            String fraction = Integer.toString(micros);
            out.append('.').append("0".repeat(6 - fraction.length())).append(fraction);
        }
        return out.append("+00:00").toString();
    }

    /** {@code YYYYMMDD}, the fork's date-based {@code impl_version}. */
    static String compactDate(long epochMicros) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(Math.floorDiv(epochMicros, MICROS_PER_SECOND), 0, ZoneOffset.UTC);
        StringBuilder out = new StringBuilder(8).append(t.getYear());
        two(out, t.getMonthValue());
        return two(out, t.getDayOfMonth()).toString();
    }

    /** RD-Agent's log folder name, {@code 2025-10-13_08-31-10-963051}. */
    static String logFolderName(long epochMicros) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(Math.floorDiv(epochMicros, MICROS_PER_SECOND), 0, ZoneOffset.UTC);
        String fraction = Integer.toString((int) Math.floorMod(epochMicros, MICROS_PER_SECOND));
        StringBuilder out = new StringBuilder(26).append(t.getYear()).append('-');
        two(out, t.getMonthValue()).append('-');
        two(out, t.getDayOfMonth()).append('_');
        two(out, t.getHour()).append('-');
        two(out, t.getMinute()).append('-');
        two(out, t.getSecond()).append('-');
        return out.append("0".repeat(6 - fraction.length())).append(fraction).toString();
    }

    static long toEpochMillis(long epochMicros) {
        return Math.floorDiv(epochMicros, 1000L);
    }

    private static StringBuilder two(StringBuilder out, int value) {
        if (value < 10) {
            out.append('0');
        }
        return out.append(value);
    }
}
