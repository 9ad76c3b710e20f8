package rdresults.cli.sync;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Parses a positive duration: a number with a unit ({@code 500ms}, {@code 30s}, {@code 10m}, {@code 1h},
 * {@code 1d}) or ISO-8601 ({@code PT10M}). Anything else is a usage error naming the option.
 */
final class DurationConverter implements ITypeConverter<Duration> {

    private static final Pattern SHORT = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)");

    @Override
    public Duration convert(String value) {
        Duration d = parse(value.trim().toLowerCase(Locale.ROOT));
        if (d == null || d.isNegative() || d.isZero()) {
            throw new TypeConversionException("'" + value + "' is not a positive duration: use e.g. 30s, 10m, 1h "
                    + "or PT10M");
        }
        return d;
    }

    private static Duration parse(String text) {
        Matcher m = SHORT.matcher(text);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }
        if (!text.startsWith("p")) {
            return null;
        }
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
